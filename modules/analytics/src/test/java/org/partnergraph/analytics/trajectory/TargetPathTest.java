package org.partnergraph.analytics.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.partnergraph.analytics.trajectory.Seeds.at;
import static org.partnergraph.analytics.trajectory.Seeds.m;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.Polarity;

class TargetPathTest {

    private static final double EPS = 1e-9;

    private final TargetPath ni193 = TargetPath.of(Seeds.ni193Series()).orElseThrow();

    @Test
    void ni193PathRunsFromLatestBaselineThroughEachTarget() {
        assertThat(ni193.vertices())
                .containsExactly(
                        at("2008-03-31", 56.13),
                        at("2009-03-31", 56.00),
                        at("2010-03-31", 55.00),
                        at("2011-03-31", 49.00));
        assertThat(ni193.fromBaseline()).isTrue();
        assertThat(ni193.distance()).isCloseTo(7.13, within(EPS));
    }

    @Test
    void ni193PathExpectsEachTargetOnItsDay() {
        assertThat(ni193.expectedAt(LocalDate.parse("2008-03-31")).getAsDouble())
                .isCloseTo(56.13, within(EPS));
        assertThat(ni193.expectedAt(LocalDate.parse("2009-03-31")).getAsDouble())
                .isCloseTo(56.00, within(EPS));
        assertThat(ni193.expectedAt(LocalDate.parse("2010-03-31")).getAsDouble())
                .isCloseTo(55.00, within(EPS));
        assertThat(ni193.expectedAt(LocalDate.parse("2011-03-31")).getAsDouble())
                .isCloseTo(49.00, within(EPS));
    }

    @Test
    void ni193PathInterpolatesLinearlyByDayBetweenTargets() {
        // 2008-03-31 -> 2008-09-30 is 183 of 365 days: 56.13 + (56.00 - 56.13) x 183/365 = 56.0648219...
        assertThat(ni193.expectedAt(LocalDate.parse("2008-09-30")).getAsDouble())
                .isCloseTo(56.0648219, within(1e-6));
        // 2010-03-31 -> 2010-09-30 is 183 of 365 days: 55.00 + (49.00 - 55.00) x 183/365 = 51.9917808...
        assertThat(ni193.expectedAt(LocalDate.parse("2010-09-30")).getAsDouble())
                .isCloseTo(51.9917808, within(1e-6));
    }

    @Test
    void pathIsUndefinedBeforeTheBaselineAndAfterTheFinalTarget() {
        assertThat(ni193.expectedAt(LocalDate.parse("2008-03-30"))).isEmpty();
        assertThat(ni193.expectedAt(LocalDate.parse("2011-04-01"))).isEmpty();
        assertThat(ni193.covers(LocalDate.parse("2007-03-31"))).isFalse();
    }

    @Test
    void noPathWithoutATargetAfterTheLatestBaseline() {
        MeasurementSeries baselinesOnly =
                MeasurementSeries.of("x", "", List.of(m("x", MeasurementKind.BASELINE, "2007/08", 10)));
        MeasurementSeries oldTargetOnly = MeasurementSeries.of(
                "x",
                "",
                List.of(
                        m("x", MeasurementKind.BASELINE, "2007/08", 10),
                        m("x", MeasurementKind.TARGET, "2006/07", 12),
                        m("x", MeasurementKind.TARGET, "2007/08", 12)));

        assertThat(TargetPath.of(baselinesOnly)).isEmpty();
        assertThat(TargetPath.of(oldTargetOnly)).isEmpty();
    }

    @Test
    void pathStartsAtTheFirstTargetWhenThereIsNoBaseline() {
        TargetPath path = TargetPath.of(MeasurementSeries.of(
                        "x",
                        "",
                        List.of(
                                m("x", MeasurementKind.TARGET, "2009/10", 20),
                                m("x", MeasurementKind.TARGET, "2008/09", 10))))
                .orElseThrow();

        assertThat(path.fromBaseline()).isFalse();
        assertThat(path.vertices()).containsExactly(at("2009-03-31", 10), at("2010-03-31", 20));
    }

    @Test
    void ofTwoTargetsOnOneDayTheShorterPeriodWins() {
        TargetPath path = TargetPath.of(MeasurementSeries.of(
                        "x",
                        "",
                        List.of(
                                m("x", MeasurementKind.BASELINE, "2009/10", 50),
                                m("x", MeasurementKind.TARGET, "2010/11", 49),
                                m("x", MeasurementKind.TARGET, "2011-03", 48))))
                .orElseThrow();

        assertThat(path.vertices()).containsExactly(at("2010-03-31", 50), at("2011-03-31", 48));
    }

    @Test
    void unknownPolarityIsResolvedFromThePathDirection() {
        TargetPath rising = new TargetPath(List.of(at("2020-03-31", 1), at("2021-03-31", 2)), true);
        TargetPath flat = new TargetPath(List.of(at("2020-03-31", 2), at("2021-03-31", 2)), true);

        assertThat(ni193.resolve(Polarity.UNKNOWN)).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(rising.resolve(Polarity.UNKNOWN)).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(flat.resolve(Polarity.UNKNOWN)).isEqualTo(Polarity.UNKNOWN);
        assertThat(ni193.resolve(Polarity.HIGHER_IS_BETTER)).isEqualTo(Polarity.HIGHER_IS_BETTER);
    }

    @Test
    void verticesOutOfDateOrderAreRejected() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new TargetPath(List.of(at("2021-03-31", 1), at("2020-03-31", 2)), true));
        assertThat(e)
                .hasMessage("target path vertices must be in strictly increasing date order, but 2020-03-31"
                        + " follows 2021-03-31");
    }

    @Test
    void aPathNeedsAVertexAndABaselineNeedsATarget() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> new TargetPath(List.of(), false)))
                .hasMessage("a target path needs at least one vertex");
        assertThat(assertThrows(
                        IllegalArgumentException.class, () -> new TargetPath(List.of(at("2020-03-31", 1)), true)))
                .hasMessage("a target path from a baseline needs at least one target after it");
    }
}
