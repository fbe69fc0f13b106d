package org.partnergraph.views.tracker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseEvent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.partnergraph.model.Stage;

/**
 * The selected row's stage history as a small timeline: the four stages as lanes, the stage now as
 * a step line with a dot at each assessment, the stage wanted as a dashed line; undated assessments
 * sit in a slot at the left, and time runs to today (or to the date shown, if later). A tooltip on
 * a dot says when, what, who and in which wave.
 */
final class StageTimeline extends JComponent {

    static final DateTimeFormatter RECORDED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private static final int LABELS = 92;
    private static final int UNDATED = 70;
    private static final int GAP = 24;
    private static final int PAD = 14;

    private String title = "";
    private List<StageHistory.Step> steps = List.of();
    private StageHistory history = StageHistory.EMPTY;
    private LocalDate shown;
    private LocalDate today = today();

    StageTimeline() {
        setName("tracker.timeline");
        setPreferredSize(new Dimension(600, 124));
        setToolTipText("");
    }

    @SuppressWarnings("JavaTimeDefaultTimeZone") // "today" is the user's day, in the user's zone
    private static LocalDate today() {
        return LocalDate.now();
    }

    /** Shows {@code rowSteps} of the row named {@code name}; {@code asOf} is the date shown, or null for now. */
    void show(String name, List<StageHistory.Step> rowSteps, StageHistory from, LocalDate asOf) {
        title = name;
        steps = List.copyOf(rowSteps);
        history = from;
        shown = asOf;
        today = today();
        repaint();
    }

    List<StageHistory.Step> steps() {
        return steps;
    }

    /** What the tooltip of a step says. */
    String tip(StageHistory.Step s) {
        String when = s.asOf() == null ? "Undated (holds from the beginning)" : "From " + s.asOf();
        String what = s.ended() ? "row ended" : "now " + label(s.now()) + ", wanted " + label(s.wanted());
        String who = s.by().isEmpty() ? "" : ", recorded by " + s.by();
        String at = s.recordedAt() == null ? "" : " at " + RECORDED.format(s.recordedAt());
        String wave = s.wave().isEmpty() ? "" : " (" + history.waveName(s.wave()) + ")";
        return when + ": " + what + who + at + wave;
    }

    private static String label(Stage s) {
        return s == null ? "not stated" : s.label();
    }

    @Override
    public String getToolTipText(MouseEvent event) {
        for (int i = 0; i < steps.size(); i++) {
            StageHistory.Step s = steps.get(i);
            if (s.now() != null && Math.abs(x(i) - event.getX()) <= 7 && Math.abs(y(s.now()) - event.getY()) <= 7) {
                return tip(s);
            }
        }
        return steps.isEmpty()
                ? null
                : title + ": " + steps.size() + (steps.size() == 1 ? " assessment" : " assessments");
    }

    private LocalDate first() {
        return steps.stream()
                .map(StageHistory.Step::asOf)
                .filter(d -> d != null)
                .findFirst()
                .orElse(null);
    }

    private LocalDate end() {
        LocalDate end = today;
        if (shown != null && shown.isAfter(end)) {
            end = shown;
        }
        for (StageHistory.Step s : steps) {
            if (s.asOf() != null && s.asOf().isAfter(end)) {
                end = s.asOf();
            }
        }
        return end;
    }

    /** The x of a date: the undated slot's middle for null, else proportional from the first dated step to the end. */
    int xOf(LocalDate date) {
        int left = LABELS + UNDATED + GAP;
        int right = getWidth() - PAD;
        LocalDate first = first();
        if (date == null) {
            return LABELS + UNDATED / 2;
        }
        if (first == null) {
            return right;
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(first, end()));
        return (int) Math.round(left + (right - left) * (double) ChronoUnit.DAYS.between(first, date) / span);
    }

    private int x(int step) {
        return xOf(steps.get(step).asOf());
    }

    int y(Stage stage) {
        int top = 22;
        int lane = (getHeight() - top - 18) / Stage.values().length;
        return top + lane * (Stage.values().length - 1 - stage.rung()) + lane / 2;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color text = colour("Label.foreground", Color.DARK_GRAY);
            Color faint = colour("Label.disabledForeground", Color.GRAY);
            g.setColor(colour("Panel.background", Color.WHITE));
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setFont(getFont() == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 12) : getFont());
            g.setColor(text);
            g.drawString(heading(), 6, 14);
            if (steps.isEmpty()) {
                return;
            }
            lanes(g, text, faint);
            axis(g, faint);
            lines(g);
        } finally {
            g.dispose();
        }
    }

    private String heading() {
        if (steps.isEmpty()) {
            return "Select a row to see its stage history";
        }
        return "Stage history: " + title + (shown == null ? "" : " (the line marks the date shown, " + shown + ")");
    }

    private static Color colour(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c == null ? fallback : c;
    }

    private void lanes(Graphics2D g, Color text, Color faint) {
        FontMetrics fm = g.getFontMetrics();
        for (Stage s : Stage.values()) {
            int y = y(s);
            g.setColor(text);
            g.drawString(s.label(), LABELS - 8 - fm.stringWidth(s.label()), y + fm.getAscent() / 2 - 1);
            g.setColor(faint);
            g.setStroke(
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
            g.drawLine(LABELS, y, getWidth() - PAD, y);
        }
    }

    private void axis(Graphics2D g, Color faint) {
        FontMetrics fm = g.getFontMetrics();
        int base = getHeight() - 4;
        g.setColor(faint);
        boolean undated = steps.stream().anyMatch(s -> s.asOf() == null);
        if (undated) {
            g.drawString("undated", LABELS + UNDATED / 2 - fm.stringWidth("undated") / 2, base);
        }
        LocalDate first = first();
        if (first != null) {
            g.drawString(first.toString(), xOf(first) - 4, base);
        }
        String end = end().equals(today) ? "today" : end().toString();
        g.drawString(end, getWidth() - PAD - fm.stringWidth(end), base);
        if (shown != null) {
            int x = xOf(shown);
            g.setStroke(new BasicStroke(1.5f));
            g.drawLine(x, 20, x, getHeight() - 16);
        }
    }

    private void lines(Graphics2D g) {
        int right = getWidth() - PAD;
        for (int i = 0; i < steps.size(); i++) {
            StageHistory.Step s = steps.get(i);
            int x0 = x(i);
            int x1 = i + 1 < steps.size() ? x(i + 1) : right;
            if (s.ended()) {
                continue;
            }
            if (s.wanted() != null) {
                g.setColor(StageScale.WANTED);
                g.setStroke(new BasicStroke(
                        2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
                g.drawLine(x0, y(s.wanted()), x1, y(s.wanted()));
            }
            if (s.now() != null) {
                g.setColor(StageScale.NOW);
                g.setStroke(new BasicStroke(3f));
                g.drawLine(x0, y(s.now()), x1, y(s.now()));
                StageHistory.Step next = i + 1 < steps.size() ? steps.get(i + 1) : null;
                if (next != null && next.now() != null && !next.ended()) {
                    g.drawLine(x1, y(s.now()), x1, y(next.now()));
                }
                g.fillOval(x0 - 5, y(s.now()) - 5, 10, 10);
            }
        }
    }
}
