package org.partnergraph.views.changes;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableRowSorter;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.EditRequest;
import org.partnergraph.plugin.SelectionEvent;
import org.partnergraph.plugin.support.ViewExports;
import org.partnergraph.plugin.swing.WorkbenchContext;

/**
 * The change log of the history the workbench holds ({@code ChangeLog.of(history, viewer)}): a
 * filter bar, the table, and a Revert button that appends the selected change's earlier value as a
 * new assessment. Follows the selection: a partner, objective or indicator selected elsewhere
 * becomes the filter.
 */
final class ChangeLogPanel extends JPanel {

    private final WorkbenchContext context;
    private final ChangeTableModel model = new ChangeTableModel();
    private final JTable table = new JTable(model);
    private final TableRowSorter<ChangeTableModel> sorter = new TableRowSorter<>(model);
    private final FilterBar bar = new FilterBar(this::apply);
    private final JButton revert = new JButton("Revert");
    private final JLabel count = new JLabel();
    private final JLabel status = new JLabel(" ");
    private List<ChangeLog.Entry> entries = List.of();
    private PartnershipGraph shown;

    ChangeLogPanel(WorkbenchContext context) {
        super(new BorderLayout());
        this.context = context;
        setName("changes.panel");
        table.setName("changes.table");
        revert.setName("changes.revert");
        count.setName("changes.count");
        status.setName("changes.status");
        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        sizeColumns();
        add(bar, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(actions(), BorderLayout.SOUTH);
        revert.setMnemonic('V');
        revert.setToolTipText("Append the selected change's earlier value as a new assessment from today");
        revert.setEnabled(false);
        revert.addActionListener(e -> revertSelected());
        table.getSelectionModel().addListSelectionListener(e -> revert.setEnabled(table.getSelectedRow() >= 0));
        context.selection().follow(this::follow);
        context.graph().addGraphListener(change -> reload());
        reload();
    }

    /** The dates and the kind keep the width their text needs in the table's font; the subject and values share the rest. */
    private void sizeColumns() {
        FontMetrics fm = table.getFontMetrics(table.getFont());
        String[] widest = {"2025-06-01", "2025-06-03 10:15 UTC", "", "", "measurement"};
        int[] widths = {90, 150, 80, 120, 100, 330, 220, 220};
        for (int c = 0; c < widths.length; c++) {
            TableColumn column = table.getColumnModel().getColumn(c);
            int least = c < widest.length && !widest[c].isEmpty() ? fm.stringWidth(widest[c]) + 16 : 50;
            column.setMinWidth(least);
            column.setPreferredWidth(Math.max(least, widths[c]));
        }
        // Squeezed into a 640-pixel view, every column shrank to its minimum and the subject and values
        // to four characters: the columns keep their widths and the table scrolls sideways instead.
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        // the subject and the values are often wider than their column: the whole text as a tooltip
        DefaultTableCellRenderer whole = new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(
                    JTable t, Object value, boolean selected, boolean focus, int row, int col) {
                super.getTableCellRendererComponent(t, value, selected, focus, row, col);
                setToolTipText(value == null || value.toString().isEmpty() ? null : value.toString());
                return this;
            }
        };
        for (int c = 5; c < widths.length; c++) {
            table.getColumnModel().getColumn(c).setCellRenderer(whole);
        }
    }

    private JPanel actions() {
        JPanel actions = new JPanel();
        actions.setLayout(new BoxLayout(actions, BoxLayout.X_AXIS));
        actions.setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
        actions.add(revert);
        actions.add(Box.createHorizontalStrut(10));
        actions.add(count);
        actions.add(Box.createHorizontalStrut(14));
        actions.add(status);
        actions.add(Box.createHorizontalGlue());
        status.setMinimumSize(new Dimension(0, status.getPreferredSize().height));
        return actions;
    }

    /** Reads the change log in the background (it is a pass over every record of the history). */
    @SuppressWarnings(
            "ReferenceEquality") // the graph is immutable and replaced whole: the same object is the same history
    private void reload() {
        PartnershipGraph history = context.graph().history();
        if (history == shown) {
            return; // a change of the date shown or of the waves compared: the log is the same
        }
        String viewer = context.graph().viewer();
        context.tasks().submit("Change log", monitor -> ChangeLog.of(history, viewer), read -> {
            if (context.graph().history() == history) {
                show(history, read);
            }
        });
    }

    private void show(PartnershipGraph history, List<ChangeLog.Entry> read) {
        shown = history;
        entries = read;
        model.setNames(history);
        bar.setOptions(history, read);
        apply();
    }

    private void apply() {
        ChangeFilter filter = bar.filter();
        model.setRows(entries.stream().filter(filter::test).toList());
        count.setText(model.getRowCount() + " of " + entries.size() + (entries.size() == 1 ? " change" : " changes"));
        String problem = bar.problem();
        status.setText(problem.isEmpty() ? " " : problem);
        revert.setEnabled(table.getSelectedRow() >= 0);
        context.offerExports(List.of(ViewExports.csv("CSV of the changes shown", this::csv)));
    }

    /** The changes shown, in the order shown, with the header. */
    List<List<String>> csv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(ChangeTableModel.COLUMNS));
        for (int v = 0; v < table.getRowCount(); v++) {
            int m = table.convertRowIndexToModel(v);
            List<String> row = new ArrayList<>();
            for (int c = 0; c < model.getColumnCount(); c++) {
                row.add(String.valueOf(model.getValueAt(m, c)));
            }
            rows.add(row);
        }
        return rows;
    }

    private void revertSelected() {
        int row = table.getSelectedRow();
        if (row < 0) {
            return;
        }
        Revert revert = Revert.of(model.rowAt(table.convertRowIndexToModel(row)));
        if (!revert.possible()) {
            status.setText(revert.refusal());
            return;
        }
        EditRequest request = revert.request();
        status.setText("Reverting: " + request.description() + "...");
        context.edits()
                .request(request)
                .whenComplete((done, failure) -> onEventThread(() -> status.setText(
                        failure == null
                                ? "Reverted: " + request.description() + ", a new assessment from today."
                                : "Not reverted: " + message(failure))));
    }

    private static String message(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private static void onEventThread(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }

    private void follow(SelectionEvent event) {
        if (event.source() == this) {
            return;
        }
        for (String id : event.nodeIds()) {
            if (bar.choose(id)) {
                return;
            }
        }
    }

    // for tests
    JTable table() {
        return table;
    }

    FilterBar bar() {
        return bar;
    }

    JButton revertButton() {
        return revert;
    }

    JLabel status() {
        return status;
    }

    JLabel count() {
        return count;
    }

    PartnershipGraph shown() {
        return shown;
    }
}
