/**
 * The shell's implementations of the plugin API's context: the shared graph and selection,
 * background tasks, settings, and the per-view context that contains a plugin's failures.
 */
package org.partnergraph.workbench.context;
