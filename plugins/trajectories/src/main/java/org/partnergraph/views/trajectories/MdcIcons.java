package org.partnergraph.views.trajectories;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import org.partnergraph.analytics.trajectory.Assurance;
import org.partnergraph.analytics.trajectory.MdcSummary;
import org.partnergraph.analytics.trajectory.Variation;
import org.partnergraph.plugin.support.ThemeColours;

/**
 * The NHS "Making Data Count" icons drawn in Java2D: a ring in the icon's colour (blue for
 * improvement and pass, orange for concern and fail, grey for common cause and hit and miss,
 * purple for a special cause of unstated polarity) with a letter: H or L and an arrow for a special
 * cause high or low, a wave for common cause, P, F or ? for assurance.
 */
final class MdcIcons {

    static final Color IMPROVEMENT = new Color(0x28, 0x9D, 0xE0);
    static final Color CONCERN = new Color(0xE4, 0x6C, 0x0A);
    static final Color COMMON = new Color(0x8C, 0x8C, 0x8C);
    static final Color NEUTRAL = new Color(0x7B, 0x3F, 0xA0);

    private MdcIcons() {}

    static Color colour(Variation v) {
        if (v.isImprovement()) {
            return IMPROVEMENT;
        }
        if (v.isConcern()) {
            return CONCERN;
        }
        return v == Variation.COMMON_CAUSE ? COMMON : NEUTRAL;
    }

    static Color colour(Assurance a) {
        return switch (a) {
            case CONSISTENT_PASS -> IMPROVEMENT;
            case CONSISTENT_FAIL -> CONCERN;
            case HIT_AND_MISS, NONE -> COMMON;
        };
    }

    /** The variation icon in the circle at (x, y) of diameter d. */
    static void variation(Graphics2D g, Variation v, int x, int y, int d) {
        Color c = ring(g, colour(v), x, y, d);
        if (v == Variation.COMMON_CAUSE) {
            Path2D wave = new Path2D.Double();
            double my = y + d / 2.0;
            wave.moveTo(x + d * 0.22, my);
            wave.curveTo(x + d * 0.38, my - d * 0.28, x + d * 0.45, my + d * 0.28, x + d * 0.5, my);
            wave.curveTo(x + d * 0.55, my - d * 0.28, x + d * 0.62, my + d * 0.28, x + d * 0.78, my);
            g.setColor(c);
            g.setStroke(new BasicStroke(Math.max(1.4f, d / 11f)));
            g.draw(wave);
            return;
        }
        letter(g, v.isHigh() ? "H" : "L", c, x - d / 8, y, d);
        double ax = x + d * 0.72;
        double s = d * 0.16;
        double ay = v.isHigh() ? y + d * 0.38 : y + d * 0.62;
        double tip = v.isHigh() ? -s : s;
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(ax - s, ay - tip / 2);
        arrow.lineTo(ax + s, ay - tip / 2);
        arrow.lineTo(ax, ay + tip);
        arrow.closePath();
        g.fill(arrow);
    }

    /** The assurance icon in the circle at (x, y) of diameter d. */
    static void assurance(Graphics2D g, Assurance a, int x, int y, int d) {
        Color c = ring(g, colour(a), x, y, d);
        String text =
                switch (a) {
                    case CONSISTENT_PASS -> "P";
                    case CONSISTENT_FAIL -> "F";
                    case HIT_AND_MISS -> "?";
                    case NONE -> "\u2013";
                };
        letter(g, text, c, x, y, d);
    }

    private static Color ring(Graphics2D g, Color colour, int x, int y, int d) {
        Color background = ThemeColours.background();
        Color c = ThemeColours.readable(colour, background);
        g.setColor(ThemeColours.blend(background, colour, 0.14));
        g.fill(new Ellipse2D.Double(x, y, d, d));
        g.setColor(c);
        g.setStroke(new BasicStroke(Math.max(1.5f, d / 10f)));
        g.draw(new Ellipse2D.Double(x + 1, y + 1, d - 2, d - 2));
        return c;
    }

    private static void letter(Graphics2D g, String text, Color c, int x, int y, int d) {
        g.setColor(c);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, d * 11 / 20)));
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, x + (d - fm.stringWidth(text)) / 2f, y + (d + fm.getAscent() - fm.getDescent()) / 2f);
    }

    /** The tooltip lines: what each icon says, why, and the limits. */
    static String explain(MdcSummary s, String unit) {
        var chart = s.chart();
        String why = s.reason().isEmpty() ? "no rule fires at the latest point" : s.reason() + " at the latest point";
        return "Variation: " + s.variation().label() + " (" + why + ")<br>Assurance: "
                + s.assurance().label()
                + "<br>XmR over " + chart.points().size() + " points: mean " + ChartData.number(round(chart.mean()))
                + ", limits " + ChartData.number(round(chart.lowerLimit())) + " to "
                + ChartData.number(round(chart.upperLimit())) + (unit == null ? "" : " " + unit);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
