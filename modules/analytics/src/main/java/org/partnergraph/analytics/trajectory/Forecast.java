package org.partnergraph.analytics.trajectory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where the observed values' least-squares line reaches at the final target's day, and whether
 * that meets the final target (with the indicator's polarity, see {@link StatusRule#meetsFinalTarget}).
 *
 * @param date the final target's day
 * @param value the line's value on that day
 * @param target the final target
 * @param meetsTarget whether {@code value} meets {@code target}
 * @param line the fitted line
 */
public record Forecast(LocalDate date, double value, double target, boolean meetsTarget, LeastSquaresLine line) {

    public Forecast {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(line, "line");
    }

    /** The forecast's value minus the target: positive above it, negative below. */
    public double gap() {
        return value - target;
    }
}
