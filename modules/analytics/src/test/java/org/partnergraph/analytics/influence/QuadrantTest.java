package org.partnergraph.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuadrantTest {

    @ParameterizedTest(name = "influence {0}, quality {1} at threshold {2} is {3}")
    @CsvSource({
        "5, 5, 3, KEEP_CLOSE",
        "5, 3, 3, BUILD_RELATIONSHIP",
        "2, 5, 3, KEEP_INFORMED",
        "2, 2, 3, MONITOR",
        "3, 3, 3, MONITOR",
        "3.5, 3.5, 3, KEEP_CLOSE",
        "3.5, 3.5, 3.5, MONITOR",
        "2, 2, 1, KEEP_CLOSE",
        "5, 5, 5, MONITOR"
    })
    void highAndGoodMeanStrictlyAboveTheThreshold(
            double influence, double quality, double threshold, Quadrant expected) {
        assertThat(Quadrant.of(influence, quality, threshold)).isEqualTo(expected);
    }
}
