package org.partnergraph.analytics.trajectory;

/**
 * How the latest actual of a series stands against its target path (see {@link StatusRule}).
 *
 * <p>Declared from the most to the least urgent, so the natural order sorts a table worst first:
 * off track, at risk, on track, then the series that cannot be judged.
 */
public enum TrajectoryStatus {
    /** Behind the target path by more than the tolerance band. */
    OFF_TRACK("off track"),
    /** Behind the target path, but within the tolerance band. */
    AT_RISK("at risk"),
    /** On the target path or better. */
    ON_TRACK("on track"),
    /** There is a target, but no actual on or after the start of the target path. */
    NO_DATA("no data"),
    /** There is no target after the latest baseline, so there is nothing to judge against. */
    NO_TARGET("no target");

    private final String label;

    TrajectoryStatus(String label) {
        this.label = label;
    }

    /** The words for a table or a chart legend: {@code off track}. */
    public String label() {
        return label;
    }

    /** True for the three statuses that compare an actual with a target. */
    public boolean isJudged() {
        return this == OFF_TRACK || this == AT_RISK || this == ON_TRACK;
    }
}
