package org.partnergraph.workbench.shell;

import java.util.List;
import java.util.Set;
import javax.swing.table.AbstractTableModel;

/** A table of fixed rows whose editable cells hand the new value to a callback instead of storing it. */
final class RowsModel extends AbstractTableModel {

    /** Told the row, column and text typed; the edit shows once the graph changes. */
    interface CellEdit {
        void edited(int row, int column, Object value);
    }

    private final String[] columns;
    private final List<Object[]> rows;
    private final Set<Integer> editable;
    private final CellEdit onEdit;

    RowsModel(String[] columns, List<Object[]> rows, Set<Integer> editable, CellEdit onEdit) {
        this.columns = columns;
        this.rows = rows;
        this.editable = editable;
        this.onEdit = onEdit;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        return rows.get(row)[column];
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return editable.contains(column);
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        if (!String.valueOf(value).equals(String.valueOf(getValueAt(row, column)))) {
            onEdit.edited(row, column, value);
        }
    }
}
