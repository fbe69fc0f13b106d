package org.partnergraph.views.network;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/** The shape of each kind of node (partner circle, group rounded square, theme diamond...), and colour blending. */
final class NodeShapes {

    private NodeShapes() {}

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

    /** {@code a} moved a share {@code t} of the way to {@code b}. */
    static Color blend(Color a, Color b, double t) {
        return new Color(
                (int) (a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) (a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) (a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
