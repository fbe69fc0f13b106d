package org.partnergraph.analytics.trajectory;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Polarity;

/**
 * Everything the trajectory analysis says about one indicator in one area: the result a table
 * row, a chart or a command-line report is drawn from. Built by {@link TrajectoryAnalysis}.
 *
 * @param indicator the indicator
 * @param series its measurements in this area; {@link MeasurementSeries#areaId()} is {@code ""} for the whole area
 * @param polarity the polarity judged by: the indicator's, or for an unknown one the target path's direction
 * @param targetPath the path from the latest baseline through the targets; empty without a target
 * @param latestActual the most recent actual; empty without one
 * @param expected what the path expects at the latest actual's day (the final target after it);
 *     empty when the status is not judged
 * @param status the latest actual against the path
 * @param direction the direction of travel between the last two values
 * @param forecast the least-squares forecast to the final target's day; empty without a target or
 *     without two observed values on different days
 * @param control the XmR chart of the observed values, or why there is none
 */
public record Trajectory(
        Indicator indicator,
        MeasurementSeries series,
        Polarity polarity,
        Optional<TargetPath> targetPath,
        Optional<DatedValue> latestActual,
        OptionalDouble expected,
        TrajectoryStatus status,
        Direction direction,
        Optional<Forecast> forecast,
        XmrResult control) {

    public Trajectory {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(targetPath, "targetPath");
        Objects.requireNonNull(latestActual, "latestActual");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(control, "control");
        if (!series.indicatorId().equals(indicator.id())) {
            throw new IllegalArgumentException(
                    "series of '" + series.indicatorId() + "' given for indicator '" + indicator.id() + "'");
        }
    }

    public String indicatorId() {
        return indicator.id();
    }

    /** The area id, {@code ""} for the indicator's whole area. */
    public String areaId() {
        return series.areaId();
    }

    /** The indicator's label, with the area in brackets when it is not the whole area: {@code NI 16 ... (st-albans)}. */
    public String label() {
        return series.isWholeArea() ? indicator.label() : indicator.label() + " (" + areaId() + ")";
    }
}
