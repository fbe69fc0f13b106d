package org.partnergraph.views.trajectories;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.time.LocalDate;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.partnergraph.analytics.trajectory.DatedValue;
import org.partnergraph.analytics.trajectory.Trajectory;
import org.partnergraph.model.Measurement;

/**
 * One indicator of the dashboard: a status strip, the name, a sparkline of baselines, actuals,
 * targets and the target path, and the latest value against the next target. Painted directly
 * (no chart library) so that hundreds open at once.
 */
final class Tile extends JComponent {

    static final Dimension SIZE = new Dimension(250, 132);

    private final Trajectory trajectory;
    private final String label;
    private boolean selected;

    Tile(Trajectory trajectory, String label) {
        this.trajectory = trajectory;
        this.label = label;
        setName("dashboard.tile." + trajectory.indicatorId()
                + (trajectory.areaId().isEmpty() ? "" : "@" + trajectory.areaId()));
        setPreferredSize(SIZE);
        setFocusable(true);
        setToolTipText("<html><b>" + escape(label) + "</b><br>" + escape(TrajectoryChart.subtitle(trajectory)) + "<br>"
                + escape(nextTarget()) + "<br>Double-click or Enter: the full chart</html>");
    }

    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public javax.accessibility.AccessibleRole getAccessibleRole() {
                    return javax.accessibility.AccessibleRole.PUSH_BUTTON;
                }
            };
            accessibleContext.setAccessibleName(
                    label + ", " + trajectory.status().label());
        }
        return accessibleContext;
    }

    String label() {
        return label;
    }

    Trajectory trajectory() {
        return trajectory;
    }

    void setSelected(boolean on) {
        if (selected != on) {
            selected = on;
            repaint();
        }
    }

    boolean isSelected() {
        return selected;
    }

    /** {@code next target 55 for 2009/10}, or the final one, or {@code no target}. */
    String nextTarget() {
        List<Measurement> targets = trajectory.series().targets();
        if (targets.isEmpty()) {
            return "no target";
        }
        LocalDate after = trajectory
                .latestActual()
                .map(DatedValue::date)
                .orElse(trajectory
                        .series()
                        .latestBaseline()
                        .map(m -> m.period().pointInTime())
                        .orElse(LocalDate.MIN));
        Measurement next = targets.stream()
                .filter(m -> m.period().pointInTime().isAfter(after))
                .findFirst()
                .orElse(targets.get(targets.size() - 1));
        return "target " + ChartData.number(next.value()) + " for "
                + next.period().text();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int w = getWidth();
            int h = getHeight();
            Color panel = colour("Panel.background", Color.WHITE);
            Color text = colour("Label.foreground", Color.BLACK);
            Color status = StatusColours.of(trajectory.status());
            g.setColor(blend(panel, text, 0.04));
            g.fillRoundRect(1, 1, w - 3, h - 3, 8, 8);
            g.setColor(
                    selected
                            ? colour("Component.focusColor", new Color(0x26, 0x75, 0xBF))
                            : blend(panel, text, isFocusOwner() ? 0.5 : 0.18));
            g.setStroke(new BasicStroke(selected ? 2.5f : 1f));
            g.drawRoundRect(1, 1, w - 3, h - 3, 8, 8);
            g.setColor(status);
            g.fillRect(2, 2, 6, h - 4);

            Font base = getFont() != null ? getFont() : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            Font bold = base.deriveFont(Font.BOLD, 11.5f);
            g.setFont(bold);
            g.setColor(text);
            FontMetrics fm = g.getFontMetrics();
            int y = 4 + fm.getAscent();
            for (String line : wrap(label, fm, w - 20, 2)) {
                g.drawString(line, 14, y);
                y += fm.getHeight();
            }
            Font small = base.deriveFont(Font.PLAIN, 10.5f);
            g.setFont(small);
            FontMetrics sm = g.getFontMetrics();
            int bottom = h - 6;
            g.setColor(status.darker());
            String statusText = trajectory.status().label() + " " + polarityArrow();
            g.drawString(statusText, 14, bottom);
            g.setColor(blend(panel, text, 0.7));
            String right = trajectory
                    .latestActual()
                    .map(a -> "latest " + ChartData.number(a.value()))
                    .orElse(nextTarget());
            int room = w - 8 - (14 + sm.stringWidth(statusText) + 10);
            if (sm.stringWidth(right) > room && right.contains(" for ")) {
                right = right.substring(0, right.indexOf(" for "));
            }
            if (sm.stringWidth(right) <= room) {
                g.drawString(right, w - 8 - sm.stringWidth(right), bottom);
            }
            sparkline(
                    g,
                    14,
                    y - fm.getAscent() + 6,
                    w - 24,
                    bottom - sm.getHeight() - (y - fm.getAscent() + 6),
                    panel,
                    text);
        } finally {
            g.dispose();
        }
    }

    private String polarityArrow() {
        return switch (trajectory.polarity()) {
            case HIGHER_IS_BETTER -> "\u2191";
            case LOWER_IS_BETTER -> "\u2193";
            case UNKNOWN -> "";
        };
    }

    private void sparkline(Graphics2D g, int x, int y, int w, int h, Color panel, Color text) {
        if (w < 20 || h < 10) {
            return;
        }
        var series = trajectory.series();
        List<Measurement> all = new java.util.ArrayList<>();
        all.addAll(series.baselines());
        all.addAll(series.actuals());
        all.addAll(series.targets());
        if (all.isEmpty()) {
            return;
        }
        double minV = all.stream().mapToDouble(Measurement::value).min().orElse(0);
        double maxV = all.stream().mapToDouble(Measurement::value).max().orElse(1);
        long minT = all.stream()
                .mapToLong(m -> m.period().pointInTime().toEpochDay())
                .min()
                .orElse(0);
        long maxT = all.stream()
                .mapToLong(m -> m.period().pointInTime().toEpochDay())
                .max()
                .orElse(1);
        if (maxV == minV) {
            maxV += 1;
            minV -= 1;
        }
        if (maxT == minT) {
            maxT += 1;
            minT -= 1;
        }
        double fMinV = minV;
        double fMaxV = maxV;
        long fMinT = minT;
        long fMaxT = maxT;
        java.util.function.DoubleUnaryOperator px = t -> x + (t - fMinT) * (double) w / (fMaxT - fMinT);
        java.util.function.DoubleUnaryOperator py = v -> y + h - (v - fMinV) * (double) h / (fMaxV - fMinV);
        g.setColor(blend(panel, text, 0.12));
        g.drawLine(x, y + h, x + w, y + h);
        trajectory.targetPath().ifPresent(path -> {
            Path2D line = new Path2D.Double();
            boolean first = true;
            for (DatedValue v : path.vertices()) {
                double a = px.applyAsDouble(v.date().toEpochDay());
                double b = py.applyAsDouble(v.value());
                if (first) {
                    line.moveTo(a, b);
                    first = false;
                } else {
                    line.lineTo(a, b);
                }
            }
            g.setColor(StatusColours.ON_TRACK);
            g.setStroke(
                    new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 2f}, 0f));
            g.draw(line);
        });
        g.setStroke(new BasicStroke(1.5f));
        drawSeries(g, series.baselines(), px, py, blend(panel, text, 0.55), true, true);
        drawSeries(g, series.actuals(), px, py, new Color(0x1F, 0x5F, 0xBF), true, true);
        drawSeries(g, series.targets(), px, py, StatusColours.ON_TRACK, false, false);
    }

    private static void drawSeries(
            Graphics2D g,
            List<Measurement> points,
            java.util.function.DoubleUnaryOperator px,
            java.util.function.DoubleUnaryOperator py,
            Color colour,
            boolean line,
            boolean filled) {
        g.setColor(colour);
        Path2D path = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            double a = px.applyAsDouble(points.get(i).period().pointInTime().toEpochDay());
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

    private static List<String> wrap(String text, FontMetrics fm, int width, int maxLines) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = current.length() == 0 ? word : current + " " + word;
            if (fm.stringWidth(next) <= width || current.length() == 0) {
                current = new StringBuilder(next);
            } else {
                lines.add(current.toString());
                current = new StringBuilder(word);
                if (lines.size() == maxLines) {
                    break;
                }
            }
        }
        if (lines.size() < maxLines && current.length() > 0) {
            lines.add(current.toString());
        } else if (lines.size() == maxLines) {
            String last = lines.get(maxLines - 1);
            while (fm.stringWidth(last + "\u2026") > width && last.length() > 1) {
                last = last.substring(0, last.length() - 1);
            }
            lines.set(maxLines - 1, last + "\u2026");
        }
        return lines;
    }

    private static Color colour(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c == null ? fallback : c;
    }

    static Color blend(Color a, Color b, double t) {
        return new Color(
                (int) (a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) (a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) (a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
