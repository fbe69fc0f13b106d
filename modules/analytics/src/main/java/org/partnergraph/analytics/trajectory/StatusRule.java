package org.partnergraph.analytics.trajectory;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.partnergraph.model.Polarity;

/**
 * Judges the latest actual of a series against its {@link TargetPath}.
 *
 * <p>The rule. Let {@code e} be the value the path expects at the actual's day (the final target
 * when the actual is dated after it: the deadline has passed and the final target is what was
 * promised), and the <em>shortfall</em> how far the actual {@code a} is behind it:
 * {@code e - a} when higher is better, {@code a - e} when lower is better. The <em>band</em> is
 * {@code tolerance x |final target - path start|}, the tolerance as a share of the distance the
 * path asks for (for a flat path, of {@code |final target|} instead). Then
 * <ul>
 *   <li>shortfall &le; 0 (on the path or better): {@link TrajectoryStatus#ON_TRACK};</li>
 *   <li>0 &lt; shortfall &le; band: {@link TrajectoryStatus#AT_RISK};</li>
 *   <li>shortfall &gt; band: {@link TrajectoryStatus#OFF_TRACK}.</li>
 * </ul>
 * An indicator of {@link Polarity#UNKNOWN} polarity is judged by the direction of its path
 * ({@link TargetPath#resolve}); when the path is flat too, it asks for a level to be held, and
 * {@code |a - e| <= band} is on track, anything further off track. No path gives
 * {@link TrajectoryStatus#NO_TARGET}; no actual on or after the path's start gives
 * {@link TrajectoryStatus#NO_DATA}.
 *
 * <p>The band is a share of the whole journey rather than of the value, so that it means the same
 * for a percentage, a count and a rate, and the same for a target close to the baseline as for one
 * far from it. {@link #TOLERANCE_DEFAULT} is 5%. O(log k) per judgement.
 */
public final class StatusRule {

    /** Behind the path by up to 5% of the distance from the start to the final target is "at risk". */
    public static final double TOLERANCE_DEFAULT = 0.05;

    private final double tolerance;

    /** A rule with the default tolerance. */
    public StatusRule() {
        this(TOLERANCE_DEFAULT);
    }

    /**
     * @param tolerance the at-risk band as a share of the path's distance, from 0 (no band: behind
     *     is off track) to 1 (a shortfall up to the whole distance is only at risk)
     * @throws IllegalArgumentException when the tolerance is outside 0..1 or not a number
     */
    public StatusRule(double tolerance) {
        if (!(tolerance >= 0 && tolerance <= 1)) {
            throw new IllegalArgumentException("tolerance must be between 0 and 1, was " + tolerance);
        }
        this.tolerance = tolerance;
    }

    public double tolerance() {
        return tolerance;
    }

    /**
     * The status of {@code actual} against {@code path}.
     *
     * @param declared the indicator's polarity; {@link Polarity#UNKNOWN} is resolved from the path
     */
    public TrajectoryStatus judge(Optional<TargetPath> path, Optional<DatedValue> actual, Polarity declared) {
        Objects.requireNonNull(declared, "declared");
        if (path.isEmpty()) {
            return TrajectoryStatus.NO_TARGET;
        }
        OptionalDouble expected = actual.isEmpty() ? OptionalDouble.empty() : expectedFor(path.get(), actual.get());
        if (expected.isEmpty()) {
            return TrajectoryStatus.NO_DATA;
        }
        return judge(path.get(), actual.get().value(), expected.getAsDouble(), declared);
    }

    /**
     * The value {@code actual} is judged against: the path's value at its day, the final target
     * after the path ends, or empty when the actual is dated before the path starts.
     */
    public OptionalDouble expectedFor(TargetPath path, DatedValue actual) {
        if (actual.date().isAfter(path.finalTarget().date())) {
            return OptionalDouble.of(path.finalTarget().value());
        }
        return path.expectedAt(actual.date()); // empty before the path starts
    }

    /** Whether {@code value} meets the path's final target, by the same polarity as {@link #judge}. */
    public boolean meetsFinalTarget(TargetPath path, double value, Polarity declared) {
        double target = path.finalTarget().value();
        return switch (path.resolve(declared)) {
            case HIGHER_IS_BETTER -> value >= target;
            case LOWER_IS_BETTER -> value <= target;
            case UNKNOWN -> Math.abs(value - target) <= band(path);
        };
    }

    /** The at-risk band of {@code path}: tolerance x distance, or x |final target| for a flat path. */
    public double band(TargetPath path) {
        double scale = path.distance() > 0
                ? path.distance()
                : Math.abs(path.finalTarget().value());
        return tolerance * scale;
    }

    private TrajectoryStatus judge(TargetPath path, double actual, double expected, Polarity declared) {
        double band = band(path);
        Polarity polarity = path.resolve(declared);
        if (polarity == Polarity.UNKNOWN) {
            return Math.abs(actual - expected) <= band ? TrajectoryStatus.ON_TRACK : TrajectoryStatus.OFF_TRACK;
        }
        double shortfall = polarity == Polarity.HIGHER_IS_BETTER ? expected - actual : actual - expected;
        if (shortfall <= 0) {
            return TrajectoryStatus.ON_TRACK;
        }
        return shortfall <= band ? TrajectoryStatus.AT_RISK : TrajectoryStatus.OFF_TRACK;
    }
}
