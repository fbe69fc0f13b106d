package org.partnergraph.views.network;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.UIManager;

/**
 * Draws the network and handles the mouse and keys: wheel or +/- to zoom (at the pointer), drag the
 * background to pan, F to fit, drag a node to move and pin it, click a node to select it, Escape to
 * clear. Edges are drawn as one path; labels at a constant screen size for the large, selected,
 * found and hovered nodes, and for all once zoomed in far enough that they do not crowd.
 */
final class NetworkCanvas extends JComponent {

    private NetworkModel model;
    private double[] x = new double[0];
    private double[] y = new double[0];
    private double[] radius = new double[0];
    private Color[] colour = new Color[0];
    private boolean[] pinned = new boolean[0];
    private double scale = 1;
    private double tx;
    private double ty;
    private final BitSet selected = new BitSet();
    private final BitSet found = new BitSet();
    private boolean neighbourhood;
    private int hover = -1;
    private int dragging = -1;
    private java.awt.Point panFrom;
    private boolean fitPending = true;
    private IntConsumer onSelect = i -> {};
    private Runnable onPinned = () -> {};
    private int bigLabels = 25;
    /** At most this many labels a frame, besides the selected, found and hovered ones. */
    private static final int MAX_LABELS = 150;
    /** Width 1: non-anti-aliased, Java2D draws it on its fast line path. */
    private static final BasicStroke THIN = new BasicStroke(1f);

    private Integer[] bySize = new Integer[0];
    private long lastPaintNanos;
    /** Edges are drawn into this image and reused while nothing they depend on changes (hover repaints). */
    private java.awt.image.BufferedImage edgeImage;

    private String edgeKey = "";
    private long version;

    NetworkCanvas() {
        setName("network.canvas");
        setFocusable(true);
        setOpaque(true);
        setToolTipText("");
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
                int at = nodeAt(e.getX(), e.getY());
                if (at >= 0) {
                    dragging = at;
                } else {
                    panFrom = e.getPoint();
                }
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                if (dragging >= 0) {
                    x[dragging] = (e.getX() - tx) / scale;
                    y[dragging] = (e.getY() - ty) / scale;
                    pinned[dragging] = true;
                    version++;
                    repaint();
                } else if (panFrom != null) {
                    tx += e.getX() - panFrom.x;
                    ty += e.getY() - panFrom.y;
                    panFrom = e.getPoint();
                    repaint();
                }
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                if (dragging >= 0 && pinned[dragging]) {
                    onPinned.run();
                }
                dragging = -1;
                panFrom = null;
            }

            @Override
            public void mouseClicked(MouseEvent e) {
                onSelect.accept(nodeAt(e.getX(), e.getY()));
            }

            @Override
            public void mouseMoved(MouseEvent e) {
                int at = nodeAt(e.getX(), e.getY());
                if (at != hover) {
                    hover = at;
                    repaint();
                }
            }

            @Override
            public void mouseWheelMoved(MouseWheelEvent e) {
                zoom(Math.pow(1.15, -e.getPreciseWheelRotation()), e.getX(), e.getY());
            }
        };
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
            if (!pinned[i] && i != dragging) {
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
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double w = Math.max(1, maxX - minX);
        double h = Math.max(1, maxY - minY);
        scale = Math.min((getWidth() - 60) / w, (getHeight() - 60) / h);
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
        Color background = UIManager.getColor("Panel.background");
        Color text = UIManager.getColor("Label.foreground");
        background = background == null ? Color.WHITE : background;
        text = text == null ? Color.BLACK : text;
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        if (model == null) {
            g.setColor(text);
            g.drawString("Laying out the network\u2026", 20, 30);
            return;
        }
        int n = model.size();
        boolean large = n > 800;
        g.setRenderingHint(
                RenderingHints.KEY_ANTIALIASING,
                large ? RenderingHints.VALUE_ANTIALIAS_OFF : RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        BitSet focus = focus();
        boolean dim = neighbourhood && !focus.isEmpty();
        Rectangle2D view = new Rectangle2D.Double(-20, -20, width + 40, height + 40);

        String key = width + "x" + height + "@" + scale + "," + tx + "," + ty + "#" + version + (dim ? "d" : "")
                + selected.hashCode() + background.getRGB();
        if (key.equals(edgeKey) && edgeImage != null) {
            g.drawImage(edgeImage, 0, 0, null);
        } else {
            edgeImage =
                    g.getDeviceConfiguration().createCompatibleImage(width, height, java.awt.Transparency.TRANSLUCENT);
            Graphics2D eg = edgeImage.createGraphics();
            eg.setRenderingHints(g.getRenderingHints());
            paintEdges(eg, width, height, background, text, dim, large, view);
            eg.dispose();
            edgeKey = key;
            g.drawImage(edgeImage, 0, 0, null);
        }
        paintNodes(g, focus, dim, large, view, background, text);
        paintLabels(g, focus, dim, text, background, width, height);
    }

    private void paintEdges(
            Graphics2D g,
            int width,
            int height,
            Color background,
            Color text,
            boolean dim,
            boolean large,
            Rectangle2D view) {
        Path2D.Float edges = new Path2D.Float();
        Path2D.Float strong = new Path2D.Float();
        for (int e = 0; e < model.edgeFrom.length; e++) {
            int a = model.edgeFrom[e];
            int b = model.edgeTo[e];
            float ax = (float) (x[a] * scale + tx);
            float ay = (float) (y[a] * scale + ty);
            float bx = (float) (x[b] * scale + tx);
            float by = (float) (y[b] * scale + ty);
            if (!view.intersectsLine(ax, ay, bx, by)) {
                continue;
            }
            boolean touches = selected.get(a) || selected.get(b);
            Path2D.Float path = touches ? strong : edges;
            path.moveTo(ax, ay);
            path.lineTo(bx, by);
        }
        Color edge = blend(background, text, dim ? 0.07 : large ? 0.14 : 0.25);
        g.setColor(edge);
        g.setStroke(THIN);
        g.draw(edges);
        g.setColor(new Color(0xE8, 0x7A, 0x1A));
        g.setStroke(new BasicStroke(1.8f));
        g.draw(strong);
    }

    private void paintNodes(
            Graphics2D g, BitSet focus, boolean dim, boolean large, Rectangle2D view, Color background, Color text) {
        int n = model.size();
        for (int i = 0; i < n; i++) {
            double sx = x[i] * scale + tx;
            double sy = y[i] * scale + ty;
            double r = radius[i];
            if (!view.contains(sx, sy)) {
                continue;
            }
            Color c = colour[i];
            if (dim && !focus.get(i)) {
                c = blend(background, c, 0.18);
            }
            g.setColor(c);
            Shape shape = shape(model.kinds[i], sx, sy, r);
            g.fill(shape);
            if (selected.get(i) || found.get(i) || i == hover) {
                g.setColor(
                        selected.get(i)
                                ? new Color(0xE8, 0x7A, 0x1A)
                                : found.get(i) ? new Color(0xC0, 0x20, 0xC0) : text);
                g.setStroke(new BasicStroke(2.5f));
                g.draw(shape(model.kinds[i], sx, sy, r + 3));
            } else if (!large) {
                g.setColor(blend(c, Color.BLACK, 0.35));
                g.setStroke(new BasicStroke(0.8f));
                g.draw(shape);
            }
            if (pinned[i]) {
                g.setColor(text);
                g.fillOval((int) (sx + r * 0.6), (int) (sy - r - 2), 4, 4);
            }
        }
    }

    private void paintLabels(
            Graphics2D g, BitSet focus, boolean dim, Color text, Color background, int width, int height) {
        Font font = (getFont() == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 11) : getFont()).deriveFont(11f);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int n = model.size();
        List<Integer> wanted = new ArrayList<>();
        boolean all = scale * 40 > 90 || n <= 40;
        for (int i = 0; i < n; i++) {
            if (selected.get(i) || found.get(i) || i == hover) {
                wanted.add(i);
            }
        }
        if (dim) {
            for (int i = focus.nextSetBit(0); i >= 0; i = focus.nextSetBit(i + 1)) {
                wanted.add(i);
            }
        }
        for (int k = 0; k < n && (all || k < bigLabels); k++) {
            wanted.add(bySize[k]);
        }
        // which 8-pixel cells labels cover: a constant-time overlap test per label
        int cols = width / 8 + 2;
        int rows = height / 8 + 2;
        BitSet taken = new BitSet(cols * rows);
        BitSet done = new BitSet();
        int drawn = 0;
        for (int i : wanted) {
            if (done.get(i)) {
                continue;
            }
            done.set(i);
            double sx = x[i] * scale + tx;
            double sy = y[i] * scale + ty;
            if (sx < -50 || sy < -20 || sx > width + 50 || sy > height + 20) {
                continue;
            }
            String label =
                    model.labels[i].length() > 40 ? model.labels[i].substring(0, 39) + "\u2026" : model.labels[i];
            int w = fm.stringWidth(label);
            Rectangle box = new Rectangle(
                    (int) (sx + radius[i] + 3), (int) (sy - fm.getAscent() / 2.0 - 1), w + 4, fm.getHeight());
            boolean important = selected.get(i) || found.get(i) || i == hover;
            int c0 = Math.max(0, box.x / 8);
            int c1 = Math.min(cols - 1, (box.x + box.width) / 8);
            int r0 = Math.max(0, box.y / 8);
            int r1 = Math.min(rows - 1, (box.y + box.height) / 8);
            if (c1 < c0 || r1 < r0) {
                continue;
            }
            if (!important && (drawn >= MAX_LABELS || covered(taken, cols, c0, c1, r0, r1))) {
                continue;
            }
            for (int r = r0; r <= r1; r++) {
                taken.set(r * cols + c0, r * cols + c1 + 1);
            }
            drawn++;
            g.setColor(new Color(background.getRed(), background.getGreen(), background.getBlue(), 200));
            g.fillRect(box.x, box.y, box.width, box.height);
            g.setColor(dim && !focus.get(i) ? blend(background, text, 0.3) : text);
            g.drawString(label, box.x + 2, box.y + fm.getAscent());
        }
    }

    private static boolean covered(BitSet taken, int cols, int c0, int c1, int r0, int r1) {
        for (int r = r0; r <= r1; r++) {
            int next = taken.nextSetBit(r * cols + c0);
            if (next >= 0 && next <= r * cols + c1) {
                return true;
            }
        }
        return false;
    }

    /** Nodes largest first, for the labels: sorted when sizes change, not every frame. */
    private void sortBySize() {
        Integer[] order = new Integer[radius.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(radius[b], radius[a]));
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

    static Shape shape(NetworkModel.Kind kind, double cx, double cy, double r) {
        return switch (kind) {
            case PARTNER -> new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            case GROUP -> new RoundRectangle2D.Double(cx - r, cy - r, 2 * r, 2 * r, r * 0.6, r * 0.6);
            case THEME -> diamond(cx, cy, r * 1.2);
            case INDICATOR -> triangle(cx, cy, r * 1.15);
            case INITIATIVE -> hexagon(cx, cy, r * 1.1);
        };
    }

    private static Shape diamond(double cx, double cy, double r) {
        Path2D p = new Path2D.Double();
        p.moveTo(cx, cy - r);
        p.lineTo(cx + r, cy);
        p.lineTo(cx, cy + r);
        p.lineTo(cx - r, cy);
        p.closePath();
        return p;
    }

    private static Shape hexagon(double cx, double cy, double r) {
        Path2D p = new Path2D.Double();
        for (int k = 0; k < 6; k++) {
            double a = Math.PI / 3 * k;
            if (k == 0) {
                p.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            } else {
                p.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }

    private static Shape triangle(double cx, double cy, double r) {
        Path2D p = new Path2D.Double();
        p.moveTo(cx, cy - r);
        p.lineTo(cx + r, cy + r * 0.8);
        p.lineTo(cx - r, cy + r * 0.8);
        p.closePath();
        return p;
    }

    static Color blend(Color a, Color b, double t) {
        return new Color(
                (int) (a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) (a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) (a.getBlue() + (b.getBlue() - a.getBlue()) * t));
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
