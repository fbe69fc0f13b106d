package org.partnergraph.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RelationshipGapTest {

    @Test
    void isInfluenceTimesTheDistanceOfQualityFromFive() {
        assertThat(RelationshipGap.of(5, 3)).isEqualTo(10.0);
        assertThat(RelationshipGap.of(4, 3.5)).isEqualTo(6.0);
        assertThat(RelationshipGap.of(5, 5)).isZero();
        assertThat(RelationshipGap.of(5, 1)).as("the largest possible").isEqualTo(20.0);
    }

    @Test
    void aScoreOffTheScaleIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelationshipGap.of(0, 3));

        assertThat(e).hasMessage("influence and quality must be between 1 and 5, were 0.0 and 3.0");
    }
}
