package org.partnergraph.analytics.trajectory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Polarity;

/**
 * The target path of a series: the piecewise-linear line from the latest baseline through each
 * later target, by date (each value at its period's last day), so that the value expected at any
 * day between the baseline and the final target is defined.
 *
 * <p>Before the first vertex and after the last the path is <em>undefined</em>
 * ({@link #expectedAt} is empty): nothing was promised before the baseline, and what is expected
 * after the final target is a policy decision, not arithmetic ({@link StatusRule} holds the final
 * target for actuals after it, and says so).
 *
 * <p>Built by {@link #of(MeasurementSeries)}: the first vertex is the latest baseline; targets on
 * or before its day are history and are left out; of two targets on the same day the one whose
 * period starts later (the shorter period) is kept. A series with targets but no baseline gets a
 * path that starts at its first target.
 *
 * <p>Linear interpolation between neighbouring vertices {@code (d0, v0)} and {@code (d1, v1)}:
 * {@code v(d) = v0 + (v1 - v0) * (d - d0) / (d1 - d0)}, with days counted from the epoch.
 * Building is O(k log k) for k measurements; {@link #expectedAt} is O(log k).
 *
 * @param vertices the baseline (if any) and the targets, strictly increasing in date; at least one
 * @param fromBaseline whether the first vertex is a baseline rather than a target
 */
public record TargetPath(List<DatedValue> vertices, boolean fromBaseline) {

    public TargetPath {
        Objects.requireNonNull(vertices, "vertices");
        if (vertices.isEmpty()) {
            throw new IllegalArgumentException("a target path needs at least one vertex");
        }
        if (fromBaseline && vertices.size() < 2) {
            throw new IllegalArgumentException("a target path from a baseline needs at least one target after it");
        }
        for (int i = 1; i < vertices.size(); i++) {
            if (!vertices.get(i).date().isAfter(vertices.get(i - 1).date())) {
                throw new IllegalArgumentException(
                        "target path vertices must be in strictly increasing date order, but "
                                + vertices.get(i).date() + " follows "
                                + vertices.get(i - 1).date());
            }
        }
        vertices = List.copyOf(vertices);
    }

    /** The series' target path, or empty when it has no target after its latest baseline. */
    public static Optional<TargetPath> of(MeasurementSeries series) {
        Optional<Measurement> baseline = series.latestBaseline();
        List<DatedValue> vertices = new ArrayList<>();
        baseline.ifPresent(b -> vertices.add(DatedValue.of(b)));
        for (Measurement target : series.targets()) { // ordered by end day, then start day
            DatedValue v = DatedValue.of(target);
            DatedValue last = vertices.isEmpty() ? null : vertices.get(vertices.size() - 1);
            if (last == null || v.date().isAfter(last.date())) {
                vertices.add(v);
            } else if (v.date().equals(last.date()) && !(baseline.isPresent() && vertices.size() == 1)) {
                vertices.set(vertices.size() - 1, v); // same day, later start: the shorter period wins
            }
        }
        int targets = vertices.size() - (baseline.isPresent() ? 1 : 0);
        return targets == 0 ? Optional.empty() : Optional.of(new TargetPath(vertices, baseline.isPresent()));
    }

    /** The first vertex: the latest baseline, or the first target when there is no baseline. */
    public DatedValue start() {
        return vertices.get(0);
    }

    /** The last target. */
    public DatedValue finalTarget() {
        return vertices.get(vertices.size() - 1);
    }

    /** True when {@code date} lies between the first and last vertex, both included. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start().date()) && !date.isAfter(finalTarget().date());
    }

    /** The value the path expects at {@code date}; empty before its start and after its final target. */
    public OptionalDouble expectedAt(LocalDate date) {
        if (!covers(date)) {
            return OptionalDouble.empty();
        }
        long day = date.toEpochDay();
        int hi = upperVertex(day);
        if (hi == 0) {
            return OptionalDouble.of(vertices.get(0).value());
        }
        DatedValue a = vertices.get(hi - 1);
        DatedValue b = vertices.get(hi);
        double fraction = (double) (day - a.epochDay()) / (b.epochDay() - a.epochDay());
        return OptionalDouble.of(a.value() + (b.value() - a.value()) * fraction);
    }

    /** |final target - start|: the distance the path asks the indicator to travel. */
    public double distance() {
        return Math.abs(finalTarget().value() - start().value());
    }

    /**
     * The polarity to judge by: {@code declared} when it is known; otherwise the direction from the
     * start to the final target (a falling path means lower is better, a rising one higher), and
     * {@link Polarity#UNKNOWN} for a flat path, which asks for a level to be held.
     */
    public Polarity resolve(Polarity declared) {
        if (declared != Polarity.UNKNOWN) {
            return declared;
        }
        double change = finalTarget().value() - start().value();
        return change > 0 ? Polarity.HIGHER_IS_BETTER : change < 0 ? Polarity.LOWER_IS_BETTER : Polarity.UNKNOWN;
    }

    /** Index of the first vertex on or after {@code day}; the caller has checked the path covers it. */
    private int upperVertex(long day) {
        int lo = 0;
        int hi = vertices.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (vertices.get(mid).epochDay() < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
