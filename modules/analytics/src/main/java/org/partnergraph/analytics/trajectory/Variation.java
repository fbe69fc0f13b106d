package org.partnergraph.analytics.trajectory;

/**
 * The "Making Data Count" variation icon of a series: what its latest point says (see
 * {@link MakingDataCount}).
 */
public enum Variation {
    /** No rule fires at the latest point: only the variation the process always has. */
    COMMON_CAUSE("common cause variation"),
    /** A special cause at the latest point, high, and higher is better. */
    IMPROVEMENT_HIGH("special cause improvement (high)"),
    /** A special cause at the latest point, low, and lower is better. */
    IMPROVEMENT_LOW("special cause improvement (low)"),
    /** A special cause at the latest point, high, and lower is better. */
    CONCERN_HIGH("special cause concern (high)"),
    /** A special cause at the latest point, low, and higher is better. */
    CONCERN_LOW("special cause concern (low)"),
    /** A special cause at the latest point, high, for an indicator whose polarity is not stated. */
    NEUTRAL_HIGH("special cause variation (high, polarity not stated)"),
    /** A special cause at the latest point, low, for an indicator whose polarity is not stated. */
    NEUTRAL_LOW("special cause variation (low, polarity not stated)");

    private final String label;

    Variation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the four icons that say better or worse. */
    public boolean isImprovement() {
        return this == IMPROVEMENT_HIGH || this == IMPROVEMENT_LOW;
    }

    public boolean isConcern() {
        return this == CONCERN_HIGH || this == CONCERN_LOW;
    }

    /** True when the special cause is above the mean. */
    public boolean isHigh() {
        return this == IMPROVEMENT_HIGH || this == CONCERN_HIGH || this == NEUTRAL_HIGH;
    }
}
