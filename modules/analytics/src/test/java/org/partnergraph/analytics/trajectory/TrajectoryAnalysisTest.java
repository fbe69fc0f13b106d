package org.partnergraph.analytics.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.partnergraph.analytics.trajectory.Seeds.actual;
import static org.partnergraph.analytics.trajectory.Seeds.at;
import static org.partnergraph.analytics.trajectory.Seeds.m;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.Polarity;

class TrajectoryAnalysisTest {

    private final TrajectoryAnalysis analysis = new TrajectoryAnalysis();

    @Test
    void ni193AsTranscribedHasATargetButNoData() {
        Trajectory t = single(analysis.analyse(Seeds.ni193(), Seeds.ni193Measurements()));

        assertThat(t.status()).isEqualTo(TrajectoryStatus.NO_DATA);
        assertThat(t.latestActual()).isEmpty();
        assertThat(t.expected()).isEmpty();
        assertThat(t.direction()).isEqualTo(Direction.IMPROVING); // 60.49 -> 56.13, lower is better
        assertThat(t.targetPath().orElseThrow().finalTarget()).isEqualTo(at("2011-03-31", 49.00));
        // the baselines' line reaches 46.91 by 2011-03-31 (LeastSquaresLineTest): below 49, so it meets the target
        assertThat(t.forecast().orElseThrow().value()).isCloseTo(46.9096, within(1e-4));
        assertThat(t.forecast().orElseThrow().meetsTarget()).isTrue();
        assertThat(t.control().summary()).isEqualTo("not enough points: 3 of 6 needed");
    }

    @Test
    void ni193WithAnActualJustAboveItsTargetIsAtRiskAndItsForecastMissesTheFinalTarget() {
        // illustrative 2009/10 actual 55.30 against the 55.00 target: 0.30 behind, band 0.3565 -> at risk.
        // Observed days from 2006-03-31: 0, 365, 731, 1461 with 62.54, 60.49, 56.13, 55.30; mean day 639.25,
        // mean value 58.615; Sxx = 1167544.75, Sxy = -5975.375, slope -0.0051179 per day;
        // 2011-03-31 is day 1826: 58.615 - 0.0051179 x 1186.75 = 52.5413 > 49 -> misses the target
        Trajectory t = single(analysis.analyse(Seeds.ni193(), Seeds.ni193With(actual("2009/10", 55.30))));

        assertThat(t.status()).isEqualTo(TrajectoryStatus.AT_RISK);
        assertThat(t.latestActual()).contains(at("2010-03-31", 55.30));
        assertThat(t.expected().getAsDouble()).isCloseTo(55.00, within(1e-9));
        assertThat(t.direction()).isEqualTo(Direction.IMPROVING); // 56.13 -> 55.30, a fall of 0.83 > 0.5613
        Forecast f = t.forecast().orElseThrow();
        assertThat(f.date()).isEqualTo(LocalDate.parse("2011-03-31"));
        assertThat(f.line().slopePerDay()).isCloseTo(-5975.375 / 1167544.75, within(1e-9));
        assertThat(f.value()).isCloseTo(52.5413, within(1e-4));
        assertThat(f.target()).isEqualTo(49.00);
        assertThat(f.meetsTarget()).isFalse();
    }

    @Test
    void unknownPolarityIsResolvedFromThePathForStatusDirectionAndForecast() {
        Trajectory t =
                single(analysis.analyse(Seeds.ni193(Polarity.UNKNOWN), Seeds.ni193With(actual("2009/10", 55.40))));

        assertThat(t.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(t.status()).isEqualTo(TrajectoryStatus.OFF_TRACK);
        assertThat(t.direction()).isEqualTo(Direction.IMPROVING);
    }

    @Test
    void measurementsWithAnAreaFormASeriesOfTheirOwn() {
        // seed 003, NI 16: Herts baseline 16,022 and St Albans 2,048 (07/08), targets by 2011 15,381 and 1,864
        Indicator ni16 = Seeds.indicator("ni-16", Polarity.LOWER_IS_BETTER);
        List<Trajectory> ts = analysis.analyse(
                ni16,
                List.of(
                        m("ni-16", MeasurementKind.TARGET, "2010/11", 1864, "st-albans"),
                        m("ni-16", MeasurementKind.BASELINE, "2007/08", 2048, "st-albans"),
                        m("ni-16", MeasurementKind.BASELINE, "2007/08", 16022),
                        m("ni-16", MeasurementKind.TARGET, "2010/11", 15381),
                        m("ni-16", MeasurementKind.ACTUAL, "2008/09", 2100, "st-albans")));

        assertThat(ts).extracting(Trajectory::areaId).containsExactly("", "st-albans");
        assertThat(ts.get(0).targetPath().orElseThrow().start()).isEqualTo(at("2008-03-31", 16022));
        assertThat(ts.get(0).status()).isEqualTo(TrajectoryStatus.NO_DATA);
        assertThat(ts.get(1).targetPath().orElseThrow().finalTarget()).isEqualTo(at("2011-03-31", 1864));
        assertThat(ts.get(1).status()).isEqualTo(TrajectoryStatus.OFF_TRACK); // rose when it should fall
        assertThat(ts.get(1).label()).isEqualTo("ni-16 (st-albans)");
    }

    @Test
    void noTargetWithoutTargetsAndNoForecastWithoutAPath() {
        Indicator x = Seeds.indicator("x", Polarity.HIGHER_IS_BETTER);
        Trajectory t = single(analysis.analyse(
                x,
                List.of(
                        m("x", MeasurementKind.BASELINE, "2007/08", 10),
                        m("x", MeasurementKind.ACTUAL, "2008/09", 12))));

        assertThat(t.status()).isEqualTo(TrajectoryStatus.NO_TARGET);
        assertThat(t.forecast()).isEmpty();
        assertThat(t.direction()).isEqualTo(Direction.IMPROVING);
    }

    @Test
    void enoughObservedValuesGetAControlChart() {
        Indicator x = Seeds.indicator("x", Polarity.HIGHER_IS_BETTER);
        Trajectory t = single(analysis.analyse(
                x,
                List.of(
                        m("x", MeasurementKind.BASELINE, "2001", 10),
                        m("x", MeasurementKind.ACTUAL, "2002", 12),
                        m("x", MeasurementKind.ACTUAL, "2003", 11),
                        m("x", MeasurementKind.ACTUAL, "2004", 13),
                        m("x", MeasurementKind.ACTUAL, "2005", 12),
                        m("x", MeasurementKind.ACTUAL, "2006", 14))));

        assertThat(t.control()).isInstanceOf(XmrChart.class);
        assertThat(((XmrChart) t.control()).upperLimit()).isCloseTo(16.256, within(1e-9));
    }

    @Test
    void noMeasurementsAreRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> analysis.analyse(Seeds.ni193(), List.of()));
        assertThat(e).hasMessage("indicator 'ni-193' has no measurements");
    }

    @Test
    void aMeasurementOfAnotherIndicatorIsRejected() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> analysis.analyse(Seeds.ni193(), List.of(m("ni-16", MeasurementKind.BASELINE, "2007/08", 1))));
        assertThat(e)
                .hasMessage(
                        "measurement 'ni-16/baseline/2007-04-01..2008-03-31' is of indicator 'ni-16', not 'ni-193'");
    }

    @Test
    void aSeriesRejectsAMeasurementOfTheWrongKindOrArea() {
        assertThat(assertThrows(
                        IllegalArgumentException.class,
                        () -> new MeasurementSeries(
                                "x", "", List.of(m("x", MeasurementKind.TARGET, "2008/09", 1)), List.of(), List.of())))
                .hasMessage("measurement 'x/target/2008-04-01..2009-03-31' is a target, not a baseline");
        assertThat(assertThrows(
                        IllegalArgumentException.class,
                        () -> new MeasurementSeries(
                                "x",
                                "",
                                List.of(m("x", MeasurementKind.BASELINE, "2008/09", 1, "a")),
                                List.of(),
                                List.of())))
                .hasMessage("measurement 'x/baseline/2008-04-01..2009-03-31/a' is for area 'a', not ''");
    }

    @Test
    void aNonFiniteValueIsRejected() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> at("2020-01-01", Double.NaN)))
                .hasMessage("a value must be a finite number, was NaN at 2020-01-01");
    }

    private static Trajectory single(List<Trajectory> trajectories) {
        assertThat(trajectories).hasSize(1);
        return trajectories.get(0);
    }
}
