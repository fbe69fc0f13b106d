/** Test support for plugin authors: a stand-in {@link org.partnergraph.plugin.WorkbenchContext}. */
package org.partnergraph.plugin.testing;
