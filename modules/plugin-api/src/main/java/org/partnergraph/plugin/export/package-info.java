/**
 * Ready-made {@link org.partnergraph.plugin.ViewExport}s: PNG and SVG of a component or chart, CSV of a table.
 *
 * @since 1.1
 */
package org.partnergraph.plugin.export;
