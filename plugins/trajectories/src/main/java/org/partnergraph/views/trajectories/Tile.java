package org.partnergraph.views.trajectories;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import org.partnergraph.analytics.trajectory.Direction;
import org.partnergraph.analytics.trajectory.MakingDataCount;
import org.partnergraph.analytics.trajectory.MdcSummary;
import org.partnergraph.analytics.trajectory.Trajectory;
import org.partnergraph.analytics.trajectory.TrajectoryStatus;
import org.partnergraph.model.Measurement;
import org.partnergraph.plugin.support.ThemeColours;

/**
 * One indicator of the dashboard: a status strip and mark, the name, the latest value and the
 * target, a sparkline, and the Making Data Count icons where the series has enough points. Painted
 * directly (no chart library) so that hundreds open at once; colours come from the theme at paint.
 */
final class Tile extends JComponent {

    static final Dimension SIZE = new Dimension(250, 150);
    static final int ICON = 22;

    private final Trajectory trajectory;
    private final String label;
    private final Optional<MdcSummary> mdc;
    private boolean selected;

    Tile(Trajectory trajectory, String label, Optional<MdcSummary> mdc) {
        this.trajectory = trajectory;
        this.label = label;
        this.mdc = mdc;
        setName("dashboard.tile." + trajectory.indicatorId()
                + (trajectory.areaId().isEmpty() ? "" : "@" + trajectory.areaId()));
        setPreferredSize(SIZE);
        setFocusable(true);
        setToolTipText(tooltip());
    }

    private String tooltip() {
        int points = trajectory.series().observed().size();
        String spc = mdc.map(s -> MdcIcons.explain(s, trajectory.indicator().unit()))
                .orElse("No Making Data Count icons: " + points + " observed value" + (points == 1 ? "" : "s") + ", "
                        + MakingDataCount.MIN_POINTS_DEFAULT + " needed");
        return "<html><b>" + escape(label) + "</b><br>" + escape(TrajectoryChart.subtitle(trajectory)) + "<br>"
                + escape(latest()) + " \u00b7 " + escape(nextTarget()) + "<br>" + spc
                + "<br>Double-click or Enter: the full chart</html>";
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.PUSH_BUTTON;
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

    Optional<MdcSummary> mdc() {
        return mdc;
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

    /** {@code target 55 for 2009/10}: the first target after the latest value, or the final one, or {@code no target}. */
    String nextTarget() {
        List<Measurement> targets = trajectory.series().targets();
        if (targets.isEmpty()) {
            return "no target";
        }
        LocalDate after = latestMeasurement().map(m -> m.period().pointInTime()).orElse(LocalDate.MIN);
        Measurement next = targets.stream()
                .filter(m -> m.period().pointInTime().isAfter(after))
                .findFirst()
                .orElse(targets.get(targets.size() - 1));
        return "target " + ChartData.number(next.value()) + " for "
                + next.period().text();
    }

    /** {@code latest 50 (2008/09)}, {@code baseline 56.13 (2007/08)} when there is no actual yet, or {@code no value yet}. */
    String latest() {
        return latestMeasurement()
                .map(m -> (m.kind().code().equals("actual") ? "latest " : "baseline ") + ChartData.number(m.value())
                        + " (" + m.period().text() + ")")
                .orElse("no value yet");
    }

    private Optional<Measurement> latestMeasurement() {
        var s = trajectory.series();
        Optional<Measurement> actual = s.latestActual();
        Optional<Measurement> baseline = s.latestBaseline();
        if (actual.isPresent() && baseline.isPresent()) {
            return actual.get().period().compareTo(baseline.get().period()) >= 0 ? actual : baseline;
        }
        return actual.isPresent() ? actual : baseline;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font base = getFont() != null ? getFont() : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            paintFrame(g);
            int y = paintTitle(g, base.deriveFont(Font.BOLD, 11.5f));
            g.setFont(base.deriveFont(Font.PLAIN, 10.5f));
            FontMetrics sm = g.getFontMetrics();
            g.setColor(ThemeColours.secondaryText());
            y += sm.getAscent() + 1;
            g.drawString(fit(latest(), sm, getWidth() - 24), 14, y);
            y += sm.getHeight();
            g.drawString(fit(nextTarget(), sm, getWidth() - 24), 14, y);
            int bottom = getHeight() - 7;
            paintFooter(g, sm, bottom);
            int top = y + sm.getDescent() + 5;
            int room = mdc.isPresent() ? 2 * ICON + 10 : 0;
            Sparkline.paint(g, trajectory, 14, top, getWidth() - 24 - room, bottom - sm.getHeight() - 3 - top);
            mdc.ifPresent(s -> paintIcons(g, s, top));
        } finally {
            g.dispose();
        }
    }

    private void paintFrame(Graphics2D g) {
        int w = getWidth();
        int h = getHeight();
        Color panel = ThemeColours.background();
        Color text = ThemeColours.text();
        g.setColor(ThemeColours.blend(panel, text, 0.04));
        g.fillRoundRect(1, 1, w - 3, h - 3, 8, 8);
        g.setColor(
                selected
                        ? ThemeColours.colour("Component.focusColor", new Color(0x26, 0x75, 0xBF))
                        : ThemeColours.blend(panel, text, isFocusOwner() ? 0.5 : 0.18));
        g.setStroke(new BasicStroke(selected ? 2.5f : 1f));
        g.drawRoundRect(1, 1, w - 3, h - 3, 8, 8);
        TrajectoryStatus status = trajectory.status();
        g.setColor(StatusColours.text(status));
        if (status.isJudged()) {
            g.fillRect(2, 2, 6, h - 4);
        } else {
            // no data and no target: an outline strip, dotted for no target, so neither reads as a status
            g.setStroke(
                    status == TrajectoryStatus.NO_TARGET
                            ? new BasicStroke(
                                    1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f)
                            : new BasicStroke(1.5f));
            g.drawRect(3, 4, 4, h - 9);
        }
    }

    private int paintTitle(Graphics2D g, Font bold) {
        g.setFont(bold);
        g.setColor(ThemeColours.text());
        FontMetrics fm = g.getFontMetrics();
        int y = 4 + fm.getAscent();
        List<String> lines = wrap(label, fm, getWidth() - 22, 2);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), 14, y);
            y += i < lines.size() - 1 ? fm.getHeight() : 0;
        }
        return y + fm.getDescent();
    }

    private void paintFooter(Graphics2D g, FontMetrics sm, int bottom) {
        TrajectoryStatus status = trajectory.status();
        int s = sm.getAscent();
        StatusMark.paint(g, status, 14, bottom - s + 1, s - 1);
        g.setColor(StatusColours.text(status));
        g.setFont(sm.getFont().deriveFont(Font.BOLD));
        g.drawString(status.label() + " " + polarityArrow(), 14 + s + 4, bottom);
        g.setFont(sm.getFont());
        g.setColor(ThemeColours.secondaryText());
        String direction = trajectory.direction().label();
        if (trajectory.direction() != Direction.UNKNOWN) {
            g.drawString(direction, getWidth() - 8 - sm.stringWidth(direction), bottom);
        }
    }

    private void paintIcons(Graphics2D g, MdcSummary s, int top) {
        int x = getWidth() - 8 - 2 * ICON - 4;
        MdcIcons.variation(g, s.variation(), x, top, ICON);
        MdcIcons.assurance(g, s.assurance(), x + ICON + 4, top, ICON);
    }

    private String polarityArrow() {
        return switch (trajectory.polarity()) {
            case HIGHER_IS_BETTER -> "\u2191";
            case LOWER_IS_BETTER -> "\u2193";
            case UNKNOWN -> "";
        };
    }

    private static List<String> wrap(String text, FontMetrics fm, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String current = "";
        for (String word : text.split(" ", -1)) {
            String next = current.isEmpty() ? word : current + " " + word;
            if (current.isEmpty() || fm.stringWidth(next) <= width) {
                current = next;
            } else {
                lines.add(current);
                current = word;
            }
        }
        lines.add(current);
        if (lines.size() > maxLines) {
            // the joined text is wider than the line by construction, so fit cuts it with an ellipsis
            String last = lines.get(maxLines - 1) + " " + lines.get(maxLines);
            lines = new ArrayList<>(lines.subList(0, maxLines));
            lines.set(maxLines - 1, last);
        }
        lines.replaceAll(line -> fit(line, fm, width));
        return lines;
    }

    /** {@code s}, cut with an ellipsis to {@code width}. */
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

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
