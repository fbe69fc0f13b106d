package org.partnergraph.views.network;

import java.awt.BorderLayout;
import java.awt.Color;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.partnergraph.analytics.network.NetworkPosition;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.SelectionEvent;
import org.partnergraph.plugin.support.ViewExports;
import org.partnergraph.plugin.swing.WorkbenchContext;

/**
 * The network view: the controls ({@link NetworkControls}) and the canvas, which paints the legend.
 * The model, the scores and the communities are computed in the background, and the layout (force
 * or stress) runs in the background too, moving the drawing as it goes, until it settles or the
 * user stops it. Unconnected bodies are kept out of the layout; the "Unconnected" button shows them
 * in a strip below it.
 */
final class NetworkPanel extends JPanel {

    private final WorkbenchContext context;
    private final NetworkCanvas canvas = new NetworkCanvas();
    private final NetworkControls controls;
    private final Map<String, double[]> remembered = new HashMap<>();
    private NetworkModel model;
    private NetworkPosition position;
    private int[] community = new int[0];
    private double[] scores = new double[0];
    private Color[] colours = new Color[0];
    private volatile boolean stopRequested;
    /** While the filter list is refilled: its events are not choices. */
    private boolean filling;
    /** The layout running; moves from an earlier one (or after it is done) are dropped. */
    NetworkPanel(WorkbenchContext context) {
        super(new BorderLayout());
        this.context = context;
        this.controls = new NetworkControls(context.settings());
        setName("network.panel");
        add(controls.bar(), BorderLayout.NORTH);
        add(canvas, BorderLayout.CENTER);
        listen();
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

    private void listen() {
        NetworkControls c = controls;
        c.sizeBy.addActionListener(
                e -> remembered("size", ((Enum<?>) c.sizeBy.getSelectedItem()).name(), this::restyle));
        c.colourBy.addActionListener(
                e -> remembered("colour", ((Enum<?>) c.colourBy.getSelectedItem()).name(), this::restyle));
        c.layout.addActionListener(
                e -> remembered("layout", ((Enum<?>) c.layout.getSelectedItem()).name(), () -> startLayout(true)));
        c.themes.addActionListener(e -> remembered("themes", "" + c.themes.isSelected(), this::rebuild));
        c.indicators.addActionListener(e -> remembered("indicators", "" + c.indicators.isSelected(), this::rebuild));
        c.initiatives.addActionListener(e -> remembered("initiatives", "" + c.initiatives.isSelected(), this::rebuild));
        c.legend.addActionListener(e -> remembered("legend", "" + c.legend.isSelected(), () -> filter(false)));
        c.unconnected.addActionListener(
                e -> remembered("unconnected", "" + c.unconnected.isSelected(), () -> filter(true)));
        c.show.addActionListener(e -> {
            if (!filling) {
                filter(true);
            }
        });
        c.minScore.addChangeListener(e -> filter(false));
        c.neighbourhood.addActionListener(e -> canvas.setNeighbourhood(c.neighbourhood.isSelected()));
        c.run.addActionListener(e -> startLayout(false));
        c.stop.addActionListener(e -> stopLayout());
        c.fit.addActionListener(e -> canvas.fit());
        org.partnergraph.plugin.swing.TextChanges.onChange(c.search, this::find);
    }

    private void remembered(String key, String value, Runnable then) {
        context.settings().put(key, value);
        then.run();
    }

    @SuppressWarnings("ArrayRecordComponent") // one computation's result, handed to the event thread; never compared
    private record Built(NetworkModel model, NetworkPosition position, int[] community, List<NetworkFilter> filters) {}

    /** Rebuilds the model and scores in the background, keeping positions of nodes already placed. */
    @SuppressWarnings("ReferenceEquality") // graphs are immutable and replaced whole: the same object is the same graph
    private void rebuild() {
        PartnershipGraph graph = context.graph().current();
        boolean t = controls.themes.isSelected();
        boolean i = controls.indicators.isSelected();
        boolean d = controls.initiatives.isSelected();
        stopLayout();
        controls.status.setText("Computing network scores\u2026");
        context.tasks()
                .submit(
                        "Network",
                        monitor -> {
                            NetworkModel m = NetworkModel.of(graph, t, i, d);
                            return new Built(
                                    m,
                                    NetworkPosition.of(graph),
                                    Communities.of(graph, m),
                                    NetworkFilter.options(graph, m));
                        },
                        built -> {
                            if (graph == context.graph().current()) {
                                display(built);
                            }
                        });
    }

    private void display(Built built) {
        remember();
        model = built.model();
        position = built.position();
        community = built.community();
        Object chosen = controls.show.getSelectedItem();
        filling = true;
        controls.show.removeAllItems();
        built.filters().forEach(controls.show::addItem);
        controls.show.setSelectedItem(built.filters().contains(chosen) ? chosen : NetworkFilter.EVERYTHING);
        filling = false;
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
        double[][] s = new ForceLayout(model, x, y, pins, 42).snapshot();
        computeStyle();
        canvas.show(model, s[0], s[1], pins, NetworkStyle.radii(model, scores), colours, !known);
        filter(false);
        follow(new SelectionEvent(context, context.selection().items()));
        offerExports();
        startLayout(!known);
    }

    private void remember() {
        if (model == null) {
            return;
        }
        double[][] p = canvas.positions();
        boolean[] pins = canvas.pins();
        for (int k = 0; k < model.size() && k < p[0].length; k++) {
            if (!model.isolated(k)) {
                remembered.put(model.ids[k], new double[] {p[0][k], p[1][k], pins[k] ? 1 : 0});
            }
        }
    }

    private void startLayout(boolean fitWhenDone) {
        if (model == null) {
            return;
        }
        stopLayout();
        NetworkModel m = model;
        double[][] p = canvas.positions();
        Layout.Kind kind = (Layout.Kind) controls.layout.getSelectedItem();
        Layout layout = Layout.of(kind, m, p[0], p[1], canvas.pins().clone(), 42);
        stopRequested = false;
        controls.stop.setEnabled(true);
        controls.run.setEnabled(false);
        long t0 = System.nanoTime();
        context.tasks()
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
                        done -> laidOut(m, done, fitWhenDone, t0));
    }

    private void laidOut(NetworkModel m, Layout done, boolean fitWhenDone, long t0) {
        if (model != m) {
            return;
        }
        double[][] s = done.snapshot();
        canvas.move(s[0], s[1]);
        filter(fitWhenDone);
        controls.stop.setEnabled(false);
        controls.run.setEnabled(true);
        int isolated = UnconnectedStrip.count(m);
        controls.status.setText((m.size() - isolated) + " nodes, " + m.edges() + " edges; "
                + done.getClass().getSimpleName().replace("Layout", "").toLowerCase(Locale.ROOT) + " layout, "
                + done.iteration() + " iterations, " + (System.nanoTime() - t0) / 1_000_000 + " ms"
                + (stopRequested ? " (stopped)" : ""));
        remember();
    }

    private void stopLayout() {
        stopRequested = true;
        controls.stop.setEnabled(false);
        controls.run.setEnabled(model != null);
    }

    /** Applies the filter and the unconnected strip: which nodes are drawn, the legend, the note. */
    private void filter(boolean fit) {
        if (model == null) {
            return;
        }
        NetworkFilter chosen = (NetworkFilter) controls.show.getSelectedItem();
        NetworkFilter f = chosen == null ? NetworkFilter.EVERYTHING : chosen;
        BitSet hidden = f.hidden(model, scores, controls.minShare());
        boolean strip = controls.unconnected.isSelected();
        int[] isolated = UnconnectedStrip.nodes(model, hidden);
        controls.unconnected.setText((strip ? "Hide " : "") + isolated.length + " unconnected");
        if (strip) {
            double[][] at = UnconnectedStrip.place(model, canvas.positions(), hidden, isolated);
            canvas.place(isolated, at[0], at[1]);
        } else {
            for (int i : isolated) {
                hidden.set(i);
            }
        }
        canvas.hide(hidden);
        boolean[] shown = new boolean[model.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = !hidden.get(i);
        }
        List<NetworkLegend.Entry> legend = NetworkStyle.legend(
                model, (NetworkStyle.ColourBy) controls.colourBy.getSelectedItem(), community, shown);
        legend.add(NetworkLegend.Entry.heading("Size: " + controls.sizeBy.getSelectedItem()));
        canvas.legend(controls.legend.isSelected() ? legend : List.of(), note(f, strip, isolated.length));
        if (fit) {
            canvas.fit();
        }
    }

    private String note(NetworkFilter f, boolean strip, int isolated) {
        List<String> parts = new ArrayList<>();
        if (!f.equals(NetworkFilter.EVERYTHING)) {
            parts.add("Showing " + f.label() + " and its neighbours");
        }
        if (controls.minShare() > 0) {
            parts.add("score \u2265 " + Math.round(controls.minShare() * 100) + "% of the largest");
        }
        if (!strip && isolated > 0) {
            parts.add(isolated + " bodies with no connection not drawn");
        }
        return String.join("; ", parts);
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
        scores = NetworkStyle.scores(model, position, (NetworkStyle.SizeBy) controls.sizeBy.getSelectedItem());
        colours = NetworkStyle.colours(model, (NetworkStyle.ColourBy) controls.colourBy.getSelectedItem(), community);
    }

    private void restyle() {
        if (model == null) {
            return;
        }
        computeStyle();
        canvas.style(NetworkStyle.radii(model, scores), colours);
        filter(false);
        offerExports();
    }

    private void find() {
        if (model == null) {
            return;
        }
        String text = controls.search.getText().strip().toLowerCase(Locale.ROOT);
        List<Integer> matches = new ArrayList<>();
        if (!text.isEmpty()) {
            for (int i = 0; i < model.size(); i++) {
                if (model.labels[i].toLowerCase(Locale.ROOT).contains(text)) {
                    matches.add(i);
                }
            }
        }
        canvas.find(matches);
        controls.status.setText(text.isEmpty() ? " " : matches.size() + (matches.size() == 1 ? " match" : " matches"));
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
                            controls.sizeBy.getSelectedItem().toString(),
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

    NetworkControls controls() {
        return controls;
    }

    double[] scores() {
        return scores.clone();
    }

    int[] communities() {
        return community.clone();
    }
}
