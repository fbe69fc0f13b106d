package org.partnergraph.analytics.trajectory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ordinary least-squares line of values on date: {@code y = meanValue + slopePerDay x (day -
 * meanDay)}, days counted from the epoch.
 *
 * <p>{@code slope = Sxy / Sxx} with {@code Sxy = sum (x - mean x)(y - mean y)} and
 * {@code Sxx = sum (x - mean x)^2} (any statistics text, e.g. Montgomery and Runger, <i>Applied
 * Statistics and Probability for Engineers</i>, ch. 11). The line passes through the means; keeping
 * it in that centred form avoids the large, ill-conditioned intercept at the epoch. Fitting is
 * O(n), two passes.
 *
 * @param slopePerDay change in value per day
 * @param meanEpochDay the mean of the points' days
 * @param meanValue the mean of the points' values
 * @param points how many points were fitted, at least 2
 */
public record LeastSquaresLine(double slopePerDay, double meanEpochDay, double meanValue, int points) {

    /** Days in an average Gregorian year, for {@link #slopePerYear()}. */
    public static final double DAYS_PER_YEAR = 365.2425;

    public LeastSquaresLine {
        if (points < 2) {
            throw new IllegalArgumentException("a least-squares line needs at least 2 points, had " + points);
        }
    }

    /**
     * The line through {@code values}, or empty when there are fewer than two values or they all
     * fall on one day (the slope is then undefined).
     */
    public static Optional<LeastSquaresLine> fit(List<DatedValue> values) {
        Objects.requireNonNull(values, "values");
        int n = values.size();
        if (n < 2) {
            return Optional.empty();
        }
        double meanX = 0;
        double meanY = 0;
        for (DatedValue v : values) {
            meanX += v.epochDay();
            meanY += v.value();
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        for (DatedValue v : values) {
            double dx = v.epochDay() - meanX;
            sxx += dx * dx;
            sxy += dx * (v.value() - meanY);
        }
        return sxx == 0 ? Optional.empty() : Optional.of(new LeastSquaresLine(sxy / sxx, meanX, meanY, n));
    }

    /** The line's value at {@code date}. */
    public double valueAt(LocalDate date) {
        return meanValue + slopePerDay * (date.toEpochDay() - meanEpochDay);
    }

    /** Change in value per average year, for display. */
    public double slopePerYear() {
        return slopePerDay * DAYS_PER_YEAR;
    }
}
