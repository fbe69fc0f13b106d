package org.partnergraph.analytics.trajectory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Polarity;

/**
 * The direction of travel of a series: how its last two values compare.
 *
 * <p>The two values are the last two actuals; with fewer than two actuals the baselines dated
 * before the first actual fill in (one actual is compared with the latest baseline before it; no
 * actual, the last two baselines with each other). With the change {@code c = last - previous}
 * and the stable band {@code b = stableBand x |previous|}:
 * {@code |c| <= b} is {@link Direction#STABLE}; otherwise the polarity decides,
 * {@code c > 0} being {@link Direction#IMPROVING} when higher is better and
 * {@link Direction#WORSENING} when lower is better, and the reverse for {@code c < 0}. With
 * unknown polarity, or fewer than two values, a change beyond the band is
 * {@link Direction#UNKNOWN}. The caller resolves an unknown polarity from the target path first
 * ({@link TargetPath#resolve}).
 *
 * <p>The band is relative to the previous value so that a rounding-sized move in a large count
 * is not reported as a trend. {@link #STABLE_BAND_DEFAULT} is 1%. This is the usual "direction of
 * travel" of local performance reports, not a test of significance: {@link XmrAnalysis} is that.
 * O(b + a) for b baselines and a actuals.
 */
public final class DirectionOfTravel {

    /** A move of at most 1% of the previous value is stable. */
    public static final double STABLE_BAND_DEFAULT = 0.01;

    private final double stableBand;

    /** With the default stable band. */
    public DirectionOfTravel() {
        this(STABLE_BAND_DEFAULT);
    }

    /**
     * @param stableBand the largest move still called stable, as a share of the previous value, 0..1
     * @throws IllegalArgumentException when outside 0..1 or not a number
     */
    public DirectionOfTravel(double stableBand) {
        if (!(stableBand >= 0 && stableBand <= 1)) {
            throw new IllegalArgumentException("stable band must be between 0 and 1, was " + stableBand);
        }
        this.stableBand = stableBand;
    }

    public double stableBand() {
        return stableBand;
    }

    /** The direction of {@code series}, judged by {@code polarity} (already resolved where it can be). */
    public Direction of(MeasurementSeries series, Polarity polarity) {
        List<DatedValue> values = lastTwo(series);
        if (values.size() < 2) {
            return Direction.UNKNOWN;
        }
        return between(values.get(0).value(), values.get(1).value(), polarity);
    }

    /** The direction of a move from {@code previous} to {@code last}. */
    public Direction between(double previous, double last, Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        double change = last - previous;
        if (Math.abs(change) <= stableBand * Math.abs(previous)) {
            return Direction.STABLE;
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> change > 0 ? Direction.IMPROVING : Direction.WORSENING;
            case LOWER_IS_BETTER -> change < 0 ? Direction.IMPROVING : Direction.WORSENING;
            case UNKNOWN -> Direction.UNKNOWN;
        };
    }

    /** The values compared: the last two actuals, filled in from earlier baselines; at most two, oldest first. */
    public static List<DatedValue> lastTwo(MeasurementSeries series) {
        List<DatedValue> values = new ArrayList<>();
        LocalDate firstActual = series.actuals().isEmpty()
                ? null
                : series.actuals().get(0).period().pointInTime();
        for (Measurement b : series.baselines()) {
            if (firstActual == null || b.period().pointInTime().isBefore(firstActual)) {
                values.add(DatedValue.of(b));
            }
        }
        series.actuals().forEach(a -> values.add(DatedValue.of(a)));
        return List.copyOf(values.subList(Math.max(0, values.size() - 2), values.size()));
    }
}
