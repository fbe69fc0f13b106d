package org.partnergraph.views.overlaps;

import java.awt.BorderLayout;
import java.awt.Component;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;

/** Small builders the overlaps tabs share: read-only sortable tables under a title. */
final class TitledTables {

    private TitledTables() {}

    static DefaultTableModel readOnly(String... columns) {
        return new DefaultTableModel(columns, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }

            @Override
            public Class<?> getColumnClass(int column) {
                return getRowCount() > 0 && getValueAt(0, column) != null
                        ? getValueAt(0, column).getClass()
                        : Object.class;
            }
        };
    }

    /** A sortable single-selection table named {@code name}. */
    static JTable table(DefaultTableModel model, String name) {
        JTable table = new JTable(model) {
            @Override
            public String getToolTipText(java.awt.event.MouseEvent e) {
                int row = rowAtPoint(e.getPoint());
                int column = columnAtPoint(e.getPoint());
                Object v = row >= 0 && column >= 0 ? getValueAt(row, column) : null;
                return v instanceof String text ? text : null; // the whole name where the column cuts it
            }
        };
        table.setName(name);
        table.setAutoCreateRowSorter(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        return table;
    }

    /** Preferred column widths in pixels, in column order. */
    static void widths(JTable table, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        }
    }

    static JPanel titled(String title, Component content) {
        JPanel p = new JPanel(new BorderLayout());
        JLabel l = new JLabel(title);
        l.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        p.add(l, BorderLayout.NORTH);
        p.add(new JScrollPane(content), BorderLayout.CENTER);
        return p;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
