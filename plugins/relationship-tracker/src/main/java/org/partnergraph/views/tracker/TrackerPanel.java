package org.partnergraph.views.tracker;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.Icon;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.table.TableRowSorter;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Stage;
import org.partnergraph.plugin.EditRequest;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.SelectionEvent;
import org.partnergraph.plugin.support.ViewExports;
import org.partnergraph.plugin.swing.WorkbenchContext;

/**
 * The engagement tracker as a table: sortable, filterable, stages edited in place (undoable, written
 * to the database by the workbench), following and publishing the selection.
 */
final class TrackerPanel extends JPanel {

    static final String ALL = "All priorities";

    private final WorkbenchContext context;
    private final TrackerModel model;
    private final JTable table;
    private final TableRowSorter<TrackerModel> sorter;
    private final JTextField filter = new JTextField(18);
    private final JComboBox<String> priority = new JComboBox<>();
    private final JLabel count = new JLabel();
    private final StageTimeline timeline = new StageTimeline();
    private StageHistory stages = StageHistory.EMPTY;
    private PartnershipGraph stagesOf;
    private boolean updating;

    TrackerPanel(WorkbenchContext context) {
        super(new BorderLayout());
        this.context = context;
        this.model = new TrackerModel(this::requestStages);
        this.table = new JTable(model);
        this.sorter = new TableRowSorter<>(model);
        setName("tracker.panel");
        table.setName("tracker.table");
        filter.setName("tracker.filter");
        priority.setName("tracker.priority");
        count.setName("tracker.count");
        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        TrackerColumns.configure(table, sorter);
        add(toolbar(), BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        JPanel south = new JPanel(new BorderLayout());
        south.add(timeline, BorderLayout.CENTER);
        south.add(legend(), BorderLayout.SOUTH);
        add(south, BorderLayout.SOUTH);
        wire();
        context.selection().follow(this::follow);
        context.graph().addGraphListener(change -> reload());
        reload();
        follow(new SelectionEvent(context, context.selection().items()));
    }

    private JPanel toolbar() {
        JPanel bar = new JPanel();
        bar.setLayout(new BoxLayout(bar, BoxLayout.X_AXIS));
        bar.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        JLabel find = new JLabel("Find: ");
        find.setDisplayedMnemonic('F');
        find.setLabelFor(filter);
        filter.setToolTipText("Rows whose stakeholder, lead, background or actions contain this");
        filter.setMaximumSize(new Dimension(260, filter.getPreferredSize().height));
        bar.add(find);
        bar.add(filter);
        bar.add(Box.createHorizontalStrut(10));
        bar.add(priority);
        priority.setMaximumSize(new Dimension(160, priority.getPreferredSize().height));
        bar.add(Box.createHorizontalStrut(10));
        bar.add(count);
        bar.add(Box.createHorizontalGlue());

        return bar;
    }

    private void wire() {
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showTimeline();
            }
        });
        org.partnergraph.plugin.swing.TextChanges.onChange(filter, () -> applyFilter());
        priority.addActionListener(e -> {
            if (!updating) {
                context.settings().put("priority", (String) priority.getSelectedItem());
                applyFilter();
            }
        });
        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0 && !updating) {
                Relationship r = model.rowAt(table.convertRowIndexToModel(row));
                context.selection()
                        .publish(
                                this,
                                List.of(
                                        SelectedItem.node(r.toId()),
                                        new SelectedItem.RelationshipRef(r.fromId(), r.toId())));
            }
        });
    }

    private JPanel legend() {
        JPanel legend = new JPanel(new FlowLayout(FlowLayout.LEFT, 10, 3));
        legend.setName("tracker.legend");
        legend.add(new JLabel("Stages: Compete \u2192 Co-exist \u2192 Cooperate \u2192 Collaborate."));
        legend.add(new JLabel("now", dot(StageScale.NOW, true), JLabel.LEADING));
        legend.add(new JLabel("wanted", dot(StageScale.WANTED, false), JLabel.LEADING));
        legend.add(
                new JLabel("Click a stage (or F2) to change it; Ctrl+Z undoes. Select a row for its stage history."));
        return legend;
    }

    private static Icon dot(Color colour, boolean filled) {
        return new Icon() {
            @Override
            public void paintIcon(Component c, Graphics g, int x, int y) {
                g.setColor(colour);
                if (filled) {
                    g.fillOval(x + 1, y + 1, 10, 10);
                } else {
                    g.drawOval(x + 1, y + 1, 10, 10);
                    g.drawOval(x + 2, y + 2, 8, 8);
                }
            }

            @Override
            public int getIconWidth() {
                return 12;
            }

            @Override
            public int getIconHeight() {
                return 12;
            }
        };
    }

    private void reload() {
        PartnershipGraph graph = context.graph().current();
        int selectedRow = table.getSelectedRow();
        Relationship keep = selectedRow >= 0 ? model.rowAt(table.convertRowIndexToModel(selectedRow)) : null;
        updating = true;
        try {
            model.setGraph(graph);
            Set<String> priorities = new java.util.TreeSet<>();
            graph.relationships().forEach(r -> {
                if (r.priority() != null && !r.priority().isBlank()) {
                    priorities.add(r.priority());
                }
            });
            priority.removeAllItems();
            priority.addItem(ALL);
            priorities.forEach(priority::addItem);
            priority.setSelectedItem(context.settings().get("priority", ALL));
            if (priority.getSelectedIndex() < 0) {
                priority.setSelectedIndex(0);
            }
            if (keep != null) {
                int row = model.rowOf(keep.toId());
                if (row >= 0 && table.convertRowIndexToView(row) >= 0) {
                    int view = table.convertRowIndexToView(row);
                    table.getSelectionModel().setSelectionInterval(view, view);
                }
            }
        } finally {
            updating = false;
        }
        applyFilter();
        readStages();
    }

    /** Reads every row's stage history in the background when the history has changed, then shows the selected row's. */
    @SuppressWarnings("ReferenceEquality") // graphs are immutable and replaced whole: the same object is the same graph
    private void readStages() {
        PartnershipGraph history = context.graph().history();
        if (history != stagesOf) {
            String viewer = context.graph().viewer();
            context.tasks().submit("Stage history", monitor -> StageHistory.of(history, viewer), read -> {
                if (context.graph().history() == history) {
                    stages = read;
                    stagesOf = history;
                    showTimeline();
                }
            });
        }
        showTimeline();
    }

    private void showTimeline() {
        int row = table.getSelectedRow();
        LocalDate asOf = context.graph().asOf().orElse(null);
        if (row < 0) {
            timeline.show("", List.of(), stages, asOf);
            return;
        }
        Relationship r = model.rowAt(table.convertRowIndexToModel(row));
        timeline.show(model.name(r.toId()), stages.of(r.fromId(), r.toId()), stages, asOf);
    }

    private void applyFilter() {
        String text = filter.getText().strip().toLowerCase(Locale.ROOT);
        String wanted = (String) priority.getSelectedItem();
        sorter.setRowFilter(new RowFilter<>() {
            @Override
            public boolean include(Entry<? extends TrackerModel, ? extends Integer> entry) {
                int row = entry.getIdentifier();
                if (wanted != null && !wanted.equals(ALL) && !wanted.equals(model.text(row, TrackerModel.PRIORITY))) {
                    return false;
                }
                if (text.isEmpty()) {
                    return true;
                }
                for (int c : new int[] {
                    TrackerModel.STAKEHOLDER,
                    TrackerModel.LEAD,
                    TrackerModel.BACKGROUND,
                    TrackerModel.ACTIONS,
                    TrackerModel.TRACKER
                }) {
                    if (model.text(row, c).toLowerCase(Locale.ROOT).contains(text)) {
                        return true;
                    }
                }
                return false;
            }
        });
        count.setText(table.getRowCount() + " of " + model.getRowCount() + " stakeholders");
        context.offerExports(List.of(
                ViewExports.csv("CSV of the rows shown", this::csv), ViewExports.png(this), ViewExports.svg(this)));
    }

    /** The rows shown, in the order shown, as text (the scale as "Cooperate -> Collaborate"). */
    List<List<String>> csv() {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < model.getColumnCount(); c++) {
            header.add(model.getColumnName(c));
        }
        rows.add(header);
        for (int v = 0; v < table.getRowCount(); v++) {
            int m = table.convertRowIndexToModel(v);
            List<String> row = new ArrayList<>();
            for (int c = 0; c < model.getColumnCount(); c++) {
                row.add(model.text(m, c));
            }
            rows.add(row);
        }
        return rows;
    }

    private void requestStages(Relationship row, Stage now, Stage wanted) {
        context.edits().request(new EditRequest.SetStages(row.fromId(), row.toId(), now, wanted));
    }

    private void follow(SelectionEvent event) {
        if (event.source() == this) {
            return;
        }
        Set<String> ids = new HashSet<>(event.nodeIds());
        event.itemsOf(SelectedItem.RelationshipRef.class).forEach(r -> ids.add(r.toId()));
        updating = true;
        try {
            table.clearSelection();
            for (int v = 0; v < table.getRowCount(); v++) {
                if (ids.contains(model.rowAt(table.convertRowIndexToModel(v)).toId())) {
                    table.getSelectionModel().setSelectionInterval(v, v);
                    table.scrollRectToVisible(table.getCellRect(v, 0, true));
                    break;
                }
            }
        } finally {
            updating = false;
        }
    }

    JTable table() {
        return table;
    }

    StageTimeline timeline() {
        return timeline;
    }

    TrackerModel model() {
        return model;
    }

    JTextField filterField() {
        return filter;
    }
}
