package org.partnergraph.views.network;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The labels, placed greedily by importance so that none overlaps another or the legend: first the
 * selected, found and hovered nodes (always drawn), then the nodes by size (score, then degree),
 * each tried right, left, above and below its node and drawn in the first free place, or left out.
 * At the default zoom the largest {@link #AT_DEFAULT} are tried; zoomed in far enough, all. The
 * rest show on hover. Occupancy is kept in 4-pixel cells: a constant-time test per label.
 */
final class LabelPainter {

    /** The nodes tried at the default zoom. */
    static final int AT_DEFAULT = 40;
    /** At most this many labels a frame, besides the selected, found and hovered ones. */
    static final int MAX_LABELS = 150;

    private static final int CELL = 4;

    private LabelPainter() {}

    /** Paints the labels; returns how many were drawn. */
    static int paint(Graphics2D g, NetworkCanvas c, BitSet focus, boolean dim, NetworkTheme theme, Rectangle legend) {
        Font font = (c.getFont() == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 12) : c.getFont()).deriveFont(12f);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int width = c.getWidth();
        int height = c.getHeight();
        int cols = width / CELL + 2;
        BitSet taken = new BitSet(cols * (height / CELL + 2));
        mark(taken, cols, legend, height);
        BitSet done = new BitSet();
        int drawn = 0;
        for (int i : wanted(c, focus, dim)) {
            if (done.get(i) || c.hidden.get(i)) {
                continue;
            }
            done.set(i);
            boolean important = c.selected.get(i) || c.found.get(i) || i == c.hover;
            if (!important && drawn >= MAX_LABELS) {
                continue;
            }
            String label =
                    c.model.labels[i].length() > 40 ? c.model.labels[i].substring(0, 39) + "\u2026" : c.model.labels[i];
            Rectangle box = place(c, i, fm, label, taken, cols, width, height, important);
            if (box == null) {
                continue;
            }
            mark(taken, cols, box, height);
            drawn++;
            g.setColor(theme.labelBox());
            g.fillRect(box.x, box.y, box.width, box.height);
            g.setColor(dim && !focus.get(i) ? NodeShapes.blend(theme.background(), theme.text(), 0.3) : theme.text());
            g.drawString(label, box.x + 2, box.y + fm.getAscent());
        }
        return drawn;
    }

    private static List<Integer> wanted(NetworkCanvas c, BitSet focus, boolean dim) {
        int n = c.model.size();
        List<Integer> wanted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (c.selected.get(i) || c.found.get(i) || i == c.hover) {
                wanted.add(i);
            }
        }
        if (dim) {
            for (int i = focus.nextSetBit(0); i >= 0; i = focus.nextSetBit(i + 1)) {
                wanted.add(i);
            }
        }
        boolean all = c.scale > 1.6 || n <= 40;
        for (int k = 0; k < n && (all || k < AT_DEFAULT); k++) {
            wanted.add(c.bySize[k]);
        }
        return wanted;
    }

    /** The first free box beside node {@code i} (right, left, above, below); any for an important one; or null. */
    private static Rectangle place(
            NetworkCanvas c,
            int i,
            FontMetrics fm,
            String label,
            BitSet taken,
            int cols,
            int width,
            int height,
            boolean important) {
        double sx = c.x[i] * c.scale + c.tx;
        double sy = c.y[i] * c.scale + c.ty;
        int w = fm.stringWidth(label) + 4;
        int h = fm.getHeight();
        int r = (int) Math.ceil(c.radius[i]) + 2;
        Rectangle[] tries = {
            new Rectangle((int) sx + r, (int) (sy - h / 2.0), w, h),
            new Rectangle((int) sx - r - w, (int) (sy - h / 2.0), w, h),
            new Rectangle((int) (sx - w / 2.0), (int) sy - r - h, w, h),
            new Rectangle((int) (sx - w / 2.0), (int) sy + r, w, h)
        };
        for (Rectangle box : tries) {
            if (box.x >= 0 && box.y >= 0 && box.x + w <= width && box.y + h <= height && free(taken, cols, box)) {
                return box;
            }
        }
        return important ? tries[0] : null;
    }

    private static boolean free(BitSet taken, int cols, Rectangle box) {
        for (int r = box.y / CELL; r <= (box.y + box.height) / CELL; r++) {
            int next = taken.nextSetBit(r * cols + box.x / CELL);
            if (next >= 0 && next <= r * cols + (box.x + box.width) / CELL) {
                return false;
            }
        }
        return true;
    }

    private static void mark(BitSet taken, int cols, Rectangle box, int height) {
        if (box.isEmpty()) {
            return;
        }
        int c0 = Math.max(0, box.x / CELL);
        int c1 = Math.min(cols - 1, (box.x + box.width) / CELL);
        for (int r = Math.max(0, box.y / CELL); r <= Math.min(height / CELL + 1, (box.y + box.height) / CELL); r++) {
            if (c1 >= c0) {
                taken.set(r * cols + c0, r * cols + c1 + 1);
            }
        }
    }
}
