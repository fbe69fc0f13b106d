/**
 * The Swing side of the plugin API: analysis views ({@link org.partnergraph.plugin.swing.AnalysisView}), where they
 * go ({@link org.partnergraph.plugin.swing.ViewInfo}), the {@link org.partnergraph.plugin.swing.WorkbenchContext} a
 * view is bound to, what it can export ({@link org.partnergraph.plugin.swing.ViewExport}), and two small helpers
 * ({@link org.partnergraph.plugin.swing.RowTableModel}, {@link org.partnergraph.plugin.swing.TextChanges}). It
 * builds on the headless {@code org.partnergraph.plugin} package and is versioned with it
 * ({@link org.partnergraph.plugin.swing.SwingApi#VERSION}). Nothing here is an implementation of the workbench.
 *
 * @since 2.0
 */
package org.partnergraph.plugin.swing;
