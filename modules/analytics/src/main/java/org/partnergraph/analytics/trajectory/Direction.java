package org.partnergraph.analytics.trajectory;

/** The direction of travel of a series between its last two values (see {@link DirectionOfTravel}). */
public enum Direction {
    /** Moved in the better direction by more than the stable band. */
    IMPROVING("improving"),
    /** Moved in the worse direction by more than the stable band. */
    WORSENING("worsening"),
    /** Moved by no more than the stable band, either way. */
    STABLE("stable"),
    /**
     * Fewer than two values, or the value moved and neither the indicator nor its targets say
     * which direction is better.
     */
    UNKNOWN("unknown");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** The word for a table: {@code improving}. */
    public String label() {
        return label;
    }
}
