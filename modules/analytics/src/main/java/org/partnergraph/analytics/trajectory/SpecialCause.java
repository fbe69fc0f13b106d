package org.partnergraph.analytics.trajectory;

import java.util.Objects;

/**
 * One signal on an XmR chart: the rule it breaks and the stretch of points, by index into the
 * chart's points (both ends included; equal for a single point beyond the limits).
 *
 * @param rule the rule
 * @param first index of the first point of the signal
 * @param last index of the last point of the signal
 */
public record SpecialCause(SpecialCauseRule rule, int first, int last) {

    public SpecialCause {
        Objects.requireNonNull(rule, "rule");
        if (first < 0 || last < first) {
            throw new IllegalArgumentException(
                    "a special cause spans points first..last with 0 <= first <= last, was " + first + ".." + last);
        }
    }

    /** How many points the signal spans. */
    public int length() {
        return last - first + 1;
    }
}
