package org.partnergraph.views.overlaps;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultListModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.table.DefaultTableModel;
import org.partnergraph.analytics.overlap.GroupOverlaps;
import org.partnergraph.analytics.overlap.GroupPair;
import org.partnergraph.analytics.overlap.OverlapMeasure;
import org.partnergraph.analytics.overlap.PartnerOverlaps;
import org.partnergraph.analytics.overlap.PartnerPair;
import org.partnergraph.analytics.overlap.PartnerPairs;
import org.partnergraph.model.Group;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.SelectionEvent;
import org.partnergraph.plugin.WorkbenchContext;
import org.partnergraph.plugin.export.ViewExports;

/**
 * Overlaps: the group heat map with merge candidates and the shared members of a chosen pair; and
 * for partners, who sits with whom (co-membership) and who bridges themes.
 */
final class OverlapsPanel extends JPanel {

    private final WorkbenchContext context;
    private final HeatMap heatMap = new HeatMap();
    private final JComboBox<OverlapMeasure> measure = new JComboBox<>(OverlapMeasure.values());
    private final JSpinner threshold =
            new JSpinner(new SpinnerNumberModel(GroupOverlaps.MERGE_THRESHOLD_DEFAULT, 0.0, 1.0, 0.05));
    private final DefaultTableModel candidates = readOnly("Group A", "Group B", "Shared", "Jaccard", "Overlap");
    private final JTable candidateTable = new JTable(candidates);
    private final DefaultListModel<String> sharedModel = new DefaultListModel<>();
    private final JList<String> shared = new JList<>(sharedModel);
    private final JLabel pairTitle = new JLabel("Click a cell to see who two groups share.");
    private final JLabel status = new JLabel("Computing\u2026");
    private final DefaultTableModel coMembers = readOnly("Partner A", "Partner B", "Shared groups");
    private final DefaultTableModel bridges = readOnly("Partner", "Themes", "Groups", "Theme names");
    private final JTable coMemberTable = new JTable(coMembers);
    private final JTable bridgeTable = new JTable(bridges);
    private final List<String> sharedIds = new ArrayList<>();
    private final List<GroupPair> candidateRows = new ArrayList<>();
    private final List<String[]> coMemberIds = new ArrayList<>();
    private final List<String> bridgeIds = new ArrayList<>();
    private OverlapMatrix matrix;
    private GroupOverlaps overlaps;
    private Map<String, String> names = Map.of();
    private boolean updating;

    OverlapsPanel(WorkbenchContext context) {
        super(new BorderLayout());
        this.context = context;
        setName("overlaps.panel");
        measure.setName("overlaps.measure");
        threshold.setName("overlaps.threshold");
        candidateTable.setName("overlaps.candidates");
        shared.setName("overlaps.shared");
        coMemberTable.setName("overlaps.comembers");
        bridgeTable.setName("overlaps.bridges");
        status.setName("overlaps.status");
        measure.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(
                    JList<?> list, Object value, int index, boolean sel, boolean focus) {
                String text = value instanceof OverlapMeasure m
                        ? switch (m) {
                            case SHARED -> "Shared members";
                            case JACCARD -> "Jaccard";
                            case OVERLAP -> "Overlap coefficient";
                        }
                        : "";
                return super.getListCellRendererComponent(list, text, index, sel, focus);
            }
        });
        measure.setSelectedItem(
                OverlapMeasure.valueOf(context.settings().get("measure", OverlapMeasure.JACCARD.name())));
        for (JTable t : new JTable[] {candidateTable, coMemberTable, bridgeTable}) {
            t.setAutoCreateRowSorter(true);
            t.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        }
        shared.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);

        JPanel bar = new JPanel();
        bar.setLayout(new BoxLayout(bar, BoxLayout.X_AXIS));
        bar.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        JLabel measureLabel = new JLabel("Measure: ");
        measureLabel.setDisplayedMnemonic('M');
        measureLabel.setLabelFor(measure);
        bar.add(measureLabel);
        bar.add(measure);
        measure.setMaximumSize(measure.getPreferredSize());
        bar.add(Box.createHorizontalStrut(10));
        JLabel thresholdLabel = new JLabel("Merge candidates at or above: ");
        thresholdLabel.setDisplayedMnemonic('A');
        thresholdLabel.setLabelFor(threshold);
        bar.add(thresholdLabel);
        bar.add(threshold);
        threshold.setMaximumSize(new Dimension(80, threshold.getPreferredSize().height));
        bar.add(Box.createHorizontalStrut(10));
        bar.add(status);
        bar.add(Box.createHorizontalGlue());

        JScrollPane mapScroll = new JScrollPane(heatMap);
        mapScroll.setPreferredSize(new Dimension(620, 500));
        mapScroll.getVerticalScrollBar().setUnitIncrement(16);
        mapScroll.getHorizontalScrollBar().setUnitIncrement(16);
        JPanel pairPanel = new JPanel(new BorderLayout());
        pairPanel.add(pairTitle, BorderLayout.NORTH);
        pairPanel.add(new JScrollPane(shared), BorderLayout.CENTER);
        pairTitle.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        JPanel candidatePanel = new JPanel(new BorderLayout());
        JLabel candidateTitle = new JLabel("Merge candidates (strongest first)");
        candidateTitle.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        candidatePanel.add(candidateTitle, BorderLayout.NORTH);
        candidatePanel.add(new JScrollPane(candidateTable), BorderLayout.CENTER);
        JSplitPane side = new JSplitPane(JSplitPane.VERTICAL_SPLIT, candidatePanel, pairPanel);
        side.setResizeWeight(0.5);
        side.setPreferredSize(new Dimension(280, 400));
        JSplitPane groups = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, mapScroll, side);
        groups.setResizeWeight(0.7);

        JSplitPane partners = new JSplitPane(
                JSplitPane.VERTICAL_SPLIT,
                titled(
                        "Partners who sit together (pairs sharing " + PartnerPairs.MIN_SHARED_DEFAULT
                                + " or more groups)",
                        coMemberTable),
                titled(
                        "Bridging partners (groups across " + PartnerOverlaps.BRIDGING_THEMES_DEFAULT
                                + " or more themes)",
                        bridgeTable));
        partners.setResizeWeight(0.5);
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("overlaps.tabs");
        tabs.addTab("Groups", groups);
        tabs.addTab("Partners", partners);
        add(bar, BorderLayout.NORTH);
        add(tabs, BorderLayout.CENTER);

        measure.addActionListener(e -> {
            context.settings().put("measure", ((OverlapMeasure) measure.getSelectedItem()).name());
            thresholdModel();
            compute();
        });
        thresholdModel();
        threshold.addChangeListener(e -> {
            context.settings()
                    .put(
                            "threshold." + ((OverlapMeasure) measure.getSelectedItem()).name(),
                            threshold.getValue().toString());
            fillCandidates();
        });
        heatMap.onCell(this::choosePair);
        heatMap.onGroup(g -> context.selection()
                .publish(this, List.of(SelectedItem.node(matrix.groups().get(g).id()))));
        candidateTable.getSelectionModel().addListSelectionListener(e -> {
            int row = candidateTable.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0 && !updating && matrix != null) {
                GroupPair p = candidateRows.get(candidateTable.convertRowIndexToModel(row));
                int a = matrix.indexOf(p.groupA());
                int b = matrix.indexOf(p.groupB());
                if (a >= 0 && b >= 0) {
                    choosePair(a, b);
                }
            }
        });
        shared.addListSelectionListener(e -> {
            int i = shared.getSelectedIndex();
            if (!e.getValueIsAdjusting() && i >= 0 && !updating) {
                context.selection().publish(this, List.of(SelectedItem.node(sharedIds.get(i))));
            }
        });
        coMemberTable.getSelectionModel().addListSelectionListener(e -> {
            int row = coMemberTable.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0 && !updating) {
                String[] ids = coMemberIds.get(coMemberTable.convertRowIndexToModel(row));
                context.selection().publish(this, List.of(SelectedItem.node(ids[0]), SelectedItem.node(ids[1])));
            }
        });
        bridgeTable.getSelectionModel().addListSelectionListener(e -> {
            int row = bridgeTable.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0 && !updating) {
                context.selection()
                        .publish(
                                this,
                                List.of(SelectedItem.node(bridgeIds.get(bridgeTable.convertRowIndexToModel(row)))));
            }
        });
        context.selection().follow(this::follow);
        context.graph().addGraphListener(change -> compute());
        compute();
    }

    private static DefaultTableModel readOnly(String... columns) {
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

    private static JPanel titled(String title, JTable table) {
        JPanel p = new JPanel(new BorderLayout());
        JLabel l = new JLabel(title);
        l.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        p.add(l, BorderLayout.NORTH);
        p.add(new JScrollPane(table), BorderLayout.CENTER);
        return p;
    }

    /** Everything the panel shows of one graph, computed off the event thread. */
    private record Computed(
            OverlapMatrix matrix,
            GroupOverlaps overlaps,
            List<PartnerPair> pairs,
            List<PartnerOverlaps.Bridge> bridges,
            Map<String, String> names) {}

    private void compute() {
        PartnershipGraph graph = context.graph().current();
        OverlapMeasure m = (OverlapMeasure) measure.getSelectedItem();
        status.setText("Computing overlaps\u2026");
        context.tasks()
                .submit(
                        "Group overlaps",
                        monitor -> {
                            monitor.message("group pairs");
                            GroupOverlaps o = GroupOverlaps.of(graph);
                            monitor.message("seriation");
                            OverlapMatrix matrix = OverlapMatrix.of(graph, m);
                            monitor.message("partner pairs and bridges");
                            List<PartnerPair> pairs = PartnerPairs.of(graph).pairs();
                            List<PartnerOverlaps.Bridge> bridges = PartnerOverlaps.bridges(graph);
                            Map<String, String> names = new HashMap<>();
                            graph.nodes().forEach(n -> names.put(n.id(), n.name()));
                            return new Computed(matrix, o, pairs, bridges, names);
                        },
                        c -> {
                            if (graph != context.graph().current() || m != measure.getSelectedItem()) {
                                return;
                            }
                            show(c);
                        });
    }

    private void show(Computed c) {
        matrix = c.matrix();
        overlaps = c.overlaps();
        names = c.names();
        heatMap.setMatrix(matrix);
        status.setText(matrix.size() + " groups with members"
                + (matrix.leftOut() > 0
                        ? " (the largest " + OverlapMatrix.MAX_GROUPS + " shown; " + matrix.leftOut() + " left out)"
                        : ""));
        status.setToolTipText(
                "Ordered so that similar groups sit together (average-linkage clustering on 1 - Jaccard)");
        updating = true;
        try {
            coMembers.setRowCount(0);
            coMemberIds.clear();
            for (PartnerPair p : c.pairs()) {
                coMembers.addRow(new Object[] {name(p.partnerA()), name(p.partnerB()), p.shared()});
                coMemberIds.add(new String[] {p.partnerA(), p.partnerB()});
            }
            bridges.setRowCount(0);
            bridgeIds.clear();
            for (PartnerOverlaps.Bridge b : c.bridges()) {
                bridges.addRow(new Object[] {
                    name(b.partnerId()),
                    b.themeCount(),
                    b.groups(),
                    String.join("; ", b.themes().stream().map(this::name).toList())
                });
                bridgeIds.add(b.partnerId());
            }
        } finally {
            updating = false;
        }
        fillCandidates();
        sharedModel.clear();
        sharedIds.clear();
        pairTitle.setText("Click a cell to see who two groups share.");
        follow(new SelectionEvent(context, context.selection().items()));
        context.offerExports(List.of(
                ViewExports.png(heatMap),
                ViewExports.svg(heatMap),
                ViewExports.csv("CSV of the matrix, in the order shown", matrix::rows)));
    }

    private String name(String id) {
        return names.getOrDefault(id, id);
    }

    private void fillCandidates() {
        if (overlaps == null) {
            return;
        }
        OverlapMeasure m = (OverlapMeasure) measure.getSelectedItem();
        double t = ((Number) threshold.getValue()).doubleValue();
        updating = true;
        try {
            candidates.setRowCount(0);
            candidateRows.clear();
            for (GroupPair p : overlaps.mergeCandidates(m, t)) {
                candidates.addRow(new Object[] {
                    name(p.groupA()), name(p.groupB()), p.shared(), round(p.jaccard()), round(p.overlapCoefficient())
                });
                candidateRows.add(p);
            }
        } finally {
            updating = false;
        }
    }

    /** 0 to 1 in twentieths for the ratios; a whole count of members for shared (default 2). */
    private void thresholdModel() {
        OverlapMeasure m = (OverlapMeasure) measure.getSelectedItem();
        String key = "threshold." + m.name();
        if (m == OverlapMeasure.SHARED) {
            threshold.setModel(new SpinnerNumberModel((int) context.settings().getDouble(key, 2), 1, 100_000, 1));
        } else {
            threshold.setModel(new SpinnerNumberModel(
                    context.settings().getDouble(key, GroupOverlaps.MERGE_THRESHOLD_DEFAULT), 0.0, 1.0, 0.05));
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private void choosePair(int a, int b) {
        heatMap.choose(a, b);
        Group ga = matrix.groups().get(a);
        Group gb = matrix.groups().get(b);
        List<String> ids = matrix.shared(a, b);
        updating = true;
        try {
            sharedModel.clear();
            sharedIds.clear();
            ids.stream().sorted((x, y) -> name(x).compareToIgnoreCase(name(y))).forEach(id -> {
                sharedIds.add(id);
                sharedModel.addElement(name(id));
            });
        } finally {
            updating = false;
        }
        GroupPair p = matrix.pair(a, b);
        pairTitle.setText("<html><b>" + ga.name() + "</b> and <b>" + gb.name() + "</b>: " + p.shared()
                + " shared (Jaccard " + matrix.format(p.jaccard()) + ")</html>");
        context.selection().publish(this, List.of(SelectedItem.node(ga.id()), SelectedItem.node(gb.id())));
    }

    private void follow(SelectionEvent event) {
        if (event.source() == this || matrix == null) {
            return;
        }
        PartnershipGraph graph = context.graph().current();
        Set<String> ids = new HashSet<>(event.nodeIds());
        Set<Integer> marked = new HashSet<>();
        for (Membership m : graph.memberships()) {
            if (ids.contains(m.partnerId())) {
                int i = matrix.indexOf(m.groupId());
                if (i >= 0) {
                    marked.add(i);
                }
            }
        }
        for (String id : ids) {
            int i = matrix.indexOf(id);
            if (i >= 0) {
                marked.add(i);
            }
        }
        heatMap.mark(marked);
        updating = true;
        try {
            shared.clearSelection();
            for (int i = 0; i < sharedIds.size(); i++) {
                if (ids.contains(sharedIds.get(i))) {
                    shared.setSelectedIndex(i);
                }
            }
        } finally {
            updating = false;
        }
    }

    // for tests
    OverlapMatrix matrix() {
        return matrix;
    }

    HeatMap heatMap() {
        return heatMap;
    }

    List<String> sharedIds() {
        return sharedIds;
    }

    JTable candidateTable() {
        return candidateTable;
    }

    JTable bridgeTable() {
        return bridgeTable;
    }
}
