/**
 * What the built-in plugins share and the plugin API does not promise: ready-made
 * {@link org.partnergraph.plugin.swing.ViewExport}s (PNG and SVG of a component or chart, CSV of a table). It
 * changes with the built-in plugins, not with the API version; a third party's plugin should not depend on it.
 */
package org.partnergraph.plugin.support;
