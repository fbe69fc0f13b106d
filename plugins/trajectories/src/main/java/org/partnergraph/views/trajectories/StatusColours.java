package org.partnergraph.views.trajectories;

import java.awt.Color;
import org.partnergraph.analytics.trajectory.TrajectoryStatus;
import org.partnergraph.plugin.support.ThemeColours;

/** One colour per status, the same in the chart, the dashboard and the legend; readable on light and dark. */
final class StatusColours {

    static final Color OFF_TRACK = new Color(0xD6, 0x45, 0x45);
    static final Color AT_RISK = new Color(0xE8, 0x9B, 0x1A);
    static final Color ON_TRACK = new Color(0x2E, 0x9E, 0x5B);
    static final Color NO_DATA = new Color(0x6A, 0x7F, 0xB5);
    static final Color NO_TARGET = new Color(0x9A, 0x9A, 0x9A);

    private StatusColours() {}

    /** The status's colour as text on the current background: the same hue, at least 4.5:1 (WCAG AA). */
    static Color text(TrajectoryStatus status) {
        return ThemeColours.readable(of(status), ThemeColours.background());
    }

    static Color of(TrajectoryStatus status) {
        return switch (status) {
            case OFF_TRACK -> OFF_TRACK;
            case AT_RISK -> AT_RISK;
            case ON_TRACK -> ON_TRACK;
            case NO_DATA -> NO_DATA;
            case NO_TARGET -> NO_TARGET;
        };
    }
}
