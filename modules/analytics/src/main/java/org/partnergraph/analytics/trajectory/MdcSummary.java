package org.partnergraph.analytics.trajectory;

import java.util.List;
import java.util.Objects;

/**
 * What {@link MakingDataCount} says of a series with enough points: the variation and assurance
 * icons, the chart they come from, and which points a rule flags.
 *
 * @param variation the icon of the latest point
 * @param assurance the icon of the target against the limits
 * @param chart the XmR chart (mean, limits, the beyond-limits, run and trend signals)
 * @param nearLimits stretches of three points of which two lie beyond two-thirds of the way to a
 *     limit, on one side of the mean (rule {@link SpecialCauseRule#NEAR_LIMITS})
 * @param flagged for each point, whether any rule flags it
 * @param reason the rule that decides the variation icon, or {@code ""} for common cause
 */
public record MdcSummary(
        Variation variation,
        Assurance assurance,
        XmrChart chart,
        List<SpecialCause> nearLimits,
        List<Boolean> flagged,
        String reason) {

    public MdcSummary {
        Objects.requireNonNull(variation, "variation");
        Objects.requireNonNull(assurance, "assurance");
        Objects.requireNonNull(chart, "chart");
        nearLimits = List.copyOf(nearLimits);
        flagged = List.copyOf(flagged);
        Objects.requireNonNull(reason, "reason");
        if (flagged.size() != chart.points().size()) {
            throw new IllegalArgumentException(
                    flagged.size() + " flags for " + chart.points().size() + " points");
        }
    }
}
