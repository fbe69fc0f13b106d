package org.partnergraph.analytics.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Polarity;

/** The Making Data Count rules on series computed by hand (the sums are in each test's comment). */
class MakingDataCountTest {

    private static final double EPS = 1e-9;
    private final MakingDataCount mdc = new MakingDataCount();

    private static List<DatedValue> series(double... values) {
        List<DatedValue> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new DatedValue(LocalDate.of(2001, 1, 1).plusMonths(i), values[i]));
        }
        return points;
    }

    private MdcSummary assess(Polarity polarity, OptionalDouble target, double... values) {
        return mdc.assess(series(values), polarity, target).orElseThrow();
    }

    /** 10 12 10 12 ... 10: 15 points, mean 164/15, every moving range 2, limits mean +/- 5.32. */
    private static final double[] ALTERNATING = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10};

    @Test
    void alternatingSeriesIsCommonCauseWithHandComputedLimits() {
        MdcSummary s = assess(Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), ALTERNATING);

        assertThat(s.chart().mean()).isCloseTo(164.0 / 15, within(EPS));
        assertThat(s.chart().upperLimit()).isCloseTo(164.0 / 15 + 5.32, within(EPS));
        assertThat(s.chart().lowerLimit()).isCloseTo(164.0 / 15 - 5.32, within(EPS));
        assertThat(s.variation()).isEqualTo(Variation.COMMON_CAUSE);
        assertThat(s.reason()).isEmpty();
        assertThat(s.flagged()).containsOnly(false);
        assertThat(s.assurance()).isEqualTo(Assurance.NONE);
    }

    @Test
    void assuranceComparesTheTargetWithTheLimitsByPolarity() {
        // limits 5.6133..16.2533
        assertThat(assess(Polarity.HIGHER_IS_BETTER, OptionalDouble.of(20), ALTERNATING)
                        .assurance())
                .isEqualTo(Assurance.CONSISTENT_FAIL);
        assertThat(assess(Polarity.LOWER_IS_BETTER, OptionalDouble.of(20), ALTERNATING)
                        .assurance())
                .isEqualTo(Assurance.CONSISTENT_PASS);
        assertThat(assess(Polarity.HIGHER_IS_BETTER, OptionalDouble.of(5), ALTERNATING)
                        .assurance())
                .isEqualTo(Assurance.CONSISTENT_PASS);
        assertThat(assess(Polarity.LOWER_IS_BETTER, OptionalDouble.of(5), ALTERNATING)
                        .assurance())
                .isEqualTo(Assurance.CONSISTENT_FAIL);
        assertThat(assess(Polarity.HIGHER_IS_BETTER, OptionalDouble.of(11), ALTERNATING)
                        .assurance())
                .isEqualTo(Assurance.HIT_AND_MISS);
        assertThat(assess(Polarity.UNKNOWN, OptionalDouble.of(20), ALTERNATING).assurance())
                .as("no good direction, nothing to assure")
                .isEqualTo(Assurance.NONE);
    }

    @Test
    void aTargetOnALimitIsHitAndMiss() {
        MdcSummary s = assess(Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), ALTERNATING);
        OptionalDouble onLimit = OptionalDouble.of(s.chart().upperLimit());
        assertThat(MakingDataCount.assurance(s.chart(), Polarity.HIGHER_IS_BETTER, onLimit))
                .isEqualTo(Assurance.HIT_AND_MISS);
    }

    @Test
    void latestPointBeyondTheUpperLimitIsImprovementOrConcernByPolarity() {
        // 10 12 x 7 then 30: mean 184/15 = 12.267; moving ranges 13 x 2 and 18, mean 44/14 = 3.1429;
        // upper limit 12.267 + 2.66 x 3.1429 = 20.627 < 30
        double[] values = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 30};
        MdcSummary higher = assess(Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), values);

        assertThat(higher.chart().upperLimit()).isCloseTo(184.0 / 15 + 2.66 * 44 / 14, within(EPS));
        assertThat(higher.variation()).isEqualTo(Variation.IMPROVEMENT_HIGH);
        assertThat(higher.reason()).isEqualTo("point beyond the limits");
        assertThat(higher.flagged().get(14)).isTrue();
        // every earlier point (10 or 12) is below the mean 12.267: a run of 14, flagged too
        assertThat(higher.chart().signals(SpecialCauseRule.RUN))
                .containsExactly(new SpecialCause(SpecialCauseRule.RUN, 0, 13));
        assertThat(higher.flagged().subList(0, 14)).containsOnly(true);
        assertThat(assess(Polarity.LOWER_IS_BETTER, OptionalDouble.empty(), values)
                        .variation())
                .isEqualTo(Variation.CONCERN_HIGH);
        assertThat(assess(Polarity.UNKNOWN, OptionalDouble.empty(), values).variation())
                .isEqualTo(Variation.NEUTRAL_HIGH);
    }

    @Test
    void runOfSevenBelowTheMeanAtTheEndIsAConcernWhenHigherIsBetter() {
        // 20 22 x 4, then 15 16 15 16 15 16 15: mean 276/15 = 18.4; moving ranges 7 x 2, 7, 6 x 1:
        // mean 27/14; limits 18.4 +/- 5.13; the near lines at 18.4 +/- 3.42 = 14.98 and 21.82
        double[] values = {20, 22, 20, 22, 20, 22, 20, 22, 15, 16, 15, 16, 15, 16, 15};
        MdcSummary s = assess(Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), values);

        assertThat(s.chart().mean()).isCloseTo(18.4, within(EPS));
        assertThat(s.chart().upperLimit() - s.chart().mean()).isCloseTo(5.13, within(EPS));
        assertThat(s.chart().signals(SpecialCauseRule.RUN))
                .containsExactly(
                        new SpecialCause(SpecialCauseRule.RUN, 0, 7), new SpecialCause(SpecialCauseRule.RUN, 8, 14));
        assertThat(s.variation()).isEqualTo(Variation.CONCERN_LOW);
        assertThat(s.reason()).isEqualTo("run on one side of the mean of 7 points");
        // the 22s (beyond 21.82) make two of three near the upper limit in 22 20 22, three times
        assertThat(s.nearLimits()).extracting(SpecialCause::first).containsExactly(1, 3, 5);
    }

    @Test
    void aRunOfSixIsNotARun() {
        // 20 22 x 4 and 21, then six 15 16 15 16 15 16: the low stretch is 6 points long
        double[] values = {20, 22, 20, 22, 20, 22, 20, 22, 21, 15, 16, 15, 16, 15, 16};
        MdcSummary s = assess(Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), values);

        assertThat(s.chart().signals(SpecialCauseRule.RUN))
                .extracting(SpecialCause::last)
                .doesNotContain(14);
        assertThat(s.flagged().get(14)).isFalse();
        assertThat(s.variation()).isEqualTo(Variation.COMMON_CAUSE);
    }

    @Test
    void risingTrendOfSevenAtTheEndIsAConcernWhenLowerIsBetter() {
        // 10 12 x 4 then 9 9.5 10 10.5 11 11.5 12: mean 161.5/15 = 10.767; moving ranges 7 x 2, 3, 6 x 0.5:
        // mean 20/14; limits 10.767 +/- 3.8, near lines +/- 2.533: no point beyond either, no run of 7
        double[] values = {10, 12, 10, 12, 10, 12, 10, 12, 9, 9.5, 10, 10.5, 11, 11.5, 12};
        MdcSummary s = assess(Polarity.LOWER_IS_BETTER, OptionalDouble.empty(), values);

        assertThat(s.chart().upperLimit() - s.chart().mean()).isCloseTo(3.8, within(EPS));
        assertThat(s.chart().signals(SpecialCauseRule.TREND))
                .containsExactly(new SpecialCause(SpecialCauseRule.TREND, 8, 14));
        assertThat(s.nearLimits()).isEmpty();
        assertThat(s.variation()).isEqualTo(Variation.CONCERN_HIGH);
        assertThat(s.reason()).isEqualTo("trend of 7 points");
        assertThat(assess(Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), values)
                        .variation())
                .isEqualTo(Variation.IMPROVEMENT_HIGH);
    }

    @Test
    void twoOfTheLastThreeNearTheUpperLimitIsASpecialCause() {
        // 10 11 x 6 then 13.5 12 13.5: mean 165/15 = 11 (the 11s are on it and end any run); moving
        // ranges 11 x 1, 2.5, 1.5, 1.5: mean 16.5/14; limits 11 +/- 3.135, near lines 11 +/- 2.09 = 13.09:
        // both 13.5 are near (within the limit 14.135), and 12 is above the mean too
        double[] values = {10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 13.5, 12, 13.5};
        MdcSummary s = assess(Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), values);

        assertThat(s.chart().mean()).isCloseTo(11, within(EPS));
        assertThat(s.chart().upperLimit()).isCloseTo(11 + 2.66 * 16.5 / 14, within(EPS));
        assertThat(s.chart().signals()).isEmpty();
        assertThat(s.nearLimits()).containsExactly(new SpecialCause(SpecialCauseRule.NEAR_LIMITS, 12, 14));
        assertThat(s.flagged().subList(12, 15)).containsExactly(true, false, true);
        assertThat(s.variation()).isEqualTo(Variation.IMPROVEMENT_HIGH);
        assertThat(s.reason()).isEqualTo("two of three points near a limit");
    }

    @Test
    void twoNearPointsAfterAPointBelowTheMeanAreNotTheRule() {
        // 10 11 x 6, 10, 13.5, 13.5: mean 163/15 = 10.867; limits +/- 2.945, near line 12.83; the only window
        // holding both 13.5s starts at the 10, below the mean
        double[] values = {10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 13.5, 13.5};
        MdcSummary s = assess(Polarity.HIGHER_IS_BETTER, OptionalDouble.empty(), values);

        assertThat(s.chart().signals()).isEmpty();
        assertThat(s.nearLimits()).isEmpty();
        assertThat(s.variation()).isEqualTo(Variation.COMMON_CAUSE);
    }

    @Test
    void fourteenPointsGiveNoIcons() {
        double[] fourteen = java.util.Arrays.copyOf(ALTERNATING, 14);
        assertThat(mdc.assess(series(fourteen), Polarity.HIGHER_IS_BETTER, OptionalDouble.of(20)))
                .isEmpty();
        assertThat(mdc.minPoints()).isEqualTo(15);
    }

    @Test
    void noSeedIndicatorHasEnoughPointsForIcons() throws Exception {
        // the seeds hold at most three observed values (baselines and actuals) per series
        var graph = org.partnergraph.io.BundleReader.read(Path.of("../../graphs/hertfordshire"))
                .graph();
        Trajectories all = new TrajectoryAnalysis().analyse(graph);
        int most = all.all().stream()
                .mapToInt(t -> t.series().observed().size())
                .max()
                .orElse(0);

        assertThat(most).isEqualTo(3);
        assertThat(all.all()).allSatisfy(t -> assertThat(mdc.assess(t)).isEmpty());
    }

    @Test
    void settingsBelowTheirMinimumAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MakingDataCount(2, 7));
        assertThat(e.getMessage()).isEqualTo("minPoints must be at least 3, was 2");
        e = assertThrows(IllegalArgumentException.class, () -> new MakingDataCount(15, 2));
        assertThat(e.getMessage()).isEqualTo("runLength must be at least 3, was 2");
    }
}
