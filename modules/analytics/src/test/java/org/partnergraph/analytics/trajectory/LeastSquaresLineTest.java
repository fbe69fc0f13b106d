package org.partnergraph.analytics.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.partnergraph.analytics.trajectory.Seeds.at;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeastSquaresLineTest {

    @Test
    void fitsAHandComputedThreePointRegression() {
        // days 0, 10, 20 with values 1, 3, 2: mean day 10, mean value 2,
        // Sxy = (-10)(-1) + 0(1) + 10(0) = 10, Sxx = 100 + 0 + 100 = 200, slope 0.05 per day;
        // at day 30: 2 + 0.05 x 20 = 3.0
        LeastSquaresLine line = LeastSquaresLine.fit(
                        List.of(at("2020-01-01", 1), at("2020-01-11", 3), at("2020-01-21", 2)))
                .orElseThrow();

        assertThat(line.slopePerDay()).isCloseTo(0.05, within(1e-12));
        assertThat(line.meanValue()).isCloseTo(2.0, within(1e-12));
        assertThat(line.points()).isEqualTo(3);
        assertThat(line.valueAt(LocalDate.parse("2020-01-31"))).isCloseTo(3.0, within(1e-9));
        assertThat(line.valueAt(LocalDate.parse("2020-01-11"))).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void forecastsNi193BaselinesToTheFinalTargetDay() {
        // seed 003: 62.54 (2006-03-31), 60.49 (2007-03-31), 56.13 (2008-03-31); days from the first: 0, 365, 731.
        // mean day 1096/3 = 365.333, mean value 179.16/3 = 59.72;
        // Sxx = 0 + 365^2 + 731^2 - 1096^2/3 = 267180.667; Sxy = 365 x 60.49 + 731 x 56.13 - 1096 x 59.72 = -2343.24;
        // slope = -0.00877025 per day (-3.203 points a year);
        // 2011-03-31 is day 1826: 59.72 - 0.00877025 x (1826 - 365.333) = 46.9096
        LeastSquaresLine line = LeastSquaresLine.fit(
                        List.of(at("2006-03-31", 62.54), at("2007-03-31", 60.49), at("2008-03-31", 56.13)))
                .orElseThrow();

        assertThat(line.slopePerDay()).isCloseTo(-2343.24 / 267180.667, within(1e-8));
        assertThat(line.slopePerYear()).isCloseTo(-3.2033, within(1e-3));
        assertThat(line.valueAt(LocalDate.parse("2011-03-31"))).isCloseTo(46.9096, within(1e-4));
    }

    @Test
    void aPerfectLineIsReproducedExactly() {
        LeastSquaresLine line = LeastSquaresLine.fit(
                        List.of(at("2020-01-01", 10), at("2020-01-05", 18), at("2020-01-06", 20)))
                .orElseThrow();

        assertThat(line.slopePerDay()).isCloseTo(2.0, within(1e-12));
        assertThat(line.valueAt(LocalDate.parse("2020-01-10"))).isCloseTo(28.0, within(1e-9));
    }

    @Test
    void noLineThroughFewerThanTwoPointsOrPointsOnOneDay() {
        assertThat(LeastSquaresLine.fit(List.of())).isEmpty();
        assertThat(LeastSquaresLine.fit(List.of(at("2020-01-01", 1)))).isEmpty();
        assertThat(LeastSquaresLine.fit(List.of(at("2020-01-01", 1), at("2020-01-01", 2))))
                .isEmpty();
    }

    @Test
    void aLineOfOnePointIsRejected() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> new LeastSquaresLine(1, 0, 0, 1)))
                .hasMessage("a least-squares line needs at least 2 points, had 1");
    }
}
