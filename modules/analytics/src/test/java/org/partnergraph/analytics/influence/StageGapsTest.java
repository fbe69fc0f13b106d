package org.partnergraph.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Stage;

/** Rows of the stakeholder engagement tracker of 001_d8b1239257a95d12.txt ({@link OutcomeTable}). */
class StageGapsTest {

    @Test
    void coExistToCollaborateIsTwoStepsAndCooperateToCollaborateIsOne() {
        StageGaps gaps = StageGaps.of(OutcomeTable.graph());

        assertThat(gaps.largestTo("hertfordshire-lifestyle-and-legacy-partnership")
                        .orElseThrow()
                        .gap())
                .isEqualTo(2);
        assertThat(gaps.largestTo("childrens-services").orElseThrow().gap()).isEqualTo(1);
    }

    @Test
    void rowsAreRankedLargestGapFirstThenByStakeholderName() {
        StageGaps gaps = StageGaps.of(OutcomeTable.graph());

        assertThat(gaps.rows())
                .extracting(StageGap::toId)
                .containsExactly(
                        "community-sport-networks",
                        "hertfordshire-lifestyle-and-legacy-partnership",
                        "childrens-services",
                        "hertfordshire-county-council");
    }

    @Test
    void aRowWithoutStagesHasGapZeroAndSaysSo() {
        StageGap hcc = StageGaps.of(OutcomeTable.graph())
                .largestTo("hertfordshire-county-council")
                .orElseThrow();

        assertThat(hcc.gap()).isZero();
        assertThat(hcc.hasStages()).isFalse();
        assertThat(hcc.now()).isNull();
        assertThat(StageGaps.of(OutcomeTable.graph()).withStages()).hasSize(3);
    }

    @Test
    void aStepBackIsNegative() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        OutcomeTable.partner(b, "hsp", "Herts Sports Partnership");
        OutcomeTable.track(b, "rival", Stage.COLLABORATE, Stage.CO_EXIST);

        assertThat(StageGaps.of(b.build()).rows().get(0).gap()).isEqualTo(-2);
    }

    @Test
    void aPartnershipFilterKeepsRowsFromThatPartnershipsTrackers() {
        assertThat(StageGaps.of(OutcomeTable.graph(), InfluenceFilter.partnerships("kent"))
                        .rows())
                .isEmpty();
        assertThat(StageGaps.of(OutcomeTable.graph(), InfluenceFilter.partnerships("hertfordshire"))
                        .rows())
                .hasSize(4);
    }

    @Test
    void aNullFilterIsRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> StageGaps.of(OutcomeTable.graph(), null));

        assertThat(e).hasMessage("the filter may be InfluenceFilter.ALL but not null");
    }
}
