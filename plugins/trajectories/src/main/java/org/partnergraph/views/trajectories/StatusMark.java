package org.partnergraph.views.trajectories;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import javax.swing.Icon;
import org.partnergraph.analytics.trajectory.TrajectoryStatus;

/**
 * A status told by shape as well as colour (for colour-blind readers and print): on track a filled
 * circle, at risk a filled triangle, off track a filled diamond, no data a hollow circle with a
 * question mark's dot, no target a dashed hollow circle.
 */
final class StatusMark implements Icon {

    private final TrajectoryStatus status;
    private final int size;

    StatusMark(TrajectoryStatus status, int size) {
        this.status = status;
        this.size = size;
    }

    @Override
    public void paintIcon(Component c, Graphics graphics, int x, int y) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            paint(g, status, x + 1, y + 1, size - 2);
        } finally {
            g.dispose();
        }
    }

    /** Draws the mark of {@code status} in the square at (x, y) of side {@code s}. */
    static void paint(Graphics2D g, TrajectoryStatus status, double x, double y, double s) {
        Color colour = StatusColours.text(status);
        g.setColor(colour);
        switch (status) {
            case ON_TRACK -> g.fill(new Ellipse2D.Double(x, y, s, s));
            case AT_RISK -> g.fill(polygon(x + s / 2, y, x + s, y + s, x, y + s));
            case OFF_TRACK -> g.fill(polygon(x + s / 2, y, x + s, y + s / 2, x + s / 2, y + s, x, y + s / 2));
            case NO_DATA -> {
                g.setStroke(new BasicStroke(1.6f));
                g.draw(new Ellipse2D.Double(x + 0.8, y + 0.8, s - 1.6, s - 1.6));
                double d = Math.max(2, s / 4);
                g.fill(new Ellipse2D.Double(x + (s - d) / 2, y + (s - d) / 2, d, d));
            }
            case NO_TARGET -> {
                g.setStroke(new BasicStroke(
                        1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2.2f, 2.2f}, 0f));
                g.draw(new Ellipse2D.Double(x + 0.8, y + 0.8, s - 1.6, s - 1.6));
            }
        }
    }

    private static Path2D polygon(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    @Override
    public int getIconWidth() {
        return size;
    }

    @Override
    public int getIconHeight() {
        return size;
    }
}
