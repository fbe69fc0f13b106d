package org.partnergraph.analytics.trajectory;

import java.util.List;
import java.util.Locale;

/**
 * An XmR (individuals and moving range) control chart of a series' observed values.
 *
 * @param points the observed values, in date order
 * @param mean the mean of the values: the centre line
 * @param movingRanges {@code |x[i] - x[i-1]|} for i = 1..n-1
 * @param meanMovingRange the mean of the moving ranges
 * @param upperLimit {@code mean + 2.66 x meanMovingRange}, the upper natural process limit
 * @param lowerLimit {@code mean - 2.66 x meanMovingRange}, not clipped at zero
 * @param upperRangeLimit {@code 3.268 x meanMovingRange}, the moving ranges' upper limit
 * @param signals the special causes found, ordered by rule then position
 */
public record XmrChart(
        List<DatedValue> points,
        double mean,
        List<Double> movingRanges,
        double meanMovingRange,
        double upperLimit,
        double lowerLimit,
        double upperRangeLimit,
        List<SpecialCause> signals)
        implements XmrResult {

    public XmrChart {
        points = List.copyOf(points);
        movingRanges = List.copyOf(movingRanges);
        signals = List.copyOf(signals);
        if (movingRanges.size() != points.size() - 1) {
            throw new IllegalArgumentException(points.size() + " points have " + (points.size() - 1)
                    + " moving ranges, not " + movingRanges.size());
        }
    }

    @Override
    public boolean computed() {
        return true;
    }

    /** The signals of one rule. */
    public List<SpecialCause> signals(SpecialCauseRule rule) {
        return signals.stream().filter(s -> s.rule() == rule).toList();
    }

    /** True when any special cause was found: the process changed, or something unusual happened. */
    public boolean hasSignals() {
        return !signals.isEmpty();
    }

    @Override
    public String summary() {
        return String.format(
                Locale.ROOT,
                "mean %.4g, limits %.4g..%.4g, %d signal%s",
                mean,
                lowerLimit,
                upperLimit,
                signals.size(),
                signals.size() == 1 ? "" : "s");
    }
}
