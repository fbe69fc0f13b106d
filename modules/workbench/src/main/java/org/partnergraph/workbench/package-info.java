/**
 * The workbench's entry point: {@link org.partnergraph.workbench.Workbench#launch(WorkbenchOptions)} shows the
 * window at once, starts the database in the background and loads the plugins.
 */
package org.partnergraph.workbench;
