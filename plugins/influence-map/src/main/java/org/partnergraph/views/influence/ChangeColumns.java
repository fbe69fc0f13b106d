package org.partnergraph.views.influence;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JTable;
import javax.swing.table.TableColumn;
import javax.swing.table.TableColumnModel;

/**
 * The table's then / now / change columns, in the model always and on screen only while two waves
 * are compared, so that without a comparison the table is what it was.
 */
final class ChangeColumns {

    private final JTable table;
    private final List<TableColumn> columns = new ArrayList<>();
    private boolean shown = true;

    ChangeColumns(JTable table) {
        this.table = table;
        TableColumnModel model = table.getColumnModel();
        for (int c = PartnerTableModel.FIRST_CHANGE; c < PartnerTableModel.COLUMNS.length; c++) {
            TableColumn column = model.getColumn(c);
            column.setPreferredWidth(95);
            columns.add(column);
        }
        show(false);
    }

    void show(boolean show) {
        if (show == shown) {
            return;
        }
        shown = show;
        TableColumnModel model = table.getColumnModel();
        for (TableColumn column : columns) {
            if (show) {
                model.addColumn(column);
            } else {
                model.removeColumn(column);
            }
        }
    }

    boolean shown() {
        return shown;
    }
}
