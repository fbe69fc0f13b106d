package org.partnergraph.views.trajectories;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.partnergraph.analytics.movers.IndicatorMovers;
import org.partnergraph.analytics.network.NetworkPosition;
import org.partnergraph.analytics.trajectory.Trajectory;
import org.partnergraph.analytics.trajectory.TrajectoryAnalysis;
import org.partnergraph.model.Area;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.SelectionEvent;
import org.partnergraph.plugin.support.ChartTheme;
import org.partnergraph.plugin.support.ViewExports;
import org.partnergraph.plugin.swing.WorkbenchContext;

/**
 * One indicator's trajectory: the chart, and beside it who can move the indicator. Follows the
 * selection (an indicator selected anywhere is charted; a partner selected anywhere is selected
 * among the movers) and publishes what the user picks here.
 */
final class TrajectoryPanel extends JPanel {

    static final String WHOLE_AREA = "Whole area";

    private final WorkbenchContext context;
    private final JComboBox<Indicator> indicators = new JComboBox<>();
    private final JComboBox<String> areas = new JComboBox<>();
    private final JCheckBox xmr = new JCheckBox("XmR limits");
    private final ChartPanel chartPanel = ChartTheme.panel();
    private final MoversModel movers = new MoversModel();
    private final JTable moversTable = new JTable(movers);
    private final JLabel moversTitle = new JLabel("Who can move it");
    private final IdentityHashMap<PartnershipGraph, NetworkPosition> positions = new IdentityHashMap<>();
    private boolean updating;
    private ChartData shown;
    private JFreeChart chart;

    TrajectoryPanel(WorkbenchContext context) {
        super(new BorderLayout());
        this.context = context;
        setName("trajectories.panel");
        indicators.setName("trajectories.indicator");
        areas.setName("trajectories.area");
        xmr.setName("trajectories.xmr");
        xmr.setMnemonic('X');
        xmr.setToolTipText(
                "Natural process limits (mean \u00b1 2.66 \u00d7 mean moving range) and special-cause marks");
        xmr.setSelected(context.settings().getBoolean("xmr", false));
        chartPanel.setName("trajectories.chart");
        chartPanel.setMouseWheelEnabled(true);
        moversTable.setName("trajectories.movers");
        moversTable.setAutoCreateRowSorter(true);
        moversTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        moversTable.setAutoResizeMode(JTable.AUTO_RESIZE_LAST_COLUMN);
        int[] widths = {190, 64, 52, 60, 64, 76, 320};
        for (int c = 0; c < widths.length; c++) {
            moversTable.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        }
        moversTable.setToolTipText(
                "Lead and supporting partners, their influence on the objectives it measures, and their network position");
        indicators.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(
                    JList<?> list, Object value, int index, boolean selected, boolean focus) {
                Object label = value instanceof Indicator i ? i.label() : value;
                return super.getListCellRendererComponent(list, label, index, selected, focus);
            }
        });
        indicators.setMaximumRowCount(25);

        JPanel bar = new JPanel();
        bar.setLayout(new javax.swing.BoxLayout(bar, javax.swing.BoxLayout.X_AXIS));
        bar.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        indicators.setPrototypeDisplayValue(null);
        indicators.setPreferredSize(new java.awt.Dimension(200, indicators.getPreferredSize().height));
        indicators.setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, indicators.getPreferredSize().height));
        areas.setMaximumSize(new java.awt.Dimension(260, areas.getPreferredSize().height));
        JLabel indicatorLabel = new JLabel("Indicator: ");
        indicatorLabel.setDisplayedMnemonic('I');
        indicatorLabel.setLabelFor(indicators);
        bar.add(indicatorLabel);
        bar.add(indicators);
        bar.add(javax.swing.Box.createHorizontalStrut(10));
        JLabel areaLabel = new JLabel("Area: ");
        areaLabel.setDisplayedMnemonic('A');
        areaLabel.setLabelFor(areas);
        bar.add(areaLabel);
        bar.add(areas);
        bar.add(javax.swing.Box.createHorizontalStrut(10));
        bar.add(xmr);

        JPanel side = new JPanel(new BorderLayout());
        moversTitle.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        side.add(moversTitle, BorderLayout.NORTH);
        side.add(new JScrollPane(moversTable), BorderLayout.CENTER);
        chartPanel.setPreferredSize(new java.awt.Dimension(640, 400));
        chartPanel.setMinimumSize(new java.awt.Dimension(240, 220));
        side.setPreferredSize(new java.awt.Dimension(640, 170));
        side.setMinimumSize(new java.awt.Dimension(160, 60));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, chartPanel, side);
        split.setResizeWeight(0.7);
        split.setName("trajectories.split");
        add(bar, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);

        indicators.addActionListener(e -> {
            if (!updating) {
                Indicator i = (Indicator) indicators.getSelectedItem();
                if (i != null) {
                    context.settings().put("indicator", i.id());
                    context.selection().publish(this, List.of(SelectedItem.node(i.id())));
                }
                fillAreas();
                redraw();
            }
        });
        areas.addActionListener(e -> {
            if (!updating) {
                redraw();
            }
        });
        xmr.addActionListener(e -> {
            context.settings().put("xmr", Boolean.toString(xmr.isSelected()));
            redraw();
        });
        moversTable.getSelectionModel().addListSelectionListener(e -> {
            int row = moversTable.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0 && !updating) {
                String id =
                        movers.rowAt(moversTable.convertRowIndexToModel(row)).partnerId();
                context.selection().publish(this, List.of(SelectedItem.node(id)));
            }
        });
        context.selection().follow(this::follow);
        context.graph().addGraphListener(change -> reload());
        reload();
        List<String> selected = new SelectionEvent(this, context.selection().items()).nodeIds();
        if (!selected.isEmpty()) {
            follow(new SelectionEvent(context, context.selection().items()));
        }
    }

    /** Refills the indicator list from the graph, keeping the indicator shown. */
    private void reload() {
        PartnershipGraph graph = context.graph().current();
        Indicator current = (Indicator) indicators.getSelectedItem();
        String keep = current != null ? current.id() : context.settings().get("indicator", null);
        List<Indicator> all = new ArrayList<>(graph.indicators());
        all.sort(Comparator.comparing(TrajectoryPanel::sortKey));
        updating = true;
        try {
            indicators.setModel(new DefaultComboBoxModel<>(all.toArray(Indicator[]::new)));
            Indicator chosen = all.stream()
                    .filter(i -> i.id().equals(keep))
                    .findFirst()
                    .orElse(all.stream()
                            .filter(i -> !graph.measurementsOf(i.id()).isEmpty())
                            .findFirst()
                            .orElse(all.isEmpty() ? null : all.get(0)));
            indicators.setSelectedItem(chosen);
        } finally {
            updating = false;
        }
        fillAreas();
        redraw();
    }

    /** NI 8 before NI 16 before NI 193, then local measures by name. */
    static String sortKey(Indicator i) {
        String code = i.code() == null ? "" : i.code();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\D*)(\\d+)(.*)").matcher(code);
        if (m.matches()) {
            return m.group(1) + String.format("%06d", Integer.parseInt(m.group(2))) + m.group(3);
        }
        return "~" + (code.isEmpty() ? i.name() : code);
    }

    private void fillAreas() {
        Indicator i = (Indicator) indicators.getSelectedItem();
        Object keep = areas.getSelectedItem();
        List<String> ids = new ArrayList<>();
        if (i != null) {
            context.graph().current().measurementsOf(i.id()).stream()
                    .map(Measurement::areaId)
                    .map(a -> a == null || a.isEmpty() ? WHOLE_AREA : a)
                    .distinct()
                    .sorted(Comparator.comparing((String a) -> !a.equals(WHOLE_AREA))
                            .thenComparing(a -> a))
                    .forEach(ids::add);
        }
        updating = true;
        try {
            areas.setModel(new DefaultComboBoxModel<>(ids.toArray(String[]::new)));
            areas.setRenderer(new DefaultListCellRenderer() {
                @Override
                public Component getListCellRendererComponent(
                        JList<?> list, Object value, int index, boolean sel, boolean focus) {
                    return super.getListCellRendererComponent(list, areaName(value), index, sel, focus);
                }
            });
            if (keep != null && ids.contains(keep)) {
                areas.setSelectedItem(keep);
            }
            areas.setEnabled(ids.size() > 1);
        } finally {
            updating = false;
        }
    }

    private String areaName(Object id) {
        if (id == null || WHOLE_AREA.equals(id)) {
            return WHOLE_AREA;
        }
        return context.graph().current().areas().stream()
                .filter(a -> a.id().equals(id))
                .map(Area::name)
                .findFirst()
                .orElse(id.toString());
    }

    /** Draws the chosen indicator and area, and starts the movers computation. */
    private void redraw() {
        Indicator indicator = (Indicator) indicators.getSelectedItem();
        PartnershipGraph graph = context.graph().current();
        shown = null;
        if (indicator == null) {
            chart = null;
            chartPanel.setChart(null);
        } else {
            Trajectory t = trajectory(graph, indicator, (String) areas.getSelectedItem());
            if (t == null) {
                chart = new JFreeChart(
                        indicator.label() + ": no baselines, targets or actuals", new org.jfree.chart.plot.XYPlot());
            } else {
                shown = ChartData.of(t, ChartData.labelOf(t, ChartData.areaNames(graph)), xmr.isSelected());
                chart = TrajectoryChart.build(shown, xmr.isSelected());
            }
            chartPanel.setChart(chart);
        }
        offerExports();
        updateMovers(graph, indicator);
    }

    /** The trajectory of {@code indicator} in {@code area} (or the whole area), or null without measurements. */
    static Trajectory trajectory(PartnershipGraph graph, Indicator indicator, String area) {
        List<Measurement> measurements = graph.measurementsOf(indicator.id());
        if (measurements.isEmpty()) {
            return null;
        }
        String wanted = area == null || area.equals(WHOLE_AREA) ? "" : area;
        List<Trajectory> all = new TrajectoryAnalysis().analyse(indicator, measurements);
        return all.stream().filter(t -> t.areaId().equals(wanted)).findFirst().orElse(all.get(0));
    }

    private void offerExports() {
        if (chart == null) {
            context.offerExports(List.of());
            return;
        }
        ChartData data = shown;
        List<org.partnergraph.plugin.swing.ViewExport> exports = new ArrayList<>();
        exports.add(ViewExports.png(chart, chartPanel));
        exports.add(ViewExports.svg(chart, chartPanel));
        if (data != null) {
            exports.add(ViewExports.csv("CSV of the chart's points", data::rows));
        }
        context.offerExports(exports);
    }

    @SuppressWarnings("ReferenceEquality") // graphs are immutable and replaced whole: the same object is the same graph
    private void updateMovers(PartnershipGraph graph, Indicator indicator) {
        if (indicator == null) {
            movers.setRows(List.of());
            return;
        }
        moversTitle.setText("Who can move " + indicator.code() + " (computing\u2026)");
        NetworkPosition cached = positions.get(graph);
        context.tasks()
                .submit(
                        "Who can move " + indicator.code(),
                        monitor -> {
                            NetworkPosition position = cached != null ? cached : NetworkPosition.of(graph);
                            return new Object[] {
                                position,
                                MoversModel.rowsOf(
                                        graph,
                                        indicator.id(),
                                        IndicatorMovers.rank(graph, indicator.id(), position),
                                        position)
                            };
                        },
                        result -> {
                            if (graph != context.graph().current() || indicators.getSelectedItem() != indicator) {
                                return;
                            }
                            positions.clear();
                            positions.put(graph, (NetworkPosition) result[0]);
                            @SuppressWarnings("unchecked")
                            List<MoversModel.Row> rows = (List<MoversModel.Row>) result[1];
                            updating = true;
                            try {
                                movers.setRows(rows);
                            } finally {
                                updating = false;
                            }
                            moversTitle.setText("Who can move " + indicator.code() + " (" + rows.size() + " partners)");
                            followPartners(new SelectionEvent(
                                            context, context.selection().items())
                                    .nodeIds());
                        });
    }

    private void follow(SelectionEvent event) {
        if (event.source() == this) {
            return;
        }
        PartnershipGraph graph = context.graph().current();
        Map<String, Indicator> byId = graph.indicatorsById();
        for (String id : event.nodeIds()) {
            Indicator i = byId.get(id);
            if (i != null) {
                if (indicators.getSelectedItem() != i) {
                    updating = true;
                    try {
                        indicators.setSelectedItem(i);
                    } finally {
                        updating = false;
                    }
                    context.settings().put("indicator", i.id());
                    fillAreas();
                    redraw();
                }
                return;
            }
        }
        followPartners(event.nodeIds());
    }

    private void followPartners(List<String> ids) {
        updating = true;
        try {
            moversTable.clearSelection();
            for (String id : ids) {
                int row = movers.rowOf(id);
                if (row >= 0) {
                    int view = moversTable.convertRowIndexToView(row);
                    moversTable.getSelectionModel().setSelectionInterval(view, view);
                    moversTable.scrollRectToVisible(moversTable.getCellRect(view, 0, true));
                    return;
                }
            }
        } finally {
            updating = false;
        }
    }

    /** What is charted now (tests). */
    ChartData shown() {
        return shown;
    }

    JFreeChart chart() {
        return chart;
    }

    MoversModel movers() {
        return movers;
    }
}
