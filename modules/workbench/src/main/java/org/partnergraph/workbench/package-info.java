/**
 * The workbench's entry point: {@link org.partnergraph.workbench.Workbench#launch(WorkbenchOptions,
 * org.partnergraph.workbench.db.DatabaseSource)} shows the window at once, opens the database the launcher
 * hands it in the background and loads the plugins.
 */
package org.partnergraph.workbench;
