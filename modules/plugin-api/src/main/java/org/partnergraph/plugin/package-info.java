/**
 * The headless plugin API: the extension points that need no window ({@link org.partnergraph.plugin.Importer},
 * {@link org.partnergraph.plugin.Exporter}), the {@link org.partnergraph.plugin.PluginContext} (graph, selection,
 * tasks, edits, settings), and the API version {@link org.partnergraph.plugin.PluginApi#VERSION}. Views are in
 * {@code org.partnergraph.plugin.swing} (the {@code partnergraph-plugin-swing-api} jar). The model
 * ({@code org.partnergraph.model}) and the analyses ({@code org.partnergraph.analytics}) that the command line runs
 * come with this jar. Nothing here is an implementation; the workbench provides one at run time.
 *
 * @since 1.0
 */
package org.partnergraph.plugin;
