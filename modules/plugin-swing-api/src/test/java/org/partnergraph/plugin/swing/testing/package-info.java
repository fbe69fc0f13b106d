/** Test support for plugin authors: a stand-in {@link org.partnergraph.plugin.swing.WorkbenchContext}. */
package org.partnergraph.plugin.swing.testing;
