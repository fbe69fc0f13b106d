package org.partnergraph.views.trajectories;

import java.awt.FlowLayout;
import java.awt.Font;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.ButtonGroup;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import org.partnergraph.analytics.trajectory.TrajectoryStatus;

/**
 * The dashboard's summary: how many series are on track, at risk, off track, without data and
 * without a target, each a toggle that filters the tiles to that status, and "All" to clear it.
 * The counts are of the series the other filters (theme, lead) let through.
 */
final class StatusStrip extends JPanel {

    private final ButtonGroup group = new ButtonGroup();
    private final JToggleButton all = new JToggleButton();
    private final Map<TrajectoryStatus, JToggleButton> buttons = new EnumMap<>(TrajectoryStatus.class);

    StatusStrip() {
        super(new FlowLayout(FlowLayout.LEFT, 6, 2));
        setName("dashboard.summary");
        add(all, "ALL");
        all.setSelected(true);
        all.setToolTipText("Show every series the theme and lead filters let through");
        for (TrajectoryStatus s : TrajectoryStatus.values()) {
            JToggleButton b = new JToggleButton(s.label(), new StatusMark(s, 12));
            b.setToolTipText(tooltip(s));
            buttons.put(s, b);
            add(b, s.name());
        }
        setCounts(new EnumMap<>(TrajectoryStatus.class));
    }

    private void add(JToggleButton b, String key) {
        b.setName("dashboard.filter." + key);
        b.setFocusable(true);
        b.setFont(b.getFont().deriveFont(Font.PLAIN));
        group.add(b);
        add(b);
    }

    private static String tooltip(TrajectoryStatus s) {
        return switch (s) {
            case ON_TRACK -> "The latest actual is on the target path or better";
            case AT_RISK -> "Behind the target path by up to 5% of the distance to the final target";
            case OFF_TRACK -> "Behind the target path by more than 5% of the distance to the final target";
            case NO_DATA -> "There is a target, but no actual since the target path started";
            case NO_TARGET -> "There is no target to judge against";
        };
    }

    /** Runs {@code action} when the user picks a status or All. */
    void onChange(Runnable action) {
        all.addActionListener(e -> action.run());
        buttons.values().forEach(b -> b.addActionListener(e -> action.run()));
    }

    /** Shows the counts per status (absent: 0) and their total on All. */
    void setCounts(Map<TrajectoryStatus, Integer> counts) {
        int total = 0;
        for (TrajectoryStatus s : TrajectoryStatus.values()) {
            int n = counts.getOrDefault(s, 0);
            total += n;
            buttons.get(s).setText(n + " " + s.label());
        }
        all.setText("All " + total);
    }

    /** The status filtered on, or null for All. */
    TrajectoryStatus selected() {
        for (var e : buttons.entrySet()) {
            if (e.getValue().isSelected()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Selects {@code status} (null: All) without running the change action. */
    void select(TrajectoryStatus status) {
        (status == null ? all : buttons.get(status)).setSelected(true);
    }

    JToggleButton button(TrajectoryStatus status) {
        return status == null ? all : buttons.get(status);
    }
}
