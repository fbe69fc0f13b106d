package org.partnergraph.views.network;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

/**
 * Draws the network and handles the mouse and keys: wheel or +/- to zoom (at the pointer), drag the
 * background to pan, F to fit, drag a node to move and pin it, click a node to select it, Escape to
 * clear. Edges are drawn as three paths, thicker for a stronger role (chair, lead); labels are
 * placed by {@link LabelPainter}; the legend is painted in the corner ({@link NetworkLegend}), so
 * exports carry it. Hidden nodes (unconnected, filtered out) are neither drawn nor hit.
 */
final class NetworkCanvas extends JComponent {

    NetworkModel model;
    double[] x = new double[0];
    double[] y = new double[0];
    double[] radius = new double[0];
    Color[] colour = new Color[0];
    boolean[] pinned = new boolean[0];
    double scale = 1;
    double tx;
    double ty;
    final BitSet selected = new BitSet();
    final BitSet found = new BitSet();
    /** Nodes not drawn: the unconnected ones while the strip is closed, and those the filter leaves out. */
    final BitSet hidden = new BitSet();

    private boolean neighbourhood;
    int hover = -1;
    int dragging = -1;
    java.awt.Point panFrom;
    private boolean fitPending = true;
    IntConsumer onSelect = i -> {};
    Runnable onPinned = () -> {};
    private List<NetworkLegend.Entry> legend = List.of();
    private String note = "";
    /** Where the legend was last painted (tests sample it). */
    java.awt.Rectangle legendBox = new java.awt.Rectangle();

    Integer[] bySize = new Integer[0];
    private long lastPaintNanos;
    /** Edges are drawn into this image and reused while nothing they depend on changes (hover repaints). */
    private java.awt.image.BufferedImage edgeImage;

    private String edgeKey = "";
    long version;

    NetworkCanvas() {
        setName("network.canvas");
        setFocusable(true);
        setOpaque(true);
        setToolTipText("");
        CanvasMouse mouse = new CanvasMouse(this);
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
        addMouseWheelListener(mouse);
        key("F", "fit", this::fit);
        key("PLUS", "zoom-in", () -> zoom(1.25, getWidth() / 2.0, getHeight() / 2.0));
        key("EQUALS", "zoom-in-2", () -> zoom(1.25, getWidth() / 2.0, getHeight() / 2.0));
        key("ADD", "zoom-in-3", () -> zoom(1.25, getWidth() / 2.0, getHeight() / 2.0));
        key("MINUS", "zoom-out", () -> zoom(0.8, getWidth() / 2.0, getHeight() / 2.0));
        key("SUBTRACT", "zoom-out-2", () -> zoom(0.8, getWidth() / 2.0, getHeight() / 2.0));
        key("ESCAPE", "clear", () -> onSelect.accept(-1));
    }

    private void key(String stroke, String name, Runnable action) {
        getInputMap(WHEN_FOCUSED).put(KeyStroke.getKeyStroke(stroke), name);
        getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
    }

    void onSelect(IntConsumer listener) {
        onSelect = listener;
    }

    void onPinned(Runnable listener) {
        onPinned = listener;
    }

    /** A new network, positions, node sizes (screen pixels) and colours; fits it on the next paint when asked. */
    void show(NetworkModel m, double[] xs, double[] ys, boolean[] pins, double[] radii, Color[] colours, boolean fit) {
        model = m;
        x = xs;
        y = ys;
        pinned = pins;
        radius = radii;
        colour = colours;
        sortBySize();
        version++;
        fitPending |= fit;
        repaint();
    }

    /** New positions of the same nodes (a layout step). */
    void move(double[] xs, double[] ys) {
        for (int i = 0; i < x.length && i < xs.length; i++) {
            // unconnected nodes are not laid out: the strip places them
            if (!pinned[i] && i != dragging && !model.isolated(i)) {
                x[i] = xs[i];
                y[i] = ys[i];
            }
        }
        version++;
        repaint();
    }

    void style(double[] radii, Color[] colours) {
        radius = radii;
        colour = colours;
        sortBySize();
        repaint();
    }

    /** The legend entries, and a note drawn at the bottom left (what is left out), both in exports. */
    void legend(List<NetworkLegend.Entry> entries, String note) {
        legend = List.copyOf(entries);
        this.note = note;
        repaint();
    }

    List<NetworkLegend.Entry> legendEntries() {
        return legend;
    }

    /** Which nodes are not drawn. */
    void hide(BitSet nodes) {
        hidden.clear();
        hidden.or(nodes);
        version++;
        repaint();
    }

    /** Places nodes (the unconnected strip), pinned where they are put. */
    void place(int[] nodes, double[] xs, double[] ys) {
        for (int k = 0; k < nodes.length; k++) {
            x[nodes[k]] = xs[k];
            y[nodes[k]] = ys[k];
        }
        version++;
        repaint();
    }

    void select(Set<Integer> nodes) {
        version++;
        selected.clear();
        nodes.forEach(selected::set);
        repaint();
    }

    void find(List<Integer> nodes) {
        found.clear();
        nodes.forEach(found::set);
        if (!nodes.isEmpty()) {
            centreOn(nodes.get(0));
        }
        repaint();
    }

    void setNeighbourhood(boolean on) {
        neighbourhood = on;
        repaint();
    }

    void centreOn(int node) {
        if (node < 0 || node >= x.length) {
            return;
        }
        tx = getWidth() / 2.0 - x[node] * scale;
        ty = getHeight() / 2.0 - y[node] * scale;
        repaint();
    }

    void fit() {
        if (model == null || x.length == 0 || getWidth() <= 0) {
            fitPending = true;
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < x.length; i++) {
            if (hidden.get(i)) {
                continue;
            }
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        if (minX > maxX) {
            return;
        }
        double w = Math.max(1, maxX - minX);
        double h = Math.max(1, maxY - minY);
        // the legend takes the top right: fit beside it when the network is tall
        scale = Math.min((getWidth() - 80 - legendWidth()) / w, (getHeight() - 60) / h);
        tx = getWidth() / 2.0 - (minX + maxX) / 2 * scale;
        ty = getHeight() / 2.0 - (minY + maxY) / 2 * scale;
        fitPending = false;
        repaint();
    }

    void zoom(double factor, double atX, double atY) {
        double next = Math.max(1e-3, Math.min(100, scale * factor));
        double f = next / scale;
        tx = atX - (atX - tx) * f;
        ty = atY - (atY - ty) * f;
        scale = next;
        repaint();
    }

    /** The node under a screen point (its drawn shape plus 3 pixels), the top-most; or -1. */
    int nodeAt(int px, int py) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < x.length; i++) {
            if (hidden.get(i)) {
                continue;
            }
            double sx = x[i] * scale + tx;
            double sy = y[i] * scale + ty;
            double r = radius[i] + 3;
            double d = (sx - px) * (sx - px) + (sy - py) * (sy - py);
            if (d <= r * r && d < bestD) {
                best = i;
                bestD = d;
            }
        }
        return best;
    }

    /** Where node {@code i} is on screen (tests click there). */
    java.awt.Point screenOf(int i) {
        return new java.awt.Point((int) Math.round(x[i] * scale + tx), (int) Math.round(y[i] * scale + ty));
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        int at = nodeAt(e.getX(), e.getY());
        if (at < 0 || model == null) {
            return null;
        }
        return "<html><b>" + model.labels[at] + "</b><br>"
                + model.kinds[at].name().toLowerCase(java.util.Locale.ROOT)
                + (model.types[at].isEmpty() ? "" : ", " + model.types[at]) + "<br>" + model.neighbours[at].length
                + " connections" + (pinned[at] ? "<br>pinned (P unpins the selection)" : "") + "</html>";
    }

    /** Milliseconds the last paint took (the status line and the benchmark). */
    double lastPaintMillis() {
        return lastPaintNanos / 1e6;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        long t0 = System.nanoTime();
        if (fitPending && getWidth() > 0) {
            fit();
        }
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            paintNetwork(g, getWidth(), getHeight());
        } finally {
            g.dispose();
        }
        lastPaintNanos = System.nanoTime() - t0;
    }

    void paintNetwork(Graphics2D g, int width, int height) {
        NetworkTheme theme = NetworkTheme.current();
        g.setColor(theme.background());
        g.fillRect(0, 0, width, height);
        if (model == null) {
            g.setColor(theme.text());
            g.drawString("Laying out the network\u2026", 20, 30);
            return;
        }
        boolean large = model.size() > 800;
        g.setRenderingHint(
                RenderingHints.KEY_ANTIALIASING,
                large ? RenderingHints.VALUE_ANTIALIAS_OFF : RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        BitSet focus = focus();
        boolean dim = neighbourhood && !focus.isEmpty();
        Rectangle2D view = new Rectangle2D.Double(-20, -20, width + 40, height + 40);
        String key = width + "x" + height + "@" + scale + "," + tx + "," + ty + "#" + version + (dim ? "d" : "")
                + selected.hashCode() + theme.background().getRGB();
        if (!key.equals(edgeKey) || edgeImage == null) {
            edgeImage =
                    g.getDeviceConfiguration().createCompatibleImage(width, height, java.awt.Transparency.TRANSLUCENT);
            Graphics2D eg = edgeImage.createGraphics();
            eg.setRenderingHints(g.getRenderingHints());
            GraphPainter.edges(eg, this, theme, dim, view);
            eg.dispose();
            edgeKey = key;
        }
        g.drawImage(edgeImage, 0, 0, null);
        GraphPainter.nodes(g, this, focus, dim, large, view, theme);
        Font base = getFont() == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 12) : getFont();
        java.awt.Rectangle box = NetworkLegend.paint(g, legend, theme, base, width, height);
        legendBox = box;
        if (!note.isEmpty()) {
            g.setFont(base.deriveFont(Font.PLAIN, 12f));
            g.setColor(theme.text());
            g.drawString(note, 10, height - 10);
        }
        LabelPainter.paint(g, this, focus, dim, theme, box);
    }

    private int legendWidth() {
        return legend.isEmpty() ? 0 : 230;
    }

    /** Nodes largest first, then by degree, for the labels: sorted when sizes change, not every frame. */
    private void sortBySize() {
        Integer[] order = new Integer[radius.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(
                order,
                (a, b) -> radius[a] != radius[b]
                        ? Double.compare(radius[b], radius[a])
                        : Integer.compare(model.neighbours[b].length, model.neighbours[a].length));
        bySize = order;
    }

    /** The selection and its neighbours. */
    private BitSet focus() {
        BitSet f = new BitSet();
        for (int i = selected.nextSetBit(0); i >= 0; i = selected.nextSetBit(i + 1)) {
            f.set(i);
            for (int j : model.neighbours[i]) {
                f.set(j);
            }
        }
        return f;
    }

    boolean isPinned(int i) {
        return pinned[i];
    }

    void unpin(Set<Integer> nodes) {
        nodes.forEach(i -> pinned[i] = false);
        repaint();
    }

    double[][] positions() {
        return new double[][] {x.clone(), y.clone()};
    }

    boolean[] pins() {
        return pinned;
    }

    static KeyStroke unpinKey() {
        return KeyStroke.getKeyStroke(KeyEvent.VK_P, 0);
    }
}
