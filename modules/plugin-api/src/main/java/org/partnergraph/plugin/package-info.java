/**
 * What a plugin author compiles against: the extension points ({@link org.partnergraph.plugin.AnalysisView},
 * {@link org.partnergraph.plugin.Importer}, {@link org.partnergraph.plugin.Exporter}) and the
 * {@link org.partnergraph.plugin.WorkbenchContext} a view is bound to. Nothing here is an implementation;
 * the workbench provides one at run time. The API's version is {@link org.partnergraph.plugin.PluginApi#VERSION}.
 *
 * @since 1.0
 */
package org.partnergraph.plugin;
