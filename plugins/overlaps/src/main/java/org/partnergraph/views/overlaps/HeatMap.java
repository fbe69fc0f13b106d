package org.partnergraph.views.overlaps;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.AffineTransform;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * The matrix as coloured cells: group names down the left and (turned) along the top, a
 * sequential colour scale from no overlap to the largest, the chosen pair outlined, the groups of
 * a selected partner or a selected group marked on both axes, and a legend of the scale.
 */
final class HeatMap extends JComponent {

    static final Color LOW = new Color(0xF4, 0xF7, 0xFB);
    static final Color HIGH = new Color(0x08, 0x30, 0x6B);
    static final int LABEL_WIDTH = 170;
    static final int LEGEND_HEIGHT = 46;

    private OverlapMatrix matrix;
    private int cell = 14;
    private int chosenA = -1;
    private int chosenB = -1;
    private Set<Integer> marked = Set.of();
    private BiConsumer<Integer, Integer> onCell = (a, b) -> {};
    private IntConsumer onGroup = g -> {};

    HeatMap() {
        setName("overlaps.heatmap");
        setOpaque(true);
        setToolTipText("");
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
                int[] at = cellAt(e.getX(), e.getY());
                if (at != null) {
                    onCell.accept(at[0], at[1]);
                } else {
                    int g = rowLabelAt(e.getX(), e.getY());
                    if (g >= 0) {
                        onGroup.accept(g);
                    }
                }
            }
        };
        addMouseListener(mouse);
    }

    void setMatrix(OverlapMatrix m) {
        matrix = m;
        chosenA = -1;
        chosenB = -1;
        fitCells();
        revalidate();
        repaint();
    }

    /** Cells as large as fits the visible area (11 to 22 pixels; scroll beyond): the whole matrix at once where it can be. */
    private void fitCells() {
        int n = matrix == null ? 0 : matrix.size();
        if (n == 0) {
            cell = 14;
            return;
        }
        int width = getParent() instanceof javax.swing.JViewport v && v.getWidth() > 0 ? v.getWidth() : 900;
        int height = getParent() instanceof javax.swing.JViewport v && v.getHeight() > 0 ? v.getHeight() : 900;
        int room = Math.min(width - left() - 20, height - top() - LEGEND_HEIGHT - 16);
        cell = Math.max(11, Math.min(22, room / n));
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (getParent() instanceof javax.swing.JViewport v) {
            v.addComponentListener(new java.awt.event.ComponentAdapter() {
                @Override
                public void componentResized(java.awt.event.ComponentEvent e) {
                    int before = cell;
                    fitCells();
                    if (before != cell) {
                        revalidate();
                        repaint();
                    }
                }
            });
        }
    }

    void choose(int a, int b) {
        chosenA = a;
        chosenB = b;
        // bring the row into view, keeping the row names (at the left) in view
        scrollRectToVisible(new java.awt.Rectangle(0, top() + a * cell - cell, 1, 3 * cell));
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

    int top() {
        return LABEL_WIDTH;
    }

    int left() {
        return LABEL_WIDTH;
    }

    /** The cell under a point, as {row, column}, or null. */
    int[] cellAt(int x, int y) {
        if (matrix == null) {
            return null;
        }
        int c = (x - left()) / cell;
        int r = (y - top()) / cell;
        if (x < left() || y < top() || r >= matrix.size() || c >= matrix.size() || r == c) {
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

    /** The centre of cell (row, column), for tests that click it. */
    java.awt.Point centreOf(int row, int column) {
        return new java.awt.Point(left() + column * cell + cell / 2, top() + row * cell + cell / 2);
    }

    @Override
    public Dimension getPreferredSize() {
        int n = matrix == null ? 0 : matrix.size();
        return new Dimension(left() + n * cell + 20, top() + n * cell + LEGEND_HEIGHT + 16);
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        int[] at = cellAt(e.getX(), e.getY());
        if (at == null) {
            int g = rowLabelAt(e.getX(), e.getY());
            return g < 0
                    ? null
                    : matrix.groups().get(g).name() + ": "
                            + matrix.membersOf(matrix.groups().get(g).id()).size() + " members (click to select)";
        }
        var p = matrix.pair(at[0], at[1]);
        return "<html><b>" + matrix.groups().get(at[0]).name() + "</b> and <b>"
                + matrix.groups().get(at[1]).name()
                + "</b><br>" + p.shared() + " shared of " + p.sizeA() + " and " + p.sizeB() + " members<br>Jaccard "
                + matrix.format(p.jaccard()) + ", overlap coefficient " + matrix.format(p.overlapCoefficient())
                + "</html>";
    }

    static Color colour(double t) {
        double u = Math.max(0, Math.min(1, t));
        u = Math.sqrt(u);
        return new Color(
                (int) (LOW.getRed() + (HIGH.getRed() - LOW.getRed()) * u),
                (int) (LOW.getGreen() + (HIGH.getGreen() - LOW.getGreen()) * u),
                (int) (LOW.getBlue() + (HIGH.getBlue() - LOW.getBlue()) * u));
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Color background = UIManager.getColor("Panel.background");
            Color text = UIManager.getColor("Label.foreground");
            g.setColor(background == null ? Color.WHITE : background);
            g.fillRect(0, 0, getWidth(), getHeight());
            if (matrix == null || matrix.size() == 0) {
                g.setColor(text == null ? Color.BLACK : text);
                g.drawString(matrix == null ? "Computing overlaps\u2026" : "No group has members.", 20, 30);
                return;
            }
            int n = matrix.size();
            double max = matrix.max() <= 0 ? 1 : matrix.max();
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    int x = left() + c * cell;
                    int y = top() + r * cell;
                    if (r == c) {
                        g.setColor(new Color(0xC8, 0xCC, 0xD2));
                    } else {
                        g.setColor(colour(matrix.value(r, c) / max));
                    }
                    g.fillRect(x, y, cell, cell);
                }
            }
            if (cell >= 8) {
                g.setColor(new Color(255, 255, 255, 90));
                for (int i = 0; i <= n; i++) {
                    g.drawLine(left(), top() + i * cell, left() + n * cell, top() + i * cell);
                    g.drawLine(left() + i * cell, top(), left() + i * cell, top() + n * cell);
                }
            }
            Font font = (getFont() == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 11) : getFont())
                    .deriveFont(Math.max(8f, Math.min(11.5f, cell - 2f)));
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            Color ink = text == null ? Color.BLACK : text;
            Color mark = new Color(0xE8, 0x7A, 0x1A);
            for (int i = 0; i < n; i++) {
                String name = fit(matrix.groups().get(i).name(), fm, LABEL_WIDTH - 14);
                boolean on = marked.contains(i) || i == chosenA || i == chosenB;
                g.setColor(on ? mark : ink);
                if (cell >= 8 || on) {
                    int y = top() + i * cell + (cell + fm.getAscent() - fm.getDescent()) / 2;
                    g.drawString(name, LABEL_WIDTH - 6 - fm.stringWidth(name), y);
                    AffineTransform saved = g.getTransform();
                    int x = left() + i * cell + (cell + fm.getAscent() - fm.getDescent()) / 2;
                    g.rotate(-Math.PI / 2, x, top() - 6);
                    g.drawString(name, x, top() - 6);
                    g.setTransform(saved);
                }
                if (marked.contains(i)) {
                    g.setColor(mark);
                    g.setStroke(new BasicStroke(2f));
                    g.drawRect(left(), top() + i * cell, n * cell, cell);
                    g.drawRect(left() + i * cell, top(), cell, n * cell);
                }
            }
            if (chosenA >= 0 && chosenB >= 0) {
                g.setColor(mark);
                g.setStroke(new BasicStroke(2.5f));
                g.drawRect(left() + chosenB * cell, top() + chosenA * cell, cell, cell);
                g.drawRect(left() + chosenA * cell, top() + chosenB * cell, cell, cell);
            }
            paintLegend(g, ink, fm, n, max);
        } finally {
            g.dispose();
        }
    }

    private void paintLegend(Graphics2D g, Color ink, FontMetrics fm, int n, double max) {
        int x = left();
        int y = top() + n * cell + 14;
        int w = Math.max(160, Math.min(320, n * cell));
        g.setPaint(new GradientPaint(x, y, colour(0), x + w, y, colour(1)));
        for (int i = 0; i < w; i++) {
            g.setColor(colour(i / (double) (w - 1)));
            g.fillRect(x + i, y, 1, 12);
        }
        g.setColor(ink);
        g.drawRect(x, y, w, 12);
        String label =
                switch (matrix.measure()) {
                    case SHARED -> "shared members";
                    case JACCARD -> "Jaccard (shared / either)";
                    case OVERLAP -> "overlap coefficient (shared / smaller)";
                };
        g.drawString("0", x, y + 14 + fm.getAscent());
        String top = matrix.format(max);
        g.drawString(top, x + w - fm.stringWidth(top), y + 14 + fm.getAscent());
        g.drawString(label, x + (w - fm.stringWidth(label)) / 2, y + 14 + fm.getAscent());
        g.setColor(new Color(0xC8, 0xCC, 0xD2));
        g.fillRect(x + w + 16, y, 12, 12);
        g.setColor(ink);
        g.drawString("same group", x + w + 32, y + 10);
    }

    private static String fit(String s, FontMetrics fm, int width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "\u2026") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "\u2026";
    }
}
