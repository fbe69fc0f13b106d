package org.partnergraph.views.trajectories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnergraph.analytics.trajectory.DatedValue;
import org.partnergraph.analytics.trajectory.SpecialCause;
import org.partnergraph.analytics.trajectory.Trajectory;
import org.partnergraph.analytics.trajectory.XmrChart;
import org.partnergraph.model.Measurement;

/**
 * What a trajectory chart draws, as rows: one per point of each series. The chart is built from
 * these rows and the CSV export writes them, so the export is what is on screen.
 *
 * @param points every point, series by series in legend order
 */
record ChartData(Trajectory trajectory, String label, List<Point> points) {

    static final String BASELINE = "Baseline";
    static final String ACTUAL = "Actual";
    static final String TARGET = "Target";
    static final String TARGET_PATH = "Target path";
    static final String FORECAST = "Forecast";
    static final String XMR_MEAN = "XmR mean";
    static final String XMR_UPPER = "XmR upper limit";
    static final String XMR_LOWER = "XmR lower limit";
    static final String SPECIAL_CAUSE = "Special cause";

    /**
     * One point.
     *
     * @param period the period as the source writes it ({@code 2008/09}), or empty for drawn points (path, forecast, limits)
     * @param note the measurement's note, or what the point is
     */
    record Point(String series, String period, LocalDate date, double value, String note) {}

    ChartData {
        points = List.copyOf(points);
    }

    /** The points of {@code trajectory}; XmR lines and special causes only when {@code xmr} is on. */
    static ChartData of(Trajectory trajectory, boolean xmr) {
        return of(trajectory, trajectory.label(), xmr);
    }

    /** As {@link #of(Trajectory, boolean)}, titled {@code label} (the area by name rather than id). */
    static ChartData of(Trajectory trajectory, String label, boolean xmr) {
        List<Point> points = new ArrayList<>();
        for (Measurement m : trajectory.series().baselines()) {
            points.add(point(BASELINE, m));
        }
        for (Measurement m : trajectory.series().actuals()) {
            points.add(point(ACTUAL, m));
        }
        for (Measurement m : trajectory.series().targets()) {
            points.add(point(TARGET, m));
        }
        trajectory.targetPath().ifPresent(path -> {
            for (DatedValue v : path.vertices()) {
                points.add(new Point(TARGET_PATH, "", v.date(), v.value(), "target path"));
            }
        });
        trajectory.forecast().ifPresent(f -> {
            trajectory.series().observed().stream()
                    .reduce((a, b) -> b)
                    .ifPresent(last -> points.add(new Point(FORECAST, "", last.date(), last.value(), "latest value")));
            points.add(new Point(
                    FORECAST,
                    "",
                    f.date(),
                    f.value(),
                    String.format(
                            Locale.ROOT,
                            "least-squares forecast; final target %s, %s",
                            number(f.target()),
                            f.meetsTarget() ? "meets it" : "misses it")));
        });
        if (xmr
                && trajectory.control() instanceof XmrChart chart
                && !chart.points().isEmpty()) {
            LocalDate first = chart.points().get(0).date();
            LocalDate last = chart.points().get(chart.points().size() - 1).date();
            points.add(new Point(XMR_MEAN, "", first, chart.mean(), "mean"));
            points.add(new Point(XMR_MEAN, "", last, chart.mean(), "mean"));
            points.add(new Point(XMR_UPPER, "", first, chart.upperLimit(), "mean + 2.66 x mean moving range"));
            points.add(new Point(XMR_UPPER, "", last, chart.upperLimit(), "mean + 2.66 x mean moving range"));
            points.add(new Point(XMR_LOWER, "", first, chart.lowerLimit(), "mean - 2.66 x mean moving range"));
            points.add(new Point(XMR_LOWER, "", last, chart.lowerLimit(), "mean - 2.66 x mean moving range"));
            for (SpecialCause s : chart.signals()) {
                for (int i = s.first(); i <= s.last(); i++) {
                    DatedValue v = chart.points().get(i);
                    points.add(new Point(
                            SPECIAL_CAUSE, "", v.date(), v.value(), s.rule().label()));
                }
            }
        }
        return new ChartData(trajectory, label, points);
    }

    /** {@code NI 152 Working age people ... (Stevenage)}: the indicator, and the area by name when not the whole area. */
    static String labelOf(Trajectory t, java.util.Map<String, String> areaNames) {
        return t.areaId().isEmpty()
                ? t.indicator().label()
                : t.indicator().label() + " (" + areaNames.getOrDefault(t.areaId(), t.areaId()) + ")";
    }

    /** Area names by id. */
    static java.util.Map<String, String> areaNames(org.partnergraph.model.PartnershipGraph graph) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        graph.areas().forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    /** The points of one series, in order. */
    List<Point> series(String name) {
        return points.stream().filter(p -> p.series().equals(name)).toList();
    }

    /** The series present, in legend order. */
    List<String> seriesNames() {
        return points.stream().map(Point::series).distinct().toList();
    }

    /** Header and rows for the CSV export. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("indicator", "area", "unit", "polarity", "series", "period", "date", "value", "note"));
        for (Point p : points) {
            rows.add(List.of(
                    label,
                    trajectory.areaId(),
                    trajectory.indicator().unit(),
                    trajectory.polarity().code(),
                    p.series(),
                    p.period(),
                    p.date().toString(),
                    number(p.value()),
                    p.note()));
        }
        return rows;
    }

    private static Point point(String series, Measurement m) {
        String note = m.provenance() == null || m.provenance().note() == null
                ? ""
                : m.provenance().note();
        return new Point(series, m.period().text(), m.period().pointInTime(), m.value(), note);
    }

    /** A value without trailing zeros: 56, 62.54. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
