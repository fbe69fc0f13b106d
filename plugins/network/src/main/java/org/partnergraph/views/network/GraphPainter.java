package org.partnergraph.views.network;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.BitSet;

/** Paints the canvas's edges (by weight: three widths) and nodes (shape, colour, rings, pins). */
final class GraphPainter {

    private GraphPainter() {}

    static void edges(Graphics2D g, NetworkCanvas c, NetworkTheme theme, boolean dim, Rectangle2D view) {
        Path2D.Float[] byWeight = {new Path2D.Float(), new Path2D.Float(), new Path2D.Float()};
        Path2D.Float strong = new Path2D.Float();
        for (int e = 0; e < c.model.edgeFrom.length; e++) {
            int a = c.model.edgeFrom[e];
            int b = c.model.edgeTo[e];
            if (c.hidden.get(a) || c.hidden.get(b)) {
                continue;
            }
            float ax = (float) (c.x[a] * c.scale + c.tx);
            float ay = (float) (c.y[a] * c.scale + c.ty);
            float bx = (float) (c.x[b] * c.scale + c.tx);
            float by = (float) (c.y[b] * c.scale + c.ty);
            if (!view.intersectsLine(ax, ay, bx, by)) {
                continue;
            }
            double w = c.model.edgeWeight[e];
            Path2D.Float path = c.selected.get(a) || c.selected.get(b) ? strong : byWeight[w >= 2 ? 2 : w > 1 ? 1 : 0];
            path.moveTo(ax, ay);
            path.lineTo(bx, by);
        }
        g.setColor(dim ? NodeShapes.blend(theme.background(), theme.text(), 0.1) : theme.edge());
        for (int k = 0; k < byWeight.length; k++) {
            g.setStroke(new BasicStroke(EDGE_WIDTHS[k]));
            g.draw(byWeight[k]);
        }
        g.setColor(SELECTED);
        g.setStroke(new BasicStroke(2.2f));
        g.draw(strong);
    }

    /** Edge widths in pixels: a member (weight 1), a vice-chair (1.5), a chair or lead (2). */
    static final float[] EDGE_WIDTHS = {1.1f, 1.8f, 2.6f};

    private static final Color SELECTED = new Color(0xE8, 0x7A, 0x1A);

    static void nodes(
            Graphics2D g,
            NetworkCanvas c,
            BitSet focus,
            boolean dim,
            boolean large,
            Rectangle2D view,
            NetworkTheme theme) {
        for (int i = 0; i < c.model.size(); i++) {
            double sx = c.x[i] * c.scale + c.tx;
            double sy = c.y[i] * c.scale + c.ty;
            double r = c.radius[i];
            if (c.hidden.get(i) || !view.contains(sx, sy)) {
                continue;
            }
            Color fill = dim && !focus.get(i) ? NodeShapes.blend(theme.background(), c.colour[i], 0.18) : c.colour[i];
            g.setColor(fill);
            Shape shape = NodeShapes.shape(c.model.kinds[i], sx, sy, r);
            g.fill(shape);
            if (c.selected.get(i) || c.found.get(i) || i == c.hover) {
                g.setColor(c.selected.get(i) ? SELECTED : c.found.get(i) ? new Color(0xC0, 0x20, 0xC0) : theme.text());
                g.setStroke(new BasicStroke(2.5f));
                g.draw(NodeShapes.shape(c.model.kinds[i], sx, sy, r + 3));
            } else if (!large) {
                g.setColor(NodeShapes.blend(fill, theme.dark() ? Color.WHITE : Color.BLACK, 0.35));
                g.setStroke(new BasicStroke(0.8f));
                g.draw(shape);
            }
            if (c.pinned[i]) {
                g.setColor(theme.text());
                g.fillOval((int) (sx + r * 0.6), (int) (sy - r - 2), 4, 4);
            }
        }
    }
}
