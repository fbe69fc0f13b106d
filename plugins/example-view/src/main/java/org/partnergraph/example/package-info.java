/** The plugin docs/plugin-guide.md builds: a table of partners by relationship gap that follows the selection. */
package org.partnergraph.example;
