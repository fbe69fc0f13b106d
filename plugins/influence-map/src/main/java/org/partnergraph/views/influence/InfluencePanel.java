package org.partnergraph.views.influence;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.SpinnerNumberModel;
import javax.swing.table.TableRowSorter;
import org.jfree.chart.ChartMouseEvent;
import org.jfree.chart.ChartMouseListener;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.partnergraph.analytics.influence.InfluenceFilter;
import org.partnergraph.analytics.influence.InfluenceMap;
import org.partnergraph.analytics.influence.Quadrant;
import org.partnergraph.analytics.network.NetworkPosition;
import org.partnergraph.analytics.network.PartnerPosition;
import org.partnergraph.model.Node;
import org.partnergraph.model.Objective;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.SelectionEvent;
import org.partnergraph.plugin.WaveComparison;
import org.partnergraph.plugin.support.ViewExports;
import org.partnergraph.plugin.swing.WorkbenchContext;
import org.partnergraph.views.influence.MapComputation.Computed;
import org.partnergraph.views.influence.MapComputation.Request;

/**
 * The influence map: every partner-objective rating on the power / relationship grid, quadrant
 * lines at the threshold, and beside it the partners ranked by relationship gap with their network
 * position. Follows and publishes the selection.
 */
final class InfluencePanel extends JPanel {

    static final String ALL = "All";
    static final String SELECTED = "Selected partner";

    /** A filter choice. */
    record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final Map<Quadrant, Color> COLOURS = new EnumMap<>(Map.of(
            Quadrant.KEEP_CLOSE, new Color(0x2E, 0x9E, 0x5B),
            Quadrant.BUILD_RELATIONSHIP, new Color(0xD6, 0x45, 0x45),
            Quadrant.KEEP_INFORMED, new Color(0x2B, 0x7B, 0xD0),
            Quadrant.MONITOR, new Color(0x8A, 0x94, 0xA3)));

    private final WorkbenchContext context;
    private final JComboBox<Choice> theme = new JComboBox<>();
    private final JComboBox<Choice> objective = new JComboBox<>();
    private final JSpinner threshold = new JSpinner(new SpinnerNumberModel(3.0, 1.0, 4.5, 0.5));
    private final JTextField filter = new JTextField(14);
    private final ChartPanel chartPanel = new ChartPanel(null, false, false, false, true, true);
    private final PartnerTableModel partners = new PartnerTableModel();
    private final JTable table = new JTable(partners);
    private final TableRowSorter<PartnerTableModel> sorter = new TableRowSorter<>(partners);
    private final java.util.IdentityHashMap<PartnershipGraph, Map<String, PartnerPosition>> positions =
            new java.util.IdentityHashMap<>();
    private final List<List<MapPoints.Point>> seriesPoints = new ArrayList<>();
    private final ChangeColumns changeColumns;
    private List<MapPoints.Point> points = List.of();
    private List<MapMoves.Move> moves = List.of();
    private String compared = "";
    private Set<String> selectedPartners = Set.of();
    private JFreeChart chart;
    private boolean updating;

    InfluencePanel(WorkbenchContext context) {
        super(new BorderLayout());
        this.context = context;
        setName("influence.panel");
        theme.setName("influence.theme");
        objective.setName("influence.objective");
        threshold.setName("influence.threshold");
        filter.setName("influence.filter");
        chartPanel.setName("influence.chart");
        table.setName("influence.table");
        threshold.setValue(context.settings().getDouble("threshold", InfluenceMap.THRESHOLD_DEFAULT));
        threshold.setToolTipText("Scores above this are high influence or a good relationship");
        filter.setToolTipText("Show partners whose name or type contains this");
        Choice wide = new Choice("", "Objective 2 - To contribute");
        theme.setPrototypeDisplayValue(wide);
        objective.setPrototypeDisplayValue(wide);
        theme.setMaximumSize(new Dimension(320, theme.getPreferredSize().height));
        objective.setMaximumSize(new Dimension(420, objective.getPreferredSize().height));

        JPanel bar = new JPanel();
        bar.setLayout(new BoxLayout(bar, BoxLayout.X_AXIS));
        bar.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        addLabelled(bar, "Theme: ", 'T', theme);
        addLabelled(bar, "Objective: ", 'O', objective);
        addLabelled(bar, "Threshold: ", 'H', threshold);
        threshold.setMaximumSize(new Dimension(70, threshold.getPreferredSize().height));
        bar.add(Box.createHorizontalGlue());

        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        int[] widths = {230, 150, 55, 90, 90, 110, 150, 70, 75, 85};
        for (int c = 0; c < widths.length; c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        }
        changeColumns = new ChangeColumns(table);
        sorter.setSortKeys(List.of(new javax.swing.RowSorter.SortKey(5, javax.swing.SortOrder.DESCENDING)));

        chartPanel.setPreferredSize(new Dimension(640, 420));
        chartPanel.setMinimumSize(new Dimension(300, 240));
        chartPanel.setMouseWheelEnabled(true);
        JScrollPane tableScroll = new JScrollPane(table);
        tableScroll.setPreferredSize(new Dimension(640, 200));
        tableScroll.setMinimumSize(new Dimension(200, 80));
        JPanel tableBar = new JPanel();
        tableBar.setLayout(new BoxLayout(tableBar, BoxLayout.X_AXIS));
        tableBar.setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
        addLabelled(tableBar, "Find partner: ", 'F', filter);
        filter.setMaximumSize(new Dimension(240, filter.getPreferredSize().height));
        tableBar.add(Box.createHorizontalStrut(12));
        tableBar.add(new JLabel(
                "Partners ranked by relationship gap (influence × (5 − quality), summed); click a column to sort"));
        tableBar.add(Box.createHorizontalGlue());
        JPanel tableSide = new JPanel(new BorderLayout());
        tableSide.add(tableBar, BorderLayout.NORTH);
        tableSide.add(tableScroll, BorderLayout.CENTER);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, chartPanel, tableSide);
        split.setResizeWeight(0.65);
        split.setName("influence.split");
        add(bar, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);

        theme.addActionListener(e -> {
            if (!updating) {
                context.settings().put("theme", ((Choice) theme.getSelectedItem()).id());
                fillObjectives();
                recompute();
            }
        });
        objective.addActionListener(e -> {
            if (!updating) {
                context.settings().put("objective", ((Choice) objective.getSelectedItem()).id());
                recompute();
            }
        });
        threshold.addChangeListener(e -> {
            context.settings().put("threshold", threshold.getValue().toString());
            recompute();
        });
        org.partnergraph.plugin.swing.TextChanges.onChange(filter, () -> applyFilter());
        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0 && !updating) {
                publish(partners.rowAt(table.convertRowIndexToModel(row))
                        .partner()
                        .id());
            }
        });
        chartPanel.addChartMouseListener(new ChartMouseListener() {
            @Override
            public void chartMouseClicked(ChartMouseEvent event) {
                if (event.getEntity() instanceof XYItemEntity item && item.getSeriesIndex() < seriesPoints.size()) {
                    publish(seriesPoints
                            .get(item.getSeriesIndex())
                            .get(item.getItem())
                            .rating()
                            .partnerId());
                } else if (event.getEntity() == null || !(event.getEntity() instanceof XYItemEntity)) {
                    publish(null);
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEvent event) {}
        });
        context.selection().follow(this::follow);
        context.graph().addGraphListener(change -> reload());
        reload();
        follow(new SelectionEvent(context, context.selection().items()));
    }

    private static void addLabelled(JPanel bar, String text, char mnemonic, Component field) {
        JLabel label = new JLabel(text);
        label.setDisplayedMnemonic(mnemonic);
        label.setLabelFor(field);
        if (bar.getComponentCount() > 0) {
            bar.add(Box.createHorizontalStrut(10));
        }
        bar.add(label);
        bar.add(field);
    }

    private void reload() {
        PartnershipGraph graph = context.graph().current();
        updating = true;
        try {
            Set<String> rated = new HashSet<>();
            graph.influences().forEach(i -> rated.add(i.objectiveId()));
            Set<String> themesRated = new HashSet<>();
            graph.objectives().stream().filter(o -> rated.contains(o.id())).forEach(o -> themesRated.add(o.themeId()));
            List<Choice> themes = new ArrayList<>();
            themes.add(new Choice(ALL, ALL));
            graph.themes().stream()
                    .filter(t -> themesRated.contains(t.id()))
                    .map(t -> new Choice(t.id(), t.name()))
                    .forEach(themes::add);
            select(theme, themes, context.settings().get("theme", ALL));
        } finally {
            updating = false;
        }
        fillObjectives();
        recompute();
        computePositions(graph);
    }

    private void fillObjectives() {
        PartnershipGraph graph = context.graph().current();
        String themeId = ((Choice) theme.getSelectedItem()).id();
        Set<String> rated = new HashSet<>();
        graph.influences().forEach(i -> rated.add(i.objectiveId()));
        List<Choice> objectives = new ArrayList<>();
        objectives.add(new Choice(ALL, ALL));
        for (Objective o : graph.objectives()) {
            if (rated.contains(o.id()) && (themeId.equals(ALL) || themeId.equals(o.themeId()))) {
                objectives.add(new Choice(o.id(), o.name()));
            }
        }
        updating = true;
        try {
            select(objective, objectives, context.settings().get("objective", ALL));
        } finally {
            updating = false;
        }
    }

    private static void select(JComboBox<Choice> box, List<Choice> choices, String id) {
        box.setModel(new DefaultComboBoxModel<>(choices.toArray(Choice[]::new)));
        box.setSelectedItem(
                choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(choices.get(0)));
    }

    private Request request() {
        String themeId = ((Choice) theme.getSelectedItem()).id();
        String objectiveId = ((Choice) objective.getSelectedItem()).id();
        InfluenceFilter f = new InfluenceFilter(
                themeId.equals(ALL) ? Set.of() : Set.of(themeId),
                objectiveId.equals(ALL) ? Set.of() : Set.of(objectiveId),
                Set.of());
        WaveComparison compared = context.graph().comparison().orElse(null);
        return new Request(
                compared == null ? context.graph().current() : compared.nowGraph(),
                compared,
                f,
                ((Number) threshold.getValue()).doubleValue(),
                !themeId.equals(ALL) || !objectiveId.equals(ALL));
    }

    /** Computes the map in the background (0.3 s at national scale), then draws it. */
    private void recompute() {
        Request request = request();
        context.tasks().submit("Influence map", monitor -> MapComputation.compute(request), computed -> {
            if (request().sameAs(request)) {
                show(computed, request.filtered());
            }
        });
    }

    private void show(Computed computed, boolean filtered) {
        InfluenceMap map = computed.map();
        InfluenceMap then = computed.then();
        points = computed.points();
        moves = computed.moves();
        compared = computed.compared();
        updating = true;
        try {
            partners.setThen(then);
            changeColumns.show(then != null);
            partners.setRows(MapComputation.rows(map, then, filtered));
        } finally {
            updating = false;
        }
        redraw(map.threshold());
        followTable();
        context.offerExports(List.of(
                ViewExports.png(chart, chartPanel), ViewExports.svg(chart, chartPanel), ViewExports.csv(table)));
    }

    private void redraw(double t) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        seriesPoints.clear();
        int index = 0;
        for (Quadrant q : new Quadrant[] {
            Quadrant.KEEP_CLOSE, Quadrant.BUILD_RELATIONSHIP, Quadrant.KEEP_INFORMED, Quadrant.MONITOR
        }) {
            List<MapPoints.Point> in =
                    points.stream().filter(p -> p.quadrant() == q).toList();
            XYSeries s = new XYSeries(q.label() + " (" + in.size() + ")", false, true);
            in.forEach(p -> s.add(p.x(), p.y()));
            dataset.addSeries(s);
            seriesPoints.add(in);
            renderer.setSeriesPaint(index, COLOURS.get(q));
            renderer.setSeriesShape(index, new Ellipse2D.Double(-5, -5, 10, 10));
            index++;
        }
        List<MapPoints.Point> chosen = points.stream()
                .filter(p -> selectedPartners.contains(p.rating().partnerId()))
                .toList();
        XYSeries selected = new XYSeries(SELECTED, false, true);
        chosen.forEach(p -> selected.add(p.x(), p.y()));
        dataset.addSeries(selected);
        seriesPoints.add(chosen);
        renderer.setSeriesPaint(index, new Color(0x11, 0x11, 0x11));
        renderer.setSeriesShape(index, new Ellipse2D.Double(-8, -8, 16, 16));
        renderer.setSeriesShapesFilled(index, false);
        renderer.setSeriesStroke(index, new BasicStroke(2.5f));
        renderer.setSeriesVisibleInLegend(index, !chosen.isEmpty());
        renderer.setDefaultToolTipGenerator((data, series, item) -> {
            MapPoints.Point p = seriesPoints.get(series).get(item);
            var r = p.rating();
            return "<html><b>" + p.partnerName() + "</b><br>" + p.objectiveName() + "<br>influence "
                    + r.source().influence() + ", quality " + r.source().quality() + " \u2014 "
                    + r.quadrant().label()
                    + "<br>relationship gap " + fmt(r.gap())
                    + (p.together() > 1 ? "<br>" + p.together() + " ratings share this spot" : "") + "</html>";
        });

        NumberAxis x = new NumberAxis("Quality of relationship (1 poor \u2013 5 strong)");
        NumberAxis y = new NumberAxis("Influence (1 low \u2013 5 high)");
        for (NumberAxis a : new NumberAxis[] {x, y}) {
            a.setRange(0.5, 5.5);
            a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xE2, 0xE2, 0xE2));
        plot.setRangeGridlinePaint(new Color(0xE2, 0xE2, 0xE2));
        for (boolean domain : new boolean[] {true, false}) {
            ValueMarker line = new ValueMarker(
                    boundary(t),
                    new Color(0x55, 0x55, 0x55),
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            if (domain) {
                plot.addDomainMarker(line);
            } else {
                plot.addRangeMarker(line);
            }
        }
        double mid = boundary(t);
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 12);
        addCorner(plot, "Keep close", (mid + 5.5) / 2, 5.4, COLOURS.get(Quadrant.KEEP_CLOSE), font);
        addCorner(plot, "Build the relationship", (0.5 + mid) / 2, 5.4, COLOURS.get(Quadrant.BUILD_RELATIONSHIP), font);
        addCorner(plot, "Keep informed", (mid + 5.5) / 2, 0.6, COLOURS.get(Quadrant.KEEP_INFORMED), font);
        addCorner(plot, "Monitor", (0.5 + mid) / 2, 0.6, COLOURS.get(Quadrant.MONITOR), font);
        for (MapPoints.Point p : points) {
            var r = p.rating().source();
            if (r.quality().isRange()) {
                plot.addAnnotation(new XYLineAnnotation(
                        r.quality().low(),
                        p.y(),
                        r.quality().high(),
                        p.y(),
                        new BasicStroke(1.2f),
                        COLOURS.get(p.quadrant())));
            }
            if (r.influence().isRange()) {
                plot.addAnnotation(new XYLineAnnotation(
                        p.x(),
                        r.influence().low(),
                        p.x(),
                        r.influence().high(),
                        new BasicStroke(1.2f),
                        COLOURS.get(p.quadrant())));
            }
        }
        MoveLayer.draw(plot, moves, compared);
        String title = "Influence map: " + (compared.isEmpty() ? "" : compared + ", ") + points.size()
                + (points.size() == 1 ? " rating" : " ratings");
        chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chartPanel.setChart(chart);
    }

    /**
     * Where the quadrant line is drawn: scores strictly above the threshold are high, and scores
     * come in halves (a range 3 / 4 scores 3.5), so the line runs a quarter above the threshold:
     * at 3 it separates 3 (low) from 3.5 and 4 (high).
     */
    static double boundary(double threshold) {
        return threshold + 0.25;
    }

    private static void addCorner(XYPlot plot, String text, double x, double y, Color colour, Font font) {
        XYTextAnnotation a = new XYTextAnnotation(text, x, y);
        a.setFont(font);
        a.setPaint(colour.darker());
        a.setTextAnchor(y > 3 ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER);
        plot.addAnnotation(a);
    }

    @SuppressWarnings("ReferenceEquality") // graphs are immutable and replaced whole: the same object is the same graph
    private void computePositions(PartnershipGraph graph) {
        if (positions.containsKey(graph)) {
            partners.setPositions(positions.get(graph));
            return;
        }
        context.tasks()
                .submit(
                        "Network position for the influence map",
                        monitor -> {
                            NetworkPosition position = NetworkPosition.of(graph);
                            Map<String, PartnerPosition> byId = new HashMap<>();
                            for (var p : graph.partners()) {
                                position.of(p.id()).ifPresent(pos -> byId.put(p.id(), pos));
                            }
                            return byId;
                        },
                        byId -> {
                            positions.clear();
                            positions.put(graph, byId);
                            if (graph == context.graph().current()) {
                                partners.setPositions(byId);
                            }
                        });
    }

    private void applyFilter() {
        String text = filter.getText().strip();
        sorter.setRowFilter(text.isEmpty() ? null : RowFilter.regexFilter("(?i)" + Pattern.quote(text), 0, 1));
    }

    private void publish(String partnerId) {
        List<SelectedItem> items = partnerId == null ? List.of() : List.of(SelectedItem.node(partnerId));
        context.selection().publish(this, items);
        selectedPartners = partnerId == null ? Set.of() : Set.of(partnerId);
        redraw(((Number) threshold.getValue()).doubleValue());
        offerChartExports();
        followTable();
    }

    private void offerChartExports() {
        context.offerExports(List.of(
                ViewExports.png(chart, chartPanel), ViewExports.svg(chart, chartPanel), ViewExports.csv(table)));
    }

    private void follow(SelectionEvent event) {
        if (event.source() == this) {
            return;
        }
        PartnershipGraph graph = context.graph().current();
        Set<String> ids = new HashSet<>();
        for (String id : event.nodeIds()) {
            graph.node(id)
                    .filter(n -> n instanceof org.partnergraph.model.Partner)
                    .map(Node::id)
                    .ifPresent(ids::add);
        }
        event.itemsOf(SelectedItem.InfluenceRef.class).forEach(r -> ids.add(r.partnerId()));
        selectedPartners = Set.copyOf(ids);
        redraw(((Number) threshold.getValue()).doubleValue());
        offerChartExports();
        followTable();
    }

    private void followTable() {
        updating = true;
        try {
            table.clearSelection();
            for (String id : selectedPartners) {
                int row = partners.rowOf(id);
                if (row >= 0) {
                    int view = table.convertRowIndexToView(row);
                    if (view >= 0) {
                        table.getSelectionModel().setSelectionInterval(view, view);
                        table.scrollRectToVisible(table.getCellRect(view, 0, true));
                    }
                }
            }
        } finally {
            updating = false;
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    // for tests
    List<MapPoints.Point> points() {
        return points;
    }

    List<MapMoves.Move> moves() {
        return moves;
    }

    boolean changeColumnsShown() {
        return changeColumns.shown();
    }

    JFreeChart chart() {
        return chart;
    }

    JTable table() {
        return table;
    }

    Set<String> selectedPartners() {
        return selectedPartners;
    }

    JComboBox<Choice> objectiveBox() {
        return objective;
    }

    JComboBox<Choice> themeBox() {
        return theme;
    }

    JSpinner thresholdSpinner() {
        return threshold;
    }

    JTextField filterField() {
        return filter;
    }
}
