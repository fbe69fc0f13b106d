package org.partnergraph.analytics.trajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.partnergraph.model.Polarity;

/**
 * NHS England's "Making Data Count" summary of a series: a variation icon (special cause
 * improvement or concern, or common cause) and an assurance icon (the target consistently passed,
 * consistently failed, or hit and miss), read off an XmR chart of its observed values.
 *
 * <p>The chart is {@link XmrAnalysis}'s (mean, limits at mean +/- 2.66 x mean moving range) with
 * the Making Data Count rules: a point beyond a limit; a run of {@value #RUN_LENGTH_DEFAULT} points
 * on one side of the mean; a trend of {@value #RUN_LENGTH_DEFAULT} points each rising or each
 * falling; and two of three consecutive points, all on one side of the mean, beyond two-thirds of
 * the way from the mean to a limit (the "near limit" rule, a point beyond the limit not counted as
 * near). The variation icon is that of the latest point: when a rule flags it, special cause high or
 * low (for a trend: the way it runs, otherwise the side of the mean), an improvement when that is
 * the good direction of the indicator and a concern otherwise (neutral when the polarity is not
 * stated); when no rule flags it, common cause. Assurance compares the target with the limits: a
 * target beyond the upper limit is consistently failed when higher is better (passed when lower is
 * better), beyond the lower limit the other way round, and within the limits (on one included) hit
 * and miss.
 *
 * <p>Source: NHS England and NHS Improvement, <i>Making data count</i> (2018, 2019), as implemented
 * by the NHS-R community's NHSRplotthedots ({@code ptd_calculate_point_type.R},
 * {@code ptd_calculate_assurance_type.R}). Below {@code minPoints} ({@value #MIN_POINTS_DEFAULT} by
 * default) there is no summary: limits from a handful of points are noise, and NHSRplotthedots
 * calls limits from fewer than 12 points "trial limits". O(n) per series.
 */
public final class MakingDataCount {

    /** Fewer observed values than this give no icons. */
    public static final int MIN_POINTS_DEFAULT = 15;
    /** Seven points in a row on one side of the mean, or rising or falling, is a signal. */
    public static final int RUN_LENGTH_DEFAULT = 7;
    /** A point beyond this share of the distance from the mean to a limit is near the limit. */
    public static final double NEAR_SHARE = 2.0 / 3.0;

    private final int minPoints;
    private final XmrAnalysis xmr;

    /** With the defaults: at least 15 points, runs and trends of 7. */
    public MakingDataCount() {
        this(MIN_POINTS_DEFAULT, RUN_LENGTH_DEFAULT);
    }

    /**
     * @param minPoints the fewest observed values that get icons, at least 3
     * @param runLength points that make a run or a trend, at least 3
     * @throws IllegalArgumentException when a setting is below its minimum
     */
    public MakingDataCount(int minPoints, int runLength) {
        if (minPoints < 3) {
            throw new IllegalArgumentException("minPoints must be at least 3, was " + minPoints);
        }
        if (runLength < 3) {
            throw new IllegalArgumentException("runLength must be at least 3, was " + runLength);
        }
        this.minPoints = minPoints;
        this.xmr = new XmrAnalysis(minPoints, runLength, runLength);
    }

    public int minPoints() {
        return minPoints;
    }

    /** The summary of a trajectory's observed values against its final target, by its polarity. */
    public Optional<MdcSummary> assess(Trajectory t) {
        OptionalDouble target = t.targetPath()
                .map(p -> OptionalDouble.of(p.finalTarget().value()))
                .orElse(OptionalDouble.empty());
        return assess(t.series().observed(), t.polarity(), target);
    }

    /**
     * The summary of {@code points} (in date order), or empty below {@link #minPoints()}.
     *
     * @param polarity which direction is good; {@link Polarity#UNKNOWN} gives neutral icons and no assurance
     * @param target the target to assure against, or empty
     */
    public Optional<MdcSummary> assess(List<DatedValue> points, Polarity polarity, OptionalDouble target) {
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(target, "target");
        if (!(xmr.analyse(points) instanceof XmrChart chart)) {
            return Optional.empty();
        }
        List<SpecialCause> near = nearLimits(chart);
        List<Boolean> flagged = flags(chart, near);
        int last = points.size() - 1;
        int side = sideAtLatest(chart, near, last);
        String reason = reasonAtLatest(chart, near, last);
        Variation variation = side == 0 ? Variation.COMMON_CAUSE : variation(side, polarity);
        return Optional.of(new MdcSummary(variation, assurance(chart, polarity, target), chart, near, flagged, reason));
    }

    /** Windows of three points, all on one side of the mean, two or three of them near (not beyond) a limit. */
    static List<SpecialCause> nearLimits(XmrChart chart) {
        List<SpecialCause> out = new ArrayList<>();
        List<DatedValue> p = chart.points();
        for (int i = 0; i + 2 < p.size(); i++) {
            int side = side(chart, p.get(i).value());
            int near = 0;
            boolean oneSide = side != 0;
            for (int j = i; j < i + 3; j++) {
                oneSide &= side(chart, p.get(j).value()) == side;
                near += isNear(chart, p.get(j).value()) ? 1 : 0;
            }
            if (oneSide && near >= 2) {
                out.add(new SpecialCause(SpecialCauseRule.NEAR_LIMITS, i, i + 2));
            }
        }
        return out;
    }

    private static boolean isNear(XmrChart chart, double x) {
        double half = chart.upperLimit() - chart.mean();
        boolean beyond = x > chart.upperLimit() || x < chart.lowerLimit();
        return !beyond && Math.abs(x - chart.mean()) > NEAR_SHARE * half;
    }

    private static int side(XmrChart chart, double x) {
        return (int) Math.signum(x - chart.mean());
    }

    private static List<Boolean> flags(XmrChart chart, List<SpecialCause> near) {
        int n = chart.points().size();
        List<Boolean> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(flaggedAt(chart, near, i) != null);
        }
        return out;
    }

    /** The rule that flags point {@code i} (beyond limits, near limits, run, trend in that order), or null. */
    private static String flaggedAt(XmrChart chart, List<SpecialCause> near, int i) {
        for (SpecialCause s : chart.signals(SpecialCauseRule.BEYOND_LIMITS)) {
            if (s.first() == i) {
                return SpecialCauseRule.BEYOND_LIMITS.label();
            }
        }
        double x = chart.points().get(i).value();
        for (SpecialCause s : near) {
            if (s.first() <= i && i <= s.last() && isNear(chart, x)) {
                return SpecialCauseRule.NEAR_LIMITS.label();
            }
        }
        for (SpecialCauseRule rule : List.of(SpecialCauseRule.RUN, SpecialCauseRule.TREND)) {
            for (SpecialCause s : chart.signals(rule)) {
                if (s.first() <= i && i <= s.last()) {
                    return rule.label() + " of " + s.length() + " points";
                }
            }
        }
        return null;
    }

    private static String reasonAtLatest(XmrChart chart, List<SpecialCause> near, int last) {
        String rule = flaggedAt(chart, near, last);
        return rule == null ? "" : rule;
    }

    /** +1 high, -1 low, 0 when no rule flags the latest point. */
    private static int sideAtLatest(XmrChart chart, List<SpecialCause> near, int last) {
        String rule = flaggedAt(chart, near, last);
        if (rule == null) {
            return 0;
        }
        if (rule.startsWith(SpecialCauseRule.TREND.label())) {
            for (SpecialCause s : chart.signals(SpecialCauseRule.TREND)) {
                if (s.last() == last) {
                    List<DatedValue> p = chart.points();
                    return (int)
                            Math.signum(p.get(last).value() - p.get(s.first()).value());
                }
            }
        }
        return side(chart, chart.points().get(last).value());
    }

    private static Variation variation(int side, Polarity polarity) {
        boolean high = side > 0;
        return switch (polarity) {
            case HIGHER_IS_BETTER -> high ? Variation.IMPROVEMENT_HIGH : Variation.CONCERN_LOW;
            case LOWER_IS_BETTER -> high ? Variation.CONCERN_HIGH : Variation.IMPROVEMENT_LOW;
            case UNKNOWN -> high ? Variation.NEUTRAL_HIGH : Variation.NEUTRAL_LOW;
        };
    }

    static Assurance assurance(XmrChart chart, Polarity polarity, OptionalDouble target) {
        if (target.isEmpty() || polarity == Polarity.UNKNOWN) {
            return Assurance.NONE;
        }
        double t = target.getAsDouble();
        boolean higher = polarity == Polarity.HIGHER_IS_BETTER;
        if (t > chart.upperLimit()) {
            return higher ? Assurance.CONSISTENT_FAIL : Assurance.CONSISTENT_PASS;
        }
        if (t < chart.lowerLimit()) {
            return higher ? Assurance.CONSISTENT_PASS : Assurance.CONSISTENT_FAIL;
        }
        return Assurance.HIT_AND_MISS;
    }
}
