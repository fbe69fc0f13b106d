package org.partnergraph.analytics.trajectory;

/** The special-cause tests {@link XmrAnalysis} applies to an XmR chart. */
public enum SpecialCauseRule {
    /** One point above the upper or below the lower natural process limit. */
    BEYOND_LIMITS("point beyond the limits"),
    /** A run of at least N consecutive points on one side of the mean (a shift). */
    RUN("run on one side of the mean"),
    /** At least N consecutive points each higher, or each lower, than the one before. */
    TREND("trend"),
    /** Two of three points on one side of the mean beyond two-thirds of the way to a limit (found by {@link MakingDataCount}, not {@link XmrAnalysis}). */
    NEAR_LIMITS("two of three points near a limit");

    private final String label;

    SpecialCauseRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
