package org.partnergraph.analytics.trajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * XmR statistical process control (Shewhart's chart for individual values) over a series'
 * observed values in date order, with the usual special-cause rules.
 *
 * <p>For values {@code x[0..n-1]}: the centre line is their mean; the moving ranges are
 * {@code |x[i] - x[i-1]|}; the natural process limits are {@code mean +/- 2.66 x mean moving
 * range} (2.66 = 3 / d2, d2 = 1.128 for ranges of two, so the limits are three sigma estimated
 * from point-to-point variation); the moving ranges' own upper limit is {@code 3.268 x mean
 * moving range}. Source: D. J. Wheeler, <i>Understanding Variation</i> (1993), and the NHS
 * "Making Data Count" guidance that applies it to public-sector indicators.
 *
 * <p>Special causes (Western Electric / Nelson rules, as "Making Data Count" uses them):
 * <ul>
 *   <li>{@link SpecialCauseRule#BEYOND_LIMITS}: a point strictly above the upper or below the lower limit;</li>
 *   <li>{@link SpecialCauseRule#RUN}: {@code runLength} ({@value #RUN_LENGTH_DEFAULT} by default) or more
 *       consecutive points strictly on one side of the mean; a point exactly on the mean ends a run;</li>
 *   <li>{@link SpecialCauseRule#TREND}: {@code trendLength} ({@value #TREND_LENGTH_DEFAULT} by default) or
 *       more consecutive points each strictly higher, or each strictly lower, than the one before;
 *       an equal neighbour ends a trend.</li>
 * </ul>
 * Each maximal run or trend is reported once, as one {@link SpecialCause} spanning it.
 *
 * <p>Limits drawn from a handful of points are noise, so below {@code minPoints}
 * ({@value #MIN_POINTS_DEFAULT} by default) the analysis returns {@link XmrNotEnoughPoints} instead
 * of a chart. O(n) time and space.
 */
public final class XmrAnalysis {

    /** Fewer observed values than this give no chart. */
    public static final int MIN_POINTS_DEFAULT = 6;
    /** Eight points in a row on one side of the mean is a shift. */
    public static final int RUN_LENGTH_DEFAULT = 8;
    /** Six points in a row all rising or all falling is a trend. */
    public static final int TREND_LENGTH_DEFAULT = 6;
    /** 3 / d2 for moving ranges of two points. */
    public static final double LIMIT_FACTOR = 2.66;
    /** D4 for moving ranges of two points. */
    public static final double RANGE_LIMIT_FACTOR = 3.268;

    private final int minPoints;
    private final int runLength;
    private final int trendLength;

    /** With the defaults: at least 6 points, runs of 8, trends of 6. */
    public XmrAnalysis() {
        this(MIN_POINTS_DEFAULT, RUN_LENGTH_DEFAULT, TREND_LENGTH_DEFAULT);
    }

    /**
     * @param minPoints the fewest observed values that get a chart, at least 2 (one moving range)
     * @param runLength points on one side of the mean that make a run, at least 2
     * @param trendLength points rising or falling that make a trend, at least 3 (two points always do one or the other)
     * @throws IllegalArgumentException when a setting is below its minimum
     */
    public XmrAnalysis(int minPoints, int runLength, int trendLength) {
        if (minPoints < 2) {
            throw new IllegalArgumentException("minPoints must be at least 2, was " + minPoints);
        }
        if (runLength < 2) {
            throw new IllegalArgumentException("runLength must be at least 2, was " + runLength);
        }
        if (trendLength < 3) {
            throw new IllegalArgumentException("trendLength must be at least 3, was " + trendLength);
        }
        this.minPoints = minPoints;
        this.runLength = runLength;
        this.trendLength = trendLength;
    }

    public int minPoints() {
        return minPoints;
    }

    public int runLength() {
        return runLength;
    }

    public int trendLength() {
        return trendLength;
    }

    /** The chart of {@code points}, taken in the order given (callers pass them by date). */
    public XmrResult analyse(List<DatedValue> points) {
        Objects.requireNonNull(points, "points");
        if (points.size() < minPoints) {
            return new XmrNotEnoughPoints(points, minPoints);
        }
        int n = points.size();
        double mean = points.stream().mapToDouble(DatedValue::value).sum() / n;
        List<Double> ranges = new ArrayList<>(n - 1);
        double rangeSum = 0;
        for (int i = 1; i < n; i++) {
            double r = Math.abs(points.get(i).value() - points.get(i - 1).value());
            ranges.add(r);
            rangeSum += r;
        }
        double meanRange = rangeSum / (n - 1);
        double upper = mean + LIMIT_FACTOR * meanRange;
        double lower = mean - LIMIT_FACTOR * meanRange;
        List<SpecialCause> signals = new ArrayList<>();
        beyondLimits(points, upper, lower, signals);
        runs(points, mean, signals);
        trends(points, signals);
        return new XmrChart(points, mean, ranges, meanRange, upper, lower, RANGE_LIMIT_FACTOR * meanRange, signals);
    }

    private static void beyondLimits(List<DatedValue> points, double upper, double lower, List<SpecialCause> out) {
        for (int i = 0; i < points.size(); i++) {
            double x = points.get(i).value();
            if (x > upper || x < lower) {
                out.add(new SpecialCause(SpecialCauseRule.BEYOND_LIMITS, i, i));
            }
        }
    }

    private void runs(List<DatedValue> points, double mean, List<SpecialCause> out) {
        int start = 0;
        for (int i = 1; i <= points.size(); i++) {
            int side = (int) Math.signum(points.get(start).value() - mean);
            boolean continues = i < points.size()
                    && side != 0
                    && side == (int) Math.signum(points.get(i).value() - mean);
            if (!continues) {
                if (side != 0 && i - start >= runLength) {
                    out.add(new SpecialCause(SpecialCauseRule.RUN, start, i - 1));
                }
                start = i;
            }
        }
    }

    private void trends(List<DatedValue> points, List<SpecialCause> out) {
        int start = 0;
        int direction = 0;
        for (int i = 1; i <= points.size(); i++) {
            int step = i < points.size()
                    ? (int) Math.signum(
                            points.get(i).value() - points.get(i - 1).value())
                    : 0;
            if (step != 0 && (step == direction || i - start == 1)) {
                direction = step;
                continue;
            }
            if (direction != 0 && i - start >= trendLength) {
                out.add(new SpecialCause(SpecialCauseRule.TREND, start, i - 1));
            }
            start = step == 0 ? i : i - 1; // a rise or fall shares its first point with the stretch before
            direction = step;
        }
    }
}
