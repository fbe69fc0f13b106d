package org.partnergraph.analytics.trajectory;

import java.time.LocalDate;
import java.util.Objects;
import org.partnergraph.model.Measurement;

/**
 * A value placed at a day: a measurement at its period's last day, a vertex of a target path, or
 * a point of a chart.
 *
 * @param date the day the value is plotted at
 * @param value the value, finite
 */
public record DatedValue(LocalDate date, double value) {

    public DatedValue {
        Objects.requireNonNull(date, "date");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a value must be a finite number, was " + value + " at " + date);
        }
    }

    /** The measurement's value at {@link org.partnergraph.model.Period#pointInTime()}. */
    public static DatedValue of(Measurement measurement) {
        return new DatedValue(measurement.period().pointInTime(), measurement.value());
    }

    /** Days from the epoch to {@link #date()}, the x of regressions and interpolation. */
    public long epochDay() {
        return date.toEpochDay();
    }
}
