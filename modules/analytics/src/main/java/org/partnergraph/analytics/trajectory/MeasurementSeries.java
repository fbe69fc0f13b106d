package org.partnergraph.analytics.trajectory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.MeasurementKind;

/**
 * One indicator's measurements for one area, split by kind and ordered by date: the input of
 * every trajectory calculation.
 *
 * <p>Measurements with an area id form a series of their own; those with an empty (or null) area
 * id form the whole-area series, whose {@link #areaId()} is {@code ""}. Each list is ordered by
 * period ({@link org.partnergraph.model.Period#compareTo}: end day, then start day).
 *
 * @param indicatorId the indicator every measurement belongs to
 * @param areaId the area of every measurement, {@code ""} for the whole area
 * @param baselines the baselines, oldest first
 * @param targets the targets, earliest first
 * @param actuals the actuals, oldest first
 */
public record MeasurementSeries(
        String indicatorId,
        String areaId,
        List<Measurement> baselines,
        List<Measurement> targets,
        List<Measurement> actuals) {

    private static final Comparator<Measurement> BY_PERIOD = Comparator.comparing(Measurement::period);

    public MeasurementSeries {
        Objects.requireNonNull(indicatorId, "indicatorId");
        areaId = areaId == null ? "" : areaId;
        baselines = checked(baselines, MeasurementKind.BASELINE, indicatorId, areaId);
        targets = checked(targets, MeasurementKind.TARGET, indicatorId, areaId);
        actuals = checked(actuals, MeasurementKind.ACTUAL, indicatorId, areaId);
    }

    /**
     * Splits one indicator's measurements into a series per area: the whole-area series first
     * (when there is one), then the areas in id order.
     *
     * @throws IllegalArgumentException when the list is empty or holds another indicator's measurement
     */
    public static List<MeasurementSeries> byArea(String indicatorId, List<Measurement> measurements) {
        Objects.requireNonNull(measurements, "measurements");
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("indicator '" + indicatorId + "' has no measurements");
        }
        Map<String, List<Measurement>> byArea = new TreeMap<>();
        for (Measurement m : measurements) {
            requireIndicator(m, indicatorId);
            byArea.computeIfAbsent(area(m), a -> new ArrayList<>()).add(m);
        }
        List<MeasurementSeries> series = new ArrayList<>();
        byArea.forEach((area, list) -> series.add(of(indicatorId, area, list)));
        return List.copyOf(series);
    }

    /** The series of the given measurements, which must all be of one indicator and one area. */
    public static MeasurementSeries of(String indicatorId, String areaId, List<Measurement> measurements) {
        List<Measurement> baselines = new ArrayList<>();
        List<Measurement> targets = new ArrayList<>();
        List<Measurement> actuals = new ArrayList<>();
        for (Measurement m : measurements) {
            switch (m.kind()) {
                case BASELINE -> baselines.add(m);
                case TARGET -> targets.add(m);
                case ACTUAL -> actuals.add(m);
                default -> throw new IllegalArgumentException("unknown measurement kind " + m.kind());
            }
        }
        return new MeasurementSeries(indicatorId, areaId, baselines, targets, actuals);
    }

    /** A series with no measurements, for an indicator that has none yet. */
    public static MeasurementSeries empty(String indicatorId) {
        return new MeasurementSeries(indicatorId, "", List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return baselines.isEmpty() && targets.isEmpty() && actuals.isEmpty();
    }

    /** True for the series of the indicator's whole area. */
    public boolean isWholeArea() {
        return areaId.isEmpty();
    }

    /**
     * What was observed: baselines and actuals together, by date (a baseline before an actual on
     * the same day). Targets are intentions, not observations, and are left out.
     */
    public List<DatedValue> observed() {
        List<Measurement> all = new ArrayList<>(baselines);
        all.addAll(actuals);
        all.sort(BY_PERIOD); // stable: baselines stay before actuals of the same period
        return all.stream().map(DatedValue::of).toList();
    }

    /** The most recent baseline, if any. */
    public Optional<Measurement> latestBaseline() {
        return last(baselines);
    }

    /** The most recent actual, if any. */
    public Optional<Measurement> latestActual() {
        return last(actuals);
    }

    private static Optional<Measurement> last(List<Measurement> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    private static List<Measurement> checked(
            List<Measurement> list, MeasurementKind kind, String indicatorId, String areaId) {
        Objects.requireNonNull(list, kind.code() + "s");
        for (Measurement m : list) {
            requireIndicator(m, indicatorId);
            if (m.kind() != kind) {
                throw new IllegalArgumentException(
                        "measurement '" + m.id() + "' is a " + m.kind().code() + ", not a " + kind.code());
            }
            if (!area(m).equals(areaId)) {
                throw new IllegalArgumentException(
                        "measurement '" + m.id() + "' is for area '" + area(m) + "', not '" + areaId + "'");
            }
        }
        List<Measurement> sorted = new ArrayList<>(list);
        sorted.sort(BY_PERIOD);
        return List.copyOf(sorted);
    }

    private static void requireIndicator(Measurement m, String indicatorId) {
        if (!m.indicatorId().equals(indicatorId)) {
            throw new IllegalArgumentException("measurement '" + m.id() + "' is of indicator '" + m.indicatorId()
                    + "', not '" + indicatorId + "'");
        }
    }

    private static String area(Measurement m) {
        return m.areaId() == null ? "" : m.areaId();
    }
}
