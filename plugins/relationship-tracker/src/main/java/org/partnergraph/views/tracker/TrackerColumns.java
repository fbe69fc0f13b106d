package org.partnergraph.views.tracker;

import java.awt.Component;
import java.util.Comparator;
import javax.swing.DefaultCellEditor;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Stage;

/** The tracker table's columns: widths, the stage editors and renderers, the sort orders, wrapped tooltips. */
final class TrackerColumns {

    private TrackerColumns() {}

    static void configure(JTable table, TableRowSorter<TrackerModel> sorter) {
        table.setRowHeight(Math.max(table.getRowHeight(), 24));
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        int[] widths = {230, 170, 105, 105, 150, 75, 380, 380, 160};
        for (int c = 0; c < widths.length; c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        }
        JComboBox<Stage> stages = new JComboBox<>(Stage.values());
        stages.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(
                    JList<?> list, Object value, int index, boolean sel, boolean focus) {
                return super.getListCellRendererComponent(
                        list, value instanceof Stage s ? s.label() : "", index, sel, focus);
            }
        });
        DefaultCellEditor stageEditor = new DefaultCellEditor(stages);
        stageEditor.setClickCountToStart(1);
        DefaultTableCellRenderer stageRenderer = new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setText(value instanceof Stage s ? s.label() : "");
            }
        };
        for (int c : new int[] {TrackerModel.NOW, TrackerModel.WANTED}) {
            table.getColumnModel().getColumn(c).setCellEditor(stageEditor);
            table.getColumnModel().getColumn(c).setCellRenderer(stageRenderer);
        }
        table.getColumnModel().getColumn(TrackerModel.SCALE).setCellRenderer(new StageScale());
        sorter.setComparator(TrackerModel.NOW, Comparator.nullsFirst(Comparator.naturalOrder()));
        sorter.setComparator(TrackerModel.WANTED, Comparator.nullsFirst(Comparator.naturalOrder()));
        sorter.setComparator(TrackerModel.SCALE, Comparator.comparingInt(Relationship::stageGap));
        DefaultTableCellRenderer wrapTip = new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object v, boolean s, boolean f, int r, int c) {
                Component comp = super.getTableCellRendererComponent(t, v, s, f, r, c);
                setToolTipText(
                        v == null || v.toString().isEmpty()
                                ? null
                                : "<html><div style='width:360px'>"
                                        + escape(v.toString()).replace(" \u2022 ", "<br>\u2022 ") + "</div></html>");
                return comp;
            }
        };
        table.getColumnModel().getColumn(TrackerModel.BACKGROUND).setCellRenderer(wrapTip);
        table.getColumnModel().getColumn(TrackerModel.ACTIONS).setCellRenderer(wrapTip);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
