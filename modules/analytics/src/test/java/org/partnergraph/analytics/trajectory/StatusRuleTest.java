package org.partnergraph.analytics.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.partnergraph.analytics.trajectory.Seeds.at;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.Polarity;

class StatusRuleTest {

    private final StatusRule rule = new StatusRule();

    /** Higher is better: 50 at 2020-03-31 rising to 60 at 2021-03-31; distance 10, band 0.05 x 10 = 0.5. */
    private final Optional<TargetPath> rising =
            Optional.of(new TargetPath(List.of(at("2020-03-31", 50), at("2021-03-31", 60)), true));

    /** NI 193 (seed 003): 56.13 falling to 49.00; distance 7.13, band 0.05 x 7.13 = 0.3565. */
    private final Optional<TargetPath> ni193 = TargetPath.of(Seeds.ni193Series());

    private TrajectoryStatus risingAt(double actual) {
        return rule.judge(rising, Optional.of(at("2021-03-31", actual)), Polarity.HIGHER_IS_BETTER);
    }

    private TrajectoryStatus ni193At(String date, double actual, Polarity polarity) {
        return rule.judge(ni193, Optional.of(at(date, actual)), polarity);
    }

    @Test
    void onTrackWhenOnOrAboveTargetPathForHigherIsBetter() {
        assertThat(risingAt(60.0)).isEqualTo(TrajectoryStatus.ON_TRACK);
        assertThat(risingAt(61.0)).isEqualTo(TrajectoryStatus.ON_TRACK);
    }

    @Test
    void atRiskWhenBelowTargetPathWithinToleranceForHigherIsBetter() {
        assertThat(risingAt(59.6)).isEqualTo(TrajectoryStatus.AT_RISK); // shortfall 0.4 <= 0.5
    }

    @Test
    void offTrackWhenBelowTargetPathForHigherIsBetter() {
        assertThat(risingAt(59.4)).isEqualTo(TrajectoryStatus.OFF_TRACK); // shortfall 0.6 > 0.5
    }

    @Test
    void householdRecyclingFromSeed003IsJudgedHigherIsBetter() {
        // seed 003: baseline 38.6% (period not given, taken as 07/08), targets 40% (08/09), 42.5%, 45% (10/11);
        // band 0.05 x (45 - 38.6) = 0.32; against 40.00 at 2009-03-31: 39.80 is 0.20 behind, 39.50 is 0.50 behind
        Optional<TargetPath> recycling = TargetPath.of(MeasurementSeries.of(
                "ni-192",
                "",
                List.of(
                        Seeds.m("ni-192", MeasurementKind.BASELINE, "2007/08", 38.6),
                        Seeds.m("ni-192", MeasurementKind.TARGET, "2008/09", 40),
                        Seeds.m("ni-192", MeasurementKind.TARGET, "2009/10", 42.5),
                        Seeds.m("ni-192", MeasurementKind.TARGET, "2010/11", 45))));

        assertThat(rule.band(recycling.orElseThrow())).isCloseTo(0.32, within(1e-9));
        assertThat(rule.judge(recycling, Optional.of(at("2009-03-31", 40.10)), Polarity.HIGHER_IS_BETTER))
                .isEqualTo(TrajectoryStatus.ON_TRACK);
        assertThat(rule.judge(recycling, Optional.of(at("2009-03-31", 39.80)), Polarity.HIGHER_IS_BETTER))
                .isEqualTo(TrajectoryStatus.AT_RISK);
        assertThat(rule.judge(recycling, Optional.of(at("2009-03-31", 39.50)), Polarity.HIGHER_IS_BETTER))
                .isEqualTo(TrajectoryStatus.OFF_TRACK);
    }

    @Test
    void onTrackWhenOnOrBelowTargetPathForLowerIsBetter() {
        // NI 193's 2009/10 target is 55.00 at 2010-03-31
        assertThat(ni193At("2010-03-31", 55.00, Polarity.LOWER_IS_BETTER)).isEqualTo(TrajectoryStatus.ON_TRACK);
        assertThat(ni193At("2010-03-31", 54.80, Polarity.LOWER_IS_BETTER)).isEqualTo(TrajectoryStatus.ON_TRACK);
    }

    @Test
    void atRiskWhenAboveTargetPathWithinToleranceForLowerIsBetter() {
        assertThat(ni193At("2010-03-31", 55.30, Polarity.LOWER_IS_BETTER)).isEqualTo(TrajectoryStatus.AT_RISK);
    }

    @Test
    void offTrackWhenAboveTargetPathForLowerIsBetter() {
        assertThat(ni193At("2010-03-31", 55.40, Polarity.LOWER_IS_BETTER)).isEqualTo(TrajectoryStatus.OFF_TRACK);
    }

    @Test
    void anActualBetweenTargetsIsJudgedAgainstTheInterpolatedPath() {
        // expected at 2010-09-30 is 51.9918: 52.30 is 0.308 behind (at risk), 52.40 is 0.408 behind (off track)
        assertThat(rule.expectedFor(ni193.orElseThrow(), at("2010-09-30", 52.3)).getAsDouble())
                .isCloseTo(51.9917808, within(1e-6));
        assertThat(ni193At("2010-09-30", 52.30, Polarity.LOWER_IS_BETTER)).isEqualTo(TrajectoryStatus.AT_RISK);
        assertThat(ni193At("2010-09-30", 52.40, Polarity.LOWER_IS_BETTER)).isEqualTo(TrajectoryStatus.OFF_TRACK);
    }

    @Test
    void theSameActualIsOnTrackOrOffTrackDependingOnPolarity() {
        // 57.0 on 2009-03-31 against 56.00: one point worse when lower is better, better when higher is
        assertThat(ni193At("2009-03-31", 57.0, Polarity.LOWER_IS_BETTER)).isEqualTo(TrajectoryStatus.OFF_TRACK);
        assertThat(ni193At("2009-03-31", 57.0, Polarity.HIGHER_IS_BETTER)).isEqualTo(TrajectoryStatus.ON_TRACK);
    }

    @Test
    void unknownPolarityIsJudgedByTheDirectionFromBaselineToFinalTarget() {
        // NI 193's path falls, so unknown polarity judges as lower is better
        assertThat(ni193At("2010-03-31", 55.40, Polarity.UNKNOWN)).isEqualTo(TrajectoryStatus.OFF_TRACK);
        assertThat(ni193At("2010-03-31", 54.00, Polarity.UNKNOWN)).isEqualTo(TrajectoryStatus.ON_TRACK);
        // the rising path judges as higher is better
        assertThat(rule.judge(rising, Optional.of(at("2021-03-31", 59.4)), Polarity.UNKNOWN))
                .isEqualTo(TrajectoryStatus.OFF_TRACK);
    }

    @Test
    void aFlatPathOfUnknownPolarityAsksForALevelWithinTheBand() {
        // hold 100: band is 0.05 x |100| = 5 either side
        Optional<TargetPath> level =
                Optional.of(new TargetPath(List.of(at("2020-03-31", 100), at("2021-03-31", 100)), true));

        assertThat(rule.judge(level, Optional.of(at("2021-03-31", 104)), Polarity.UNKNOWN))
                .isEqualTo(TrajectoryStatus.ON_TRACK);
        assertThat(rule.judge(level, Optional.of(at("2021-03-31", 96)), Polarity.UNKNOWN))
                .isEqualTo(TrajectoryStatus.ON_TRACK);
        assertThat(rule.judge(level, Optional.of(at("2021-03-31", 94)), Polarity.UNKNOWN))
                .isEqualTo(TrajectoryStatus.OFF_TRACK);
    }

    @Test
    void anActualAfterTheFinalTargetIsJudgedAgainstTheFinalTarget() {
        assertThat(ni193At("2012-03-31", 49.20, Polarity.LOWER_IS_BETTER)).isEqualTo(TrajectoryStatus.AT_RISK);
        assertThat(ni193At("2012-03-31", 48.00, Polarity.LOWER_IS_BETTER)).isEqualTo(TrajectoryStatus.ON_TRACK);
    }

    @Test
    void noDataWithoutAnActualOrWithOnlyOneFromBeforeThePath() {
        assertThat(rule.judge(ni193, Optional.empty(), Polarity.LOWER_IS_BETTER))
                .isEqualTo(TrajectoryStatus.NO_DATA);
        assertThat(ni193At("2007-03-31", 40.0, Polarity.LOWER_IS_BETTER)).isEqualTo(TrajectoryStatus.NO_DATA);
    }

    @Test
    void noTargetWithoutAPathEvenWithAnActual() {
        assertThat(rule.judge(Optional.empty(), Optional.of(at("2010-03-31", 1)), Polarity.LOWER_IS_BETTER))
                .isEqualTo(TrajectoryStatus.NO_TARGET);
    }

    @Test
    void zeroToleranceMakesAnyShortfallOffTrack() {
        StatusRule strict = new StatusRule(0);
        assertThat(strict.judge(rising, Optional.of(at("2021-03-31", 59.99)), Polarity.HIGHER_IS_BETTER))
                .isEqualTo(TrajectoryStatus.OFF_TRACK);
        assertThat(strict.judge(rising, Optional.of(at("2021-03-31", 60)), Polarity.HIGHER_IS_BETTER))
                .isEqualTo(TrajectoryStatus.ON_TRACK);
    }

    @Test
    void meetsFinalTargetRespectsPolarity() {
        TargetPath path = ni193.orElseThrow();
        assertThat(rule.meetsFinalTarget(path, 48.9, Polarity.LOWER_IS_BETTER)).isTrue();
        assertThat(rule.meetsFinalTarget(path, 49.1, Polarity.LOWER_IS_BETTER)).isFalse();
        assertThat(rule.meetsFinalTarget(path, 49.1, Polarity.HIGHER_IS_BETTER)).isTrue();
        assertThat(rule.meetsFinalTarget(path, 48.9, Polarity.UNKNOWN)).isTrue();
    }

    @Test
    void toleranceOutsideZeroToOneIsRejected() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> new StatusRule(-0.1)))
                .hasMessage("tolerance must be between 0 and 1, was -0.1");
        assertThat(assertThrows(IllegalArgumentException.class, () -> new StatusRule(1.5)))
                .hasMessage("tolerance must be between 0 and 1, was 1.5");
        assertThat(assertThrows(IllegalArgumentException.class, () -> new StatusRule(Double.NaN)))
                .hasMessage("tolerance must be between 0 and 1, was NaN");
    }

    @Test
    void defaultToleranceIsFivePercent() {
        assertThat(new StatusRule().tolerance())
                .isEqualTo(StatusRule.TOLERANCE_DEFAULT)
                .isEqualTo(0.05);
    }
}
