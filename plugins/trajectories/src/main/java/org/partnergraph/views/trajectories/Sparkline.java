package org.partnergraph.views.trajectories;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.partnergraph.analytics.trajectory.DatedValue;
import org.partnergraph.analytics.trajectory.Trajectory;
import org.partnergraph.model.Measurement;
import org.partnergraph.plugin.support.ThemeColours;

/** A tile's small chart: baselines, actuals, targets and the target path, scaled to the box given. */
final class Sparkline {

    static final Color ACTUAL = new Color(0x1F, 0x5F, 0xBF);

    private final DoubleUnaryOperator px;
    private final DoubleUnaryOperator py;

    private Sparkline(DoubleUnaryOperator px, DoubleUnaryOperator py) {
        this.px = px;
        this.py = py;
    }

    /** Paints {@code t} in the box (x, y, w, h); nothing when the box is too small or there are no values. */
    static void paint(Graphics2D g, Trajectory t, int x, int y, int w, int h) {
        List<Measurement> all = new ArrayList<>(t.series().baselines());
        all.addAll(t.series().actuals());
        all.addAll(t.series().targets());
        if (w < 20 || h < 10 || all.isEmpty()) {
            return;
        }
        double minV = all.stream().mapToDouble(Measurement::value).min().orElse(0);
        double maxV = all.stream().mapToDouble(Measurement::value).max().orElse(1);
        long minT = all.stream().mapToLong(Sparkline::day).min().orElse(0);
        long maxT = all.stream().mapToLong(Sparkline::day).max().orElse(1);
        double v0 = maxV == minV ? minV - 1 : minV;
        double v1 = maxV == minV ? maxV + 1 : maxV;
        long t0 = maxT == minT ? minT - 1 : minT;
        long t1 = maxT == minT ? maxT + 1 : maxT;
        Sparkline s = new Sparkline(
                d -> x + (d - t0) * (double) w / (t1 - t0), v -> y + h - (v - v0) * (double) h / (v1 - v0));
        Color background = ThemeColours.background();
        g.setColor(ThemeColours.grid());
        g.drawLine(x, y + h, x + w, y + h);
        Color target = ThemeColours.readable(StatusColours.ON_TRACK, background);
        t.targetPath().ifPresent(path -> s.path(g, path.vertices(), target));
        g.setStroke(new BasicStroke(1.5f));
        s.series(g, t.series().baselines(), ThemeColours.secondaryText(), true, true);
        s.series(g, t.series().actuals(), ThemeColours.readable(ACTUAL, background), true, true);
        s.series(g, t.series().targets(), target, false, false);
    }

    private static long day(Measurement m) {
        return m.period().pointInTime().toEpochDay();
    }

    private void path(Graphics2D g, List<DatedValue> vertices, Color colour) {
        Path2D line = new Path2D.Double();
        for (int i = 0; i < vertices.size(); i++) {
            double a = px.applyAsDouble((double) vertices.get(i).date().toEpochDay());
            double b = py.applyAsDouble(vertices.get(i).value());
            if (i == 0) {
                line.moveTo(a, b);
            } else {
                line.lineTo(a, b);
            }
        }
        g.setColor(colour);
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 2f}, 0f));
        g.draw(line);
    }

    private void series(Graphics2D g, List<Measurement> points, Color colour, boolean line, boolean filled) {
        g.setColor(colour);
        Path2D path = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            double a = px.applyAsDouble((double) day(points.get(i)));
            double b = py.applyAsDouble(points.get(i).value());
            if (i == 0) {
                path.moveTo(a, b);
            } else {
                path.lineTo(a, b);
            }
            Ellipse2D dot = new Ellipse2D.Double(a - 3, b - 3, 6, 6);
            if (filled) {
                g.fill(dot);
            } else {
                g.draw(dot);
            }
        }
        if (line && points.size() > 1) {
            g.draw(path);
        }
    }
}
