package org.partnergraph.plugin.swing;

import java.util.List;
import java.util.function.Predicate;
import javax.swing.table.AbstractTableModel;

/**
 * A read-mostly table of one row object per line: name the columns, say what each cell of a row
 * holds, and set the rows. The rest of {@code TableModel} is done. Sort and filter with a
 * {@code TableRowSorter} as usual; {@link #rowAt} takes a model index.
 *
 * <pre>{@code
 * final class Partners extends RowTableModel<Partner> {
 *     Partners() {
 *         super("Partner", "Type");
 *     }
 *
 *     protected Object valueOf(Partner p, int column) {
 *         return column == 0 ? p.name() : p.type();
 *     }
 * }
 * }</pre>
 *
 * @param <R> the row type
 * @since 2.0 (1.x's {@code org.partnergraph.plugin.swing.RowTableModel}, 1.1)
 */
public abstract class RowTableModel<R> extends AbstractTableModel {

    private final String[] columns;
    private List<R> rows = List.of();

    /**
     * A table with these column names, in order.
     *
     * @since 2.0
     */
    protected RowTableModel(String... columns) {
        this.columns = columns.clone();
    }

    /**
     * What the cell of {@code row} in {@code column} (a model index) holds.
     *
     * @since 2.0
     */
    protected abstract Object valueOf(R row, int column);

    /**
     * Replaces the rows (copied) and tells the table.
     *
     * @since 2.0
     */
    public void setRows(List<? extends R> next) {
        rows = List.copyOf(next);
        fireTableDataChanged();
    }

    /**
     * The rows, in model order.
     *
     * @since 2.0
     */
    public List<R> rows() {
        return rows;
    }

    /**
     * The row at a model index.
     *
     * @since 2.0
     */
    public R rowAt(int modelRow) {
        return rows.get(modelRow);
    }

    /**
     * The model index of the first row that matches, or -1.
     *
     * @since 2.0
     */
    public int indexOf(Predicate<? super R> test) {
        for (int i = 0; i < rows.size(); i++) {
            if (test.test(rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public final int getRowCount() {
        return rows.size();
    }

    @Override
    public final int getColumnCount() {
        return columns.length;
    }

    @Override
    public final String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public final Object getValueAt(int row, int column) {
        return valueOf(rows.get(row), column);
    }
}
