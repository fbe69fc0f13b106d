package org.partnergraph.analytics.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmrAnalysisTest {

    private static final double EPS = 1e-9;

    private final XmrAnalysis xmr = new XmrAnalysis();

    /** Values at the ends of consecutive years from 2001. */
    private static List<DatedValue> series(double... values) {
        List<DatedValue> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new DatedValue(LocalDate.of(2001 + i, 3, 31), values[i]));
        }
        return points;
    }

    private XmrChart chart(XmrAnalysis analysis, double... values) {
        XmrResult result = analysis.analyse(series(values));
        assertThat(result).isInstanceOf(XmrChart.class);
        return (XmrChart) result;
    }

    @Test
    void limitsOfAHandComputedSeries() {
        // 10 12 11 13 12 14: mean 72/6 = 12; moving ranges 2 1 2 1 2, mean 8/5 = 1.6;
        // limits 12 +/- 2.66 x 1.6 = 12 +/- 4.256; range limit 3.268 x 1.6 = 5.2288
        XmrChart chart = chart(xmr, 10, 12, 11, 13, 12, 14);

        assertThat(chart.mean()).isCloseTo(12.0, within(EPS));
        assertThat(chart.movingRanges()).containsExactly(2.0, 1.0, 2.0, 1.0, 2.0);
        assertThat(chart.meanMovingRange()).isCloseTo(1.6, within(EPS));
        assertThat(chart.upperLimit()).isCloseTo(16.256, within(EPS));
        assertThat(chart.lowerLimit()).isCloseTo(7.744, within(EPS));
        assertThat(chart.upperRangeLimit()).isCloseTo(5.2288, within(EPS));
        assertThat(chart.signals()).isEmpty();
        assertThat(chart.summary()).isEqualTo("mean 12.00, limits 7.744..16.26, 0 signals");
    }

    @Test
    void notEnoughPointsBelowTheMinimumRatherThanLimits() {
        XmrResult result = xmr.analyse(series(10, 12, 11, 13, 12));

        assertThat(result).isInstanceOf(XmrNotEnoughPoints.class);
        assertThat(result.computed()).isFalse();
        assertThat(result.summary()).isEqualTo("not enough points: 5 of 6 needed");
        assertThat(new XmrAnalysis(5, 8, 6).analyse(series(10, 12, 11, 13, 12)).computed())
                .isTrue();
    }

    @Test
    void aPointBeyondTheUpperLimitIsASpecialCause() {
        // 10 11 10 11 10 11 10 20: mean 93/8 = 11.625; moving ranges six 1s and a 10, mean 16/7 = 2.2857;
        // upper limit 11.625 + 2.66 x 2.2857 = 17.705 < 20
        XmrChart chart = chart(xmr, 10, 11, 10, 11, 10, 11, 10, 20);

        assertThat(chart.upperLimit()).isCloseTo(17.705, within(1e-9));
        assertThat(chart.signals()).containsExactly(new SpecialCause(SpecialCauseRule.BEYOND_LIMITS, 7, 7));
    }

    @Test
    void aPointBeyondTheLowerLimitIsASpecialCause() {
        // 20 19 20 19 20 19 20 10: mean 147/8 = 18.375, mean moving range 16/7; lower limit 12.295 > 10
        XmrChart chart = chart(xmr, 20, 19, 20, 19, 20, 19, 20, 10);

        assertThat(chart.lowerLimit()).isCloseTo(18.375 - 2.66 * 16 / 7, within(EPS));

        assertThat(chart.signals()).containsExactly(new SpecialCause(SpecialCauseRule.BEYOND_LIMITS, 7, 7));
    }

    @Test
    void pointsWithinTheLimitsAreNoSpecialCause() {
        // 10 11 10 11 10 11 10 14: mean 87/8 = 10.875, moving ranges six 1s and a 4, mean 10/7;
        // upper limit 10.875 + 2.66 x 10/7 = 14.675 > 14
        XmrChart chart = chart(xmr, 10, 11, 10, 11, 10, 11, 10, 14);

        assertThat(chart.upperLimit()).isCloseTo(14.675, within(1e-9));
        assertThat(chart.signals(SpecialCauseRule.BEYOND_LIMITS)).isEmpty();
    }

    @Test
    void eightPointsOnOneSideOfTheMeanAreARun() {
        // 1 4 1 4 1 4 1 4 | 8 5 8 5 8 5 8 5: mean 72/16 = 4.5, so eight below then eight above;
        // mean moving range 46/15 = 3.067, limits 4.5 +/- 8.16: nothing beyond; no six rising or falling
        XmrChart chart = chart(xmr, 1, 4, 1, 4, 1, 4, 1, 4, 8, 5, 8, 5, 8, 5, 8, 5);

        assertThat(chart.mean()).isCloseTo(4.5, within(EPS));
        assertThat(chart.signals())
                .containsExactly(
                        new SpecialCause(SpecialCauseRule.RUN, 0, 7), new SpecialCause(SpecialCauseRule.RUN, 8, 15));
    }

    @Test
    void sevenPointsOnOneSideAreNotARun() {
        // 1 4 1 4 1 4 1 | 8 5 8 5 8 5 8: mean 62/14 = 4.43, seven below then seven above
        XmrChart chart = chart(xmr, 1, 4, 1, 4, 1, 4, 1, 8, 5, 8, 5, 8, 5, 8);

        assertThat(chart.signals()).isEmpty();
        assertThat(chart(new XmrAnalysis(6, 7, 6), 1, 4, 1, 4, 1, 4, 1, 8, 5, 8, 5, 8, 5, 8)
                        .signals(SpecialCauseRule.RUN))
                .containsExactly(
                        new SpecialCause(SpecialCauseRule.RUN, 0, 6), new SpecialCause(SpecialCauseRule.RUN, 7, 13));
    }

    @Test
    void aPointOnTheMeanEndsARun() {
        // 1 4 1 4 1 4 1 4 | 8 5 8 5 8 5 8 5 with a 4.5 (the mean) put in the middle of the first eight:
        // mean stays (72 + 4.5) / 17 = 4.5, and the run below is cut into 4 and 4
        XmrChart chart = chart(xmr, 1, 4, 1, 4, 4.5, 1, 4, 1, 4, 8, 5, 8, 5, 8, 5, 8, 5);

        assertThat(chart.mean()).isCloseTo(4.5, within(EPS));
        assertThat(chart.signals()).containsExactly(new SpecialCause(SpecialCauseRule.RUN, 9, 16));
    }

    @Test
    void sixRisingPointsAreATrend() {
        // 1..6: mean 3.5, moving ranges all 1, limits 3.5 +/- 2.66: nothing beyond; three below, three above
        XmrChart chart = chart(xmr, 1, 2, 3, 4, 5, 6);

        assertThat(chart.signals()).containsExactly(new SpecialCause(SpecialCauseRule.TREND, 0, 5));
    }

    @Test
    void sixFallingPointsAfterARiseAreATrend() {
        // 3 4 | 9 8 7 6 5 4 | 5: the fall from 9 to 4 is six points
        XmrChart chart = chart(xmr, 3, 4, 9, 8, 7, 6, 5, 4, 5);

        assertThat(chart.signals(SpecialCauseRule.TREND))
                .containsExactly(new SpecialCause(SpecialCauseRule.TREND, 2, 7));
    }

    @Test
    void fiveRisingPointsOrARiseBrokenByAnEqualPointAreNoTrend() {
        // 3 4 5 6 7 | 3 4 5 6 7: mean 5, moving ranges four 1s, a 4, four 1s: limits 5 +/- 3.55
        XmrChart rises = chart(xmr, 3, 4, 5, 6, 7, 3, 4, 5, 6, 7);
        XmrChart flatStep = chart(xmr, 3, 4, 5, 6, 6, 7, 8); // 3..8 with 6 twice: rises of 4 and 3 points

        assertThat(rises.signals()).isEmpty();
        assertThat(flatStep.signals(SpecialCauseRule.TREND)).isEmpty();
        assertThat(chart(new XmrAnalysis(6, 8, 5), 3, 4, 5, 6, 7, 3, 4, 5, 6, 7).signals())
                .containsExactly(
                        new SpecialCause(SpecialCauseRule.TREND, 0, 4), new SpecialCause(SpecialCauseRule.TREND, 5, 9));
    }

    @Test
    void settingsBelowTheirMinimumAreRejected() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> new XmrAnalysis(1, 8, 6)))
                .hasMessage("minPoints must be at least 2, was 1");
        assertThat(assertThrows(IllegalArgumentException.class, () -> new XmrAnalysis(6, 1, 6)))
                .hasMessage("runLength must be at least 2, was 1");
        assertThat(assertThrows(IllegalArgumentException.class, () -> new XmrAnalysis(6, 8, 2)))
                .hasMessage("trendLength must be at least 3, was 2");
    }

    @Test
    void defaultsAreSixPointsRunsOfEightTrendsOfSix() {
        XmrAnalysis defaults = new XmrAnalysis();
        assertThat(defaults.minPoints()).isEqualTo(6);
        assertThat(defaults.runLength()).isEqualTo(8);
        assertThat(defaults.trendLength()).isEqualTo(6);
    }
}
