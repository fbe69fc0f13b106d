package org.partnergraph.views.overlaps;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.InputEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.AffineTransform;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.partnergraph.plugin.support.ThemeColours;

/**
 * The matrix as coloured cells: group names down the left and (turned) along the top, cut to the
 * label room with the full name in a tooltip, a sequential colour scale from no overlap to the
 * largest (light to dark on a light theme, dark to light on a dark one), the chosen pair outlined,
 * the groups of a selected partner or group marked on both axes, and a legend of the scale. Zooms
 * with Ctrl+wheel and {@link #zoom(int)}; scrolls in its scroll pane.
 */
final class HeatMap extends JComponent {

    static final Color LOW = new Color(0xF4, 0xF7, 0xFB);
    static final Color HIGH = new Color(0x08, 0x30, 0x6B);
    static final Color DARK_LOW = new Color(0x2A, 0x33, 0x3D);
    static final Color DARK_HIGH = new Color(0x9E, 0xCA, 0xFF);
    static final Color MARK = new Color(0xE8, 0x7A, 0x1A);
    static final int LABEL_WIDTH = 200;
    static final int LEGEND_HEIGHT = 46;
    static final int MIN_CELL = 4;
    static final int MAX_CELL = 48;
    static final int DEFAULT_CELL = 16;

    private OverlapMatrix matrix;
    private int cell = DEFAULT_CELL;
    private int chosenA = -1;
    private int chosenB = -1;
    private Set<Integer> marked = Set.of();
    private BiConsumer<Integer, Integer> onCell = (a, b) -> {};
    private IntConsumer onGroup = g -> {};
    private Runnable onZoom = () -> {};

    HeatMap() {
        setName("overlaps.heatmap");
        setOpaque(true);
        setToolTipText("");
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
                pressed(e.getX(), e.getY());
            }

            @Override
            public void mouseWheelMoved(MouseWheelEvent e) {
                wheel(e);
            }
        };
        addMouseListener(mouse);
        addMouseWheelListener(mouse);
    }

    private void pressed(int x, int y) {
        int[] at = cellAt(x, y);
        if (at != null) {
            onCell.accept(at[0], at[1]);
        } else {
            int g = rowLabelAt(x, y);
            if (g >= 0) {
                onGroup.accept(g);
            }
        }
    }

    /** Ctrl+wheel zooms about the pointer; a plain wheel scrolls, as the scroll pane would. */
    private void wheel(MouseWheelEvent e) {
        if ((e.getModifiersEx() & InputEvent.CTRL_DOWN_MASK) != 0) {
            zoom(e.getWheelRotation() < 0 ? 1 : -1);
            return;
        }
        JScrollPane scroll = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, this);
        if (scroll != null) {
            scroll.dispatchEvent(SwingUtilities.convertMouseEvent(this, e, scroll));
        }
    }

    void setMatrix(OverlapMatrix m) {
        matrix = m;
        chosenA = -1;
        chosenB = -1;
        revalidate();
        repaint();
    }

    /** One step larger ({@code +1}) or smaller ({@code -1}) cells, by about a fifth, within 4 to 48 pixels. */
    void zoom(int steps) {
        int next = steps > 0 ? Math.max(cell + 1, cell * 6 / 5) : Math.min(cell - 1, cell * 5 / 6);
        setCell(next);
    }

    /** Cells as large as fits the visible area (at least {@link #MIN_CELL}): the whole matrix at once. */
    void fit() {
        int n = matrix == null ? 0 : matrix.size();
        if (n == 0 || !(getParent() instanceof JViewport v) || v.getWidth() <= 0) {
            return;
        }
        int room = Math.min(v.getWidth() - left() - 20, v.getHeight() - top() - LEGEND_HEIGHT - 16);
        setCell(room / n);
    }

    void setCell(int size) {
        int c = Math.max(MIN_CELL, Math.min(MAX_CELL, size));
        if (c != cell) {
            cell = c;
            revalidate();
            repaint();
            onZoom.run();
        }
    }

    int cell() {
        return cell;
    }

    void choose(int a, int b) {
        chosenA = a;
        chosenB = b;
        // bring the row into view, keeping the row names (at the left) in view
        scrollRectToVisible(new Rectangle(0, top() + a * cell - cell, 1, 3 * cell));
        repaint();
    }

    void mark(Set<Integer> groups) {
        marked = Set.copyOf(groups);
        repaint();
    }

    void onCell(BiConsumer<Integer, Integer> listener) {
        onCell = listener;
    }

    void onGroup(IntConsumer listener) {
        onGroup = listener;
    }

    void onZoom(Runnable listener) {
        onZoom = listener;
    }

    int top() {
        return LABEL_WIDTH;
    }

    int left() {
        return LABEL_WIDTH;
    }

    /** The cell under a point, as {row, column}, or null. */
    int[] cellAt(int x, int y) {
        if (matrix == null || x < left() || y < top()) {
            return null;
        }
        int c = (x - left()) / cell;
        int r = (y - top()) / cell;
        if (r >= matrix.size() || c >= matrix.size() || r == c) {
            return null;
        }
        return new int[] {r, c};
    }

    private int rowLabelAt(int x, int y) {
        if (matrix == null || x >= left() || y < top()) {
            return -1;
        }
        int r = (y - top()) / cell;
        return r < matrix.size() ? r : -1;
    }

    private int columnLabelAt(int x, int y) {
        if (matrix == null || y >= top() || x < left()) {
            return -1;
        }
        int c = (x - left()) / cell;
        return c < matrix.size() ? c : -1;
    }

    /** The centre of cell (row, column), for tests that click it. */
    Point centreOf(int row, int column) {
        return new Point(left() + column * cell + cell / 2, top() + row * cell + cell / 2);
    }

    @Override
    public Dimension getPreferredSize() {
        int n = matrix == null ? 0 : matrix.size();
        return new Dimension(left() + n * cell + 20, top() + n * cell + LEGEND_HEIGHT + 16);
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        int[] at = cellAt(e.getX(), e.getY());
        if (at != null) {
            var p = matrix.pair(at[0], at[1]);
            return "<html><b>" + matrix.groups().get(at[0]).name() + "</b> and <b>"
                    + matrix.groups().get(at[1]).name() + "</b><br>" + p.shared() + " shared of " + p.sizeA()
                    + " and " + p.sizeB() + " members<br>Jaccard " + matrix.format(p.jaccard())
                    + ", overlap coefficient " + matrix.format(p.overlapCoefficient()) + "</html>";
        }
        int g = rowLabelAt(e.getX(), e.getY());
        g = g >= 0 ? g : columnLabelAt(e.getX(), e.getY());
        return g < 0
                ? null
                : matrix.groups().get(g).name() + ": "
                        + matrix.membersOf(matrix.groups().get(g).id()).size()
                        + " members (click a row name to select)";
    }

    /** The colour of {@code t} (0..1) on the current theme's scale. */
    static Color colour(double t) {
        boolean dark = ThemeColours.isDark();
        return ThemeColours.blend(
                dark ? DARK_LOW : LOW, dark ? DARK_HIGH : HIGH, Math.sqrt(Math.max(0, Math.min(1, t))));
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(ThemeColours.background());
            g.fillRect(0, 0, getWidth(), getHeight());
            Font base = getFont() == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 12) : getFont();
            g.setFont(base.deriveFont(11.5f));
            if (matrix == null || matrix.size() == 0) {
                g.setColor(ThemeColours.text());
                g.drawString(matrix == null ? "Computing overlaps\u2026" : "No group has members.", 20, 30);
                return;
            }
            double max = matrix.max() <= 0 ? 1 : matrix.max();
            paintCells(g, max);
            paintLabels(g);
            paintMarks(g);
            HeatMapLegend.paint(g, matrix, left(), top() + matrix.size() * cell + 14, matrix.size() * cell, max);
        } finally {
            g.dispose();
        }
    }

    private void paintCells(Graphics2D g, double max) {
        int n = matrix.size();
        Rectangle clip = g.getClipBounds();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int x = left() + c * cell;
                int y = top() + r * cell;
                if (clip == null || clip.intersects(x, y, cell, cell)) {
                    g.setColor(r == c ? ThemeColours.grid() : colour(matrix.value(r, c) / max));
                    g.fillRect(x, y, cell, cell);
                }
            }
        }
        if (cell >= 8) {
            Color bg = ThemeColours.background();
            g.setColor(new Color(bg.getRed(), bg.getGreen(), bg.getBlue(), 110));
            for (int i = 0; i <= n; i++) {
                g.drawLine(left(), top() + i * cell, left() + n * cell, top() + i * cell);
                g.drawLine(left() + i * cell, top(), left() + i * cell, top() + n * cell);
            }
        }
    }

    /** Names on both axes; when cells are smaller than the text, every k-th name (and the marked ones). */
    private void paintLabels(Graphics2D g) {
        FontMetrics fm = g.getFontMetrics();
        int every = Math.max(1, (int) Math.ceil(fm.getHeight() / (double) cell));
        Color ink = ThemeColours.text();
        Color mark = ThemeColours.readable(MARK, ThemeColours.background());
        for (int i = 0; i < matrix.size(); i++) {
            boolean on = marked.contains(i) || i == chosenA || i == chosenB;
            if (!on && i % every != 0) {
                continue;
            }
            String name = fit(matrix.groups().get(i).name(), fm, LABEL_WIDTH - 14);
            g.setColor(on ? mark : ink);
            int baseline = (cell + fm.getAscent() - fm.getDescent()) / 2;
            g.drawString(name, LABEL_WIDTH - 6 - fm.stringWidth(name), top() + i * cell + baseline);
            AffineTransform saved = g.getTransform();
            int x = left() + i * cell + baseline;
            g.rotate(-Math.PI / 2, x, top() - 6);
            g.drawString(name, x, top() - 6);
            g.setTransform(saved);
        }
    }

    private void paintMarks(Graphics2D g) {
        int n = matrix.size();
        g.setColor(MARK);
        g.setStroke(new BasicStroke(2f));
        for (int i : marked) {
            g.drawRect(left(), top() + i * cell, n * cell, cell);
            g.drawRect(left() + i * cell, top(), cell, n * cell);
        }
        if (chosenA >= 0 && chosenB >= 0) {
            g.setStroke(new BasicStroke(2.5f));
            g.drawRect(left() + chosenB * cell, top() + chosenA * cell, cell, cell);
            g.drawRect(left() + chosenA * cell, top() + chosenB * cell, cell, cell);
        }
    }

    static String fit(String s, FontMetrics fm, int width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "\u2026") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "\u2026";
    }
}
