package org.partnergraph.analytics.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.partnergraph.analytics.trajectory.Seeds.actual;
import static org.partnergraph.analytics.trajectory.Seeds.at;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.Polarity;

class DirectionOfTravelTest {

    private final DirectionOfTravel travel = new DirectionOfTravel();

    @Test
    void ni193BaselinesAloneAreImprovingBecauseLowerIsBetter() {
        // no actuals: the last two baselines, 60.49 (06/07) -> 56.13 (07/08), a fall of 4.36 > 1% of 60.49
        MeasurementSeries series = Seeds.ni193Series();

        assertThat(DirectionOfTravel.lastTwo(series)).containsExactly(at("2007-03-31", 60.49), at("2008-03-31", 56.13));
        assertThat(travel.of(series, Polarity.LOWER_IS_BETTER)).isEqualTo(Direction.IMPROVING);
        assertThat(travel.of(series, Polarity.HIGHER_IS_BETTER)).isEqualTo(Direction.WORSENING);
    }

    @Test
    void oneActualIsComparedWithTheLatestBaselineBeforeIt() {
        // 56.13 -> 55.50: a fall of 0.63 > 0.5613
        MeasurementSeries series = Seeds.ni193Series(actual("2008/09", 55.50));

        assertThat(DirectionOfTravel.lastTwo(series)).containsExactly(at("2008-03-31", 56.13), at("2009-03-31", 55.50));
        assertThat(travel.of(series, Polarity.LOWER_IS_BETTER)).isEqualTo(Direction.IMPROVING);
    }

    @Test
    void aBaselineDatedAfterTheFirstActualDoesNotTakeItsPlace() {
        // re-baselined at 60.00 in 09/10 after the 08/09 actual: actuals come first, so 56.13 -> 55.50 is compared
        MeasurementSeries series = Seeds.ni193Series(
                actual("2008/09", 55.50), Seeds.m("ni-193", MeasurementKind.BASELINE, "2009/10", 60.00));

        assertThat(DirectionOfTravel.lastTwo(series)).containsExactly(at("2008-03-31", 56.13), at("2009-03-31", 55.50));
    }

    @Test
    void worseningWhenTheLastTwoActualsRiseForLowerIsBetter() {
        MeasurementSeries series = Seeds.ni193Series(actual("2008/09", 54.0), actual("2009/10", 56.0));

        assertThat(DirectionOfTravel.lastTwo(series)).containsExactly(at("2009-03-31", 54.0), at("2010-03-31", 56.0));
        assertThat(travel.of(series, Polarity.LOWER_IS_BETTER)).isEqualTo(Direction.WORSENING);
    }

    @Test
    void improvingWhenRisingForHigherIsBetter() {
        assertThat(travel.between(40, 42, Polarity.HIGHER_IS_BETTER)).isEqualTo(Direction.IMPROVING);
        assertThat(travel.between(42, 40, Polarity.HIGHER_IS_BETTER)).isEqualTo(Direction.WORSENING);
    }

    @Test
    void stableWhenTheMoveIsWithinOnePercentOfThePreviousValue() {
        // 56.13 -> 55.80: a fall of 0.33 <= 0.5613
        MeasurementSeries series = Seeds.ni193Series(actual("2008/09", 55.80));

        assertThat(travel.of(series, Polarity.LOWER_IS_BETTER)).isEqualTo(Direction.STABLE);
        assertThat(travel.between(100, 101, Polarity.HIGHER_IS_BETTER)).isEqualTo(Direction.STABLE);
        assertThat(travel.between(100, 101.1, Polarity.HIGHER_IS_BETTER)).isEqualTo(Direction.IMPROVING);
    }

    @Test
    void unknownWhenThePolarityIsUnknownAndTheValueMoved() {
        assertThat(travel.between(40, 50, Polarity.UNKNOWN)).isEqualTo(Direction.UNKNOWN);
        assertThat(travel.between(40, 40, Polarity.UNKNOWN)).isEqualTo(Direction.STABLE);
    }

    @Test
    void unknownWithFewerThanTwoValues() {
        MeasurementSeries one = MeasurementSeries.of(
                "x",
                "",
                List.of(
                        Seeds.m("x", MeasurementKind.BASELINE, "2007/08", 10),
                        Seeds.m("x", MeasurementKind.TARGET, "2008/09", 12)));

        assertThat(travel.of(one, Polarity.HIGHER_IS_BETTER)).isEqualTo(Direction.UNKNOWN);
    }

    @Test
    void stableBandOutsideZeroToOneIsRejected() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> new DirectionOfTravel(-0.01)))
                .hasMessage("stable band must be between 0 and 1, was -0.01");
        assertThat(assertThrows(IllegalArgumentException.class, () -> new DirectionOfTravel(2)))
                .hasMessage("stable band must be between 0 and 1, was 2.0");
    }
}
