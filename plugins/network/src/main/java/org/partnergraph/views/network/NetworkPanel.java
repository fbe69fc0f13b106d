package org.partnergraph.views.network;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import org.partnergraph.analytics.network.GroupPosition;
import org.partnergraph.analytics.network.NetworkPosition;
import org.partnergraph.analytics.network.PartnerPosition;
import org.partnergraph.analytics.trajectory.TrajectoryStatus;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.SelectionEvent;
import org.partnergraph.plugin.TaskHandle;
import org.partnergraph.plugin.support.ViewExports;
import org.partnergraph.plugin.swing.WorkbenchContext;

/**
 * The network view: controls, the canvas, the legend. The model and the scores are computed in the
 * background, and the layout runs in the background too, moving the drawing as it goes, until it
 * settles or the user stops it.
 */
final class NetworkPanel extends JPanel {

    enum SizeBy {
        DEGREE("Degree"),
        PAGERANK("PageRank"),
        BETWEENNESS("Betweenness"),
        EIGENVECTOR("Eigenvector");

        final String label;

        SizeBy(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    enum ColourBy {
        TYPE("Partner type"),
        STATUS("Status of indicators led");

        final String label;

        ColourBy(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final Color[] PALETTE = {
        new Color(0x1F, 0x77, 0xB4),
        new Color(0xFF, 0x7F, 0x0E),
        new Color(0x2C, 0xA0, 0x2C),
        new Color(0xD6, 0x27, 0x28),
        new Color(0x94, 0x67, 0xBD),
        new Color(0x8C, 0x56, 0x4B),
        new Color(0xE3, 0x77, 0xC2),
        new Color(0x17, 0xBE, 0xCF),
        new Color(0xBC, 0xBD, 0x22),
        new Color(0x39, 0x3B, 0x79)
    };
    static final Color OTHER = new Color(0xA0, 0xA6, 0xB0);
    static final Color GROUP = new Color(0x4A, 0x55, 0x68);
    static final Color THEME = new Color(0x7B, 0x3F, 0xA0);
    static final Color INITIATIVE = new Color(0x2E, 0x8B, 0x57);

    private final WorkbenchContext context;
    private final NetworkCanvas canvas = new NetworkCanvas();
    private final JComboBox<SizeBy> sizeBy = new JComboBox<>(SizeBy.values());
    private final JComboBox<ColourBy> colourBy = new JComboBox<>(ColourBy.values());
    private final JCheckBox themes = new JCheckBox("Themes");
    private final JCheckBox indicators = new JCheckBox("Indicators");
    private final JCheckBox initiatives = new JCheckBox("Initiatives");
    private final JTextField search = new JTextField(14);
    private final JToggleButton neighbourhood = new JToggleButton("Neighbourhood");
    private final JButton run = new JButton("Re-run layout");
    private final JButton stop = new JButton("Stop");
    private final JButton fit = new JButton("Fit");
    private final JLabel status = new JLabel(" ");
    private final JPanel legend = new JPanel();
    private NetworkModel model;
    private NetworkPosition position;
    private double[] scores = new double[0];
    private Color[] colours = new Color[0];
    private Map<String, Color> typeColours = Map.of();
    private TaskHandle layoutTask;
    private volatile boolean stopRequested;
    private final Map<String, double[]> remembered = new HashMap<>();

    NetworkPanel(WorkbenchContext context) {
        super(new BorderLayout());
        this.context = context;
        setName("network.panel");
        sizeBy.setName("network.size");
        colourBy.setName("network.colour");
        themes.setName("network.themes");
        indicators.setName("network.indicators");
        initiatives.setName("network.initiatives");
        search.setName("network.search");
        neighbourhood.setName("network.neighbourhood");
        run.setName("network.run");
        stop.setName("network.stop");
        fit.setName("network.fit");
        status.setName("network.status");
        legend.setName("network.legend");
        sizeBy.setSelectedItem(SizeBy.valueOf(context.settings().get("size", SizeBy.PAGERANK.name())));
        colourBy.setSelectedItem(ColourBy.valueOf(context.settings().get("colour", ColourBy.TYPE.name())));
        themes.setSelected(context.settings().getBoolean("themes", false));
        indicators.setSelected(context.settings().getBoolean("indicators", false));
        initiatives.setSelected(context.settings().getBoolean("initiatives", false));
        search.setToolTipText("Find nodes by name: matches are ringed, the first is centred");
        neighbourhood.setToolTipText("Dim everything but the selection and its neighbours");
        neighbourhood.setMnemonic('N');
        run.setMnemonic('R');
        fit.setToolTipText("Fit the network in the view (F)");
        stop.setEnabled(false);

        JPanel bar = new JPanel();
        bar.setLayout(new BoxLayout(bar, BoxLayout.X_AXIS));
        bar.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        bar.add(new JLabel("Size: "));
        bar.add(sizeBy);
        bar.add(Box.createHorizontalStrut(6));
        bar.add(new JLabel("Colour: "));
        bar.add(colourBy);
        bar.add(Box.createHorizontalStrut(6));
        bar.add(themes);
        bar.add(indicators);
        bar.add(initiatives);
        bar.add(Box.createHorizontalStrut(6));
        JLabel find = new JLabel("Find: ");
        find.setDisplayedMnemonic('I');
        find.setLabelFor(search);
        bar.add(find);
        bar.add(search);
        for (JComboBox<?> box : List.of(sizeBy, colourBy)) {
            box.setMaximumSize(box.getPreferredSize());
        }
        search.setMaximumSize(new Dimension(180, search.getPreferredSize().height));
        bar.add(Box.createHorizontalGlue());
        JPanel buttons = new JPanel();
        buttons.setLayout(new BoxLayout(buttons, BoxLayout.X_AXIS));
        buttons.setBorder(BorderFactory.createEmptyBorder(0, 6, 4, 6));
        buttons.add(neighbourhood);
        buttons.add(Box.createHorizontalStrut(6));
        buttons.add(run);
        buttons.add(stop);
        buttons.add(fit);
        buttons.add(Box.createHorizontalStrut(10));
        buttons.add(status);
        buttons.add(Box.createHorizontalGlue());
        JPanel top = new JPanel(new BorderLayout());
        top.add(bar, BorderLayout.NORTH);
        top.add(buttons, BorderLayout.SOUTH);
        legend.setLayout(new BoxLayout(legend, BoxLayout.Y_AXIS));
        legend.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        JScrollPane legendScroll = new JScrollPane(legend);
        legendScroll.setPreferredSize(new Dimension(190, 200));
        legendScroll.setBorder(BorderFactory.createMatteBorder(0, 1, 0, 0, OTHER));
        add(top, BorderLayout.NORTH);
        add(canvas, BorderLayout.CENTER);
        add(legendScroll, BorderLayout.EAST);

        sizeBy.addActionListener(e -> {
            context.settings().put("size", ((SizeBy) sizeBy.getSelectedItem()).name());
            restyle();
        });
        colourBy.addActionListener(e -> {
            context.settings().put("colour", ((ColourBy) colourBy.getSelectedItem()).name());
            restyle();
        });
        themes.addActionListener(e -> {
            context.settings().put("themes", Boolean.toString(themes.isSelected()));
            rebuild();
        });
        indicators.addActionListener(e -> {
            context.settings().put("indicators", Boolean.toString(indicators.isSelected()));
            rebuild();
        });
        initiatives.addActionListener(e -> {
            context.settings().put("initiatives", Boolean.toString(initiatives.isSelected()));
            rebuild();
        });
        neighbourhood.addActionListener(e -> canvas.setNeighbourhood(neighbourhood.isSelected()));
        run.addActionListener(e -> startLayout(false));
        stop.addActionListener(e -> stopLayout());
        fit.addActionListener(e -> canvas.fit());
        org.partnergraph.plugin.swing.TextChanges.onChange(search, () -> find());
        canvas.onSelect(i -> context.selection()
                .publish(canvas, i < 0 || model == null ? List.of() : List.of(SelectedItem.node(model.ids[i]))));
        canvas.onPinned(this::remember);
        canvas.putClientProperty("network.screenOf", (java.util.function.Function<String, java.awt.Point>) id -> {
            int i = model == null ? -1 : model.indexOf(id);
            return i < 0 ? null : canvas.screenOf(i);
        });
        canvas.getInputMap(JPanel.WHEN_FOCUSED).put(NetworkCanvas.unpinKey(), "unpin");
        canvas.getActionMap().put("unpin", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                unpinSelection();
            }
        });
        context.selection().follow(this::follow);
        context.graph().addGraphListener(change -> rebuild());
        rebuild();
    }

    private record Built(NetworkModel model, NetworkPosition position) {}

    /** Rebuilds the model and scores in the background, keeping positions of nodes already placed. */
    private void rebuild() {
        PartnershipGraph graph = context.graph().current();
        boolean t = themes.isSelected();
        boolean i = indicators.isSelected();
        boolean d = initiatives.isSelected();
        stopLayout();
        status.setText("Computing network scores\u2026");
        context.tasks()
                .submit(
                        "Network",
                        monitor -> new Built(NetworkModel.of(graph, t, i, d), NetworkPosition.of(graph)),
                        built -> {
                            if (graph != context.graph().current()) {
                                return;
                            }
                            remember();
                            model = built.model();
                            position = built.position();
                            int n = model.size();
                            double[] x = new double[n];
                            double[] y = new double[n];
                            boolean[] pins = new boolean[n];
                            boolean known = false;
                            for (int k = 0; k < n; k++) {
                                double[] p = remembered.get(model.ids[k]);
                                x[k] = p == null ? Double.NaN : p[0];
                                y[k] = p == null ? Double.NaN : p[1];
                                pins[k] = p != null && p[2] > 0;
                                known |= p != null;
                            }
                            ForceLayout start = new ForceLayout(model, x, y, pins, 42);
                            double[][] s = start.snapshot();
                            computeStyle();
                            canvas.show(model, s[0], s[1], pins, radii(), colours, !known);
                            fillLegend();
                            follow(new SelectionEvent(
                                    context, context.selection().items()));
                            offerExports();
                            startLayout(!known);
                        });
    }

    private void remember() {
        if (model == null) {
            return;
        }
        double[][] p = canvas.positions();
        boolean[] pins = canvas.pins();
        for (int k = 0; k < model.size() && k < p[0].length; k++) {
            remembered.put(model.ids[k], new double[] {p[0][k], p[1][k], pins[k] ? 1 : 0});
        }
    }

    private void startLayout(boolean fitWhenDone) {
        if (model == null) {
            return;
        }
        stopLayout();
        NetworkModel m = model;
        double[][] p = canvas.positions();
        ForceLayout layout = new ForceLayout(m, p[0], p[1], canvas.pins().clone(), 42);
        stopRequested = false;
        stop.setEnabled(true);
        run.setEnabled(false);
        long t0 = System.nanoTime();
        layoutTask = context.tasks()
                .submit(
                        "Network layout",
                        monitor -> {
                            long lastShown = 0;
                            double move = Double.MAX_VALUE;
                            while (!layout.settled(move) && !monitor.isCancelled() && !stopRequested) {
                                move = layout.step();
                                monitor.progress(layout.iteration(), 600);
                                long now = System.nanoTime();
                                if (now - lastShown > 40_000_000L) {
                                    lastShown = now;
                                    double[][] s = layout.snapshot();
                                    SwingUtilities.invokeLater(() -> {
                                        if (model == m) {
                                            canvas.move(s[0], s[1]);
                                        }
                                    });
                                }
                            }
                            return layout;
                        },
                        done -> {
                            if (model != m) {
                                return;
                            }
                            double[][] s = done.snapshot();
                            canvas.move(s[0], s[1]);
                            if (fitWhenDone) {
                                canvas.fit();
                            }
                            stop.setEnabled(false);
                            run.setEnabled(true);
                            status.setText(m.size() + " nodes, " + m.edges() + " edges; layout " + done.iteration()
                                    + " iterations in " + (System.nanoTime() - t0) / 1_000_000 + " ms"
                                    + (stopRequested ? " (stopped)" : ""));
                            remember();
                        });
    }

    private void stopLayout() {
        stopRequested = true;
        stop.setEnabled(false);
        run.setEnabled(model != null);
    }

    private void unpinSelection() {
        if (model == null) {
            return;
        }
        Set<Integer> nodes = new HashSet<>();
        for (String id : new SelectionEvent(this, context.selection().items()).nodeIds()) {
            int i = model.indexOf(id);
            if (i >= 0) {
                nodes.add(i);
            }
        }
        canvas.unpin(nodes);
        remember();
    }

    private void computeStyle() {
        int n = model.size();
        scores = new double[n];
        SizeBy by = (SizeBy) sizeBy.getSelectedItem();
        for (int i = 0; i < n; i++) {
            String id = model.ids[i];
            scores[i] = switch (model.kinds[i]) {
                case PARTNER -> position.of(id).map(p -> partnerScore(p, by)).orElse(0.0);
                case GROUP -> position.group(id).map(g -> groupScore(g, by)).orElse(0.0);
                default -> model.neighbours[i].length;
            };
        }
        Map<String, Integer> typeCount = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (model.kinds[i] == NetworkModel.Kind.PARTNER) {
                typeCount.merge(model.types[i], 1, Integer::sum);
            }
        }
        List<String> ranked = new ArrayList<>(typeCount.keySet());
        ranked.sort((a, b) ->
                typeCount.get(b) - typeCount.get(a) != 0 ? typeCount.get(b) - typeCount.get(a) : a.compareTo(b));
        Map<String, Color> byType = new LinkedHashMap<>();
        for (int k = 0; k < ranked.size(); k++) {
            byType.put(ranked.get(k), k < PALETTE.length ? PALETTE[k] : OTHER);
        }
        typeColours = byType;
        ColourBy colour = (ColourBy) colourBy.getSelectedItem();
        colours = new Color[n];
        for (int i = 0; i < n; i++) {
            colours[i] = switch (model.kinds[i]) {
                case PARTNER ->
                    colour == ColourBy.TYPE
                            ? byType.getOrDefault(model.types[i], OTHER)
                            : model.leadStatus[i] == null ? OTHER : statusColour(model.leadStatus[i]);
                case GROUP -> GROUP;
                case THEME -> THEME;
                case INDICATOR -> model.leadStatus[i] == null ? OTHER : statusColour(model.leadStatus[i]);
                case INITIATIVE -> INITIATIVE;
            };
        }
    }

    static Color statusColour(TrajectoryStatus s) {
        return switch (s) {
            case OFF_TRACK -> new Color(0xD6, 0x45, 0x45);
            case AT_RISK -> new Color(0xE8, 0x9B, 0x1A);
            case ON_TRACK -> new Color(0x2E, 0x9E, 0x5B);
            case NO_DATA -> new Color(0x7A, 0x86, 0x99);
            case NO_TARGET -> new Color(0xC4, 0xCA, 0xD3);
        };
    }

    private static double partnerScore(PartnerPosition p, SizeBy by) {
        return switch (by) {
            case DEGREE -> p.degree();
            case PAGERANK -> p.pageRank();
            case BETWEENNESS -> p.betweenness();
            case EIGENVECTOR -> p.eigenvector();
        };
    }

    private static double groupScore(GroupPosition g, SizeBy by) {
        return switch (by) {
            case DEGREE -> g.degree();
            case PAGERANK -> g.pageRank();
            case BETWEENNESS -> g.betweenness();
            case EIGENVECTOR -> g.eigenvector();
        };
    }

    /** Node radius in pixels: 3.5 to 18 by the square root of the score's share of the largest. */
    private double[] radii() {
        int n = model.size();
        double max = 0;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = model.kinds[i] == NetworkModel.Kind.THEME || model.kinds[i] == NetworkModel.Kind.INDICATOR
                    ? 7
                    : model.kinds[i] == NetworkModel.Kind.INITIATIVE
                            ? 5
                            : 3.5 + 14.5 * Math.sqrt(max <= 0 ? 0 : scores[i] / max);
        }
        return r;
    }

    private void restyle() {
        if (model == null) {
            return;
        }
        computeStyle();
        canvas.style(radii(), colours);
        fillLegend();
        offerExports();
    }

    private void fillLegend() {
        legend.removeAll();
        legend.add(heading("Colour: " + colourBy.getSelectedItem()));
        if (colourBy.getSelectedItem() == ColourBy.TYPE) {
            typeColours.forEach((type, c) -> legend.add(entry(type, c, NetworkModel.Kind.PARTNER)));
        } else {
            for (TrajectoryStatus s : TrajectoryStatus.values()) {
                legend.add(entry(s.label(), statusColour(s), NetworkModel.Kind.PARTNER));
            }
            legend.add(entry("leads no indicator", OTHER, NetworkModel.Kind.PARTNER));
        }
        legend.add(Box.createVerticalStrut(8));
        legend.add(heading("Shapes"));
        legend.add(entry("partner", OTHER, NetworkModel.Kind.PARTNER));
        legend.add(entry("group", GROUP, NetworkModel.Kind.GROUP));
        if (themes.isSelected()) {
            legend.add(entry("theme", THEME, NetworkModel.Kind.THEME));
        }
        if (indicators.isSelected()) {
            legend.add(entry("indicator (by status)", OTHER, NetworkModel.Kind.INDICATOR));
        }
        if (initiatives.isSelected()) {
            legend.add(entry("initiative", INITIATIVE, NetworkModel.Kind.INITIATIVE));
        }
        legend.add(Box.createVerticalStrut(8));
        legend.add(heading("Size: " + sizeBy.getSelectedItem()));
        legend.add(
                new JLabel(
                        "<html>Drag a node to pin it; P unpins.<br>Wheel or +/- zooms, drag pans,<br>F fits, Esc clears.</html>"));
        legend.revalidate();
        legend.repaint();
    }

    private static JLabel heading(String text) {
        JLabel l = new JLabel(text);
        l.setFont(l.getFont().deriveFont(java.awt.Font.BOLD));
        l.setBorder(BorderFactory.createEmptyBorder(2, 0, 2, 0));
        return l;
    }

    private static JLabel entry(String text, Color colour, NetworkModel.Kind kind) {
        JLabel l = new JLabel(
                text,
                new Icon() {
                    @Override
                    public void paintIcon(Component c, Graphics g, int x, int y) {
                        Graphics2D g2 = (Graphics2D) g.create();
                        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                        g2.setColor(colour);
                        g2.fill(NetworkCanvas.shape(kind, x + 7, y + 7, 5.5));
                        g2.dispose();
                    }

                    @Override
                    public int getIconWidth() {
                        return 14;
                    }

                    @Override
                    public int getIconHeight() {
                        return 14;
                    }
                },
                JLabel.LEADING);
        return l;
    }

    private void find() {
        if (model == null) {
            return;
        }
        String text = search.getText().strip().toLowerCase(Locale.ROOT);
        List<Integer> matches = new ArrayList<>();
        if (!text.isEmpty()) {
            for (int i = 0; i < model.size(); i++) {
                if (model.labels[i].toLowerCase(Locale.ROOT).contains(text)) {
                    matches.add(i);
                }
            }
        }
        canvas.find(matches);
        status.setText(text.isEmpty() ? " " : matches.size() + (matches.size() == 1 ? " match" : " matches"));
    }

    private void follow(SelectionEvent event) {
        if (model == null) {
            return;
        }
        Set<Integer> nodes = new HashSet<>();
        for (String id : event.nodeIds()) {
            int i = model.indexOf(id);
            if (i >= 0) {
                nodes.add(i);
            }
        }
        canvas.select(nodes);
        // for window tests, which cannot see this plugin's classes: the selected ids, in JDK types
        canvas.putClientProperty(
                "network.selected",
                nodes.stream().map(i -> model.ids[i]).sorted().toList());
        if (event.source() != canvas && nodes.size() == 1) {
            canvas.centreOn(nodes.iterator().next());
        }
    }

    private void offerExports() {
        NetworkModel m = model;
        context.offerExports(List.of(
                ViewExports.png(canvas), ViewExports.svg(canvas), ViewExports.of("GraphML network", "graphml", out -> {
                    double[][] p = canvas.positions();
                    GraphMLWriter.write(
                            m,
                            p[0],
                            p[1],
                            scores.clone(),
                            sizeBy.getSelectedItem().toString(),
                            colours.clone(),
                            out);
                })));
    }

    // for tests
    NetworkModel model() {
        return model;
    }

    NetworkCanvas canvas() {
        return canvas;
    }
}
