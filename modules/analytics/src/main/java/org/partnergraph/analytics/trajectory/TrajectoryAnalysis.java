package org.partnergraph.analytics.trajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Polarity;

/**
 * Computes {@link Trajectory trajectories}: for each series of an indicator, its
 * {@link TargetPath}, status ({@link StatusRule}), direction of travel ({@link DirectionOfTravel}),
 * least-squares {@link Forecast} ({@link LeastSquaresLine}) and XmR chart ({@link XmrAnalysis}).
 *
 * <p>An indicator of unknown polarity is judged throughout by its target path's direction
 * ({@link TargetPath#resolve}). The object holds only its settings and can be shared; each call
 * works on its own data. For a graph: O(M log M) for M measurements.
 */
public final class TrajectoryAnalysis {

    private final StatusRule statusRule;
    private final DirectionOfTravel directionOfTravel;
    private final XmrAnalysis xmr;

    /** With every default setting. */
    public TrajectoryAnalysis() {
        this(new StatusRule(), new DirectionOfTravel(), new XmrAnalysis());
    }

    public TrajectoryAnalysis(StatusRule statusRule, DirectionOfTravel directionOfTravel, XmrAnalysis xmr) {
        this.statusRule = Objects.requireNonNull(statusRule, "statusRule");
        this.directionOfTravel = Objects.requireNonNull(directionOfTravel, "directionOfTravel");
        this.xmr = Objects.requireNonNull(xmr, "xmr");
    }

    /**
     * The trajectories of every indicator of {@code graph}: one per area the indicator has
     * measurements for (whole area first), and one (with status {@link TrajectoryStatus#NO_TARGET})
     * for an indicator without measurements, so that every indicator has a status.
     */
    public Trajectories analyse(PartnershipGraph graph) {
        Objects.requireNonNull(graph, "graph");
        List<Trajectory> all = new ArrayList<>();
        for (Indicator indicator : graph.indicators()) {
            List<Measurement> measurements = graph.measurementsOf(indicator.id());
            if (measurements.isEmpty()) {
                all.add(analyse(indicator, MeasurementSeries.empty(indicator.id())));
            } else {
                all.addAll(analyse(indicator, measurements));
            }
        }
        return new Trajectories(all);
    }

    /**
     * The trajectories of one indicator, one per area (whole area first, then by area id).
     *
     * @throws IllegalArgumentException when there are no measurements, or one is of another indicator
     */
    public List<Trajectory> analyse(Indicator indicator, List<Measurement> measurements) {
        Objects.requireNonNull(indicator, "indicator");
        return MeasurementSeries.byArea(indicator.id(), measurements).stream()
                .map(series -> analyse(indicator, series))
                .toList();
    }

    /** The trajectory of one series of {@code indicator}. */
    public Trajectory analyse(Indicator indicator, MeasurementSeries series) {
        Objects.requireNonNull(indicator, "indicator");
        Optional<TargetPath> path = TargetPath.of(series);
        Polarity polarity = path.map(p -> p.resolve(indicator.polarity())).orElse(indicator.polarity());
        Optional<DatedValue> actual = series.latestActual().map(DatedValue::of);
        TrajectoryStatus status = statusRule.judge(path, actual, indicator.polarity());
        OptionalDouble expected =
                status.isJudged() ? statusRule.expectedFor(path.get(), actual.get()) : OptionalDouble.empty();
        List<DatedValue> observed = series.observed();
        Optional<Forecast> forecast = path.flatMap(p -> forecast(p, observed, indicator.polarity()));
        return new Trajectory(
                indicator,
                series,
                polarity,
                path,
                actual,
                expected,
                status,
                directionOfTravel.of(series, polarity),
                forecast,
                xmr.analyse(observed));
    }

    private Optional<Forecast> forecast(TargetPath path, List<DatedValue> observed, Polarity declared) {
        DatedValue target = path.finalTarget();
        return LeastSquaresLine.fit(observed).map(line -> {
            double value = line.valueAt(target.date());
            return new Forecast(
                    target.date(), value, target.value(), statusRule.meetsFinalTarget(path, value, declared), line);
        });
    }
}
