/**
 * Table helpers for views: {@link org.partnergraph.plugin.table.RowTableModel}.
 *
 * @since 1.1
 */
package org.partnergraph.plugin.table;
