package org.partnergraph.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnergraph.model.PartnershipGraph;

/** Values from the CSP strategic outcome table of 001_d8b1239257a95d12.txt ({@link OutcomeTable}). */
class InfluenceMapTest {

    private static final PartnershipGraph TABLE = OutcomeTable.graph();

    private static Rating rating(InfluenceMap map, String partner, String objective) {
        return map.rating(partner, objective).orElseThrow();
    }

    private static PartnerInfluence partner(InfluenceMap map, String id) {
        return map.partner(id).orElseThrow();
    }

    @Test
    void publicHealthOnObjectiveTwoIsKeepCloseWithNoGap() {
        Rating ph = rating(InfluenceMap.of(TABLE), "public-health", "obj-2");

        assertThat(ph.influence()).isEqualTo(5.0);
        assertThat(ph.quality()).isEqualTo(5.0);
        assertThat(ph.quadrant()).isEqualTo(Quadrant.KEEP_CLOSE);
        assertThat(ph.gap()).isZero();
    }

    @Test
    void theNhsOnObjectiveTwoNeedsTheRelationshipBuiltWithGapTen() {
        Rating nhs = rating(InfluenceMap.of(TABLE), "national-health-service", "obj-2");

        assertThat(nhs.quadrant()).isEqualTo(Quadrant.BUILD_RELATIONSHIP);
        assertThat(nhs.gap()).isEqualTo(10.0);
    }

    @Test
    void aRangeScoresAtItsMidpointAndKeepsItsWrittenForm() {
        Rating csn = rating(InfluenceMap.of(TABLE), "community-sport-networks", "obj-1");

        assertThat(csn.quality()).isEqualTo(3.5);
        assertThat(csn.source().quality().toString()).isEqualTo("3/4");
        assertThat(csn.gap()).isEqualTo(4 * 1.5);
        assertThat(csn.quadrant()).isEqualTo(Quadrant.KEEP_CLOSE);
    }

    /** The worked example of docs/scoring-influence.md, row by row. */
    @ParameterizedTest(name = "{0} on {1}: {2}, gap {3}")
    @CsvSource({
        "local-authorities, obj-1, KEEP_CLOSE, 0",
        "community-sport-networks, obj-1, KEEP_CLOSE, 6",
        "coaching-agencies, obj-1, BUILD_RELATIONSHIP, 8",
        "schools, obj-1, MONITOR, 6",
        "public-health, obj-2, KEEP_CLOSE, 0",
        "national-health-service, obj-2, BUILD_RELATIONSHIP, 10",
        "voluntary-and-community-sector, obj-2, BUILD_RELATIONSHIP, 10",
        "national-health-service, obj-4, BUILD_RELATIONSHIP, 10",
        "voluntary-and-community-sector, obj-4, BUILD_RELATIONSHIP, 10",
        "delivery-agencies, obj-4, KEEP_CLOSE, 7.5"
    })
    void theWorkedExampleRowsHaveTheirQuadrantAndGap(String partner, String objective, Quadrant quadrant, double gap) {
        Rating r = rating(InfluenceMap.of(TABLE), partner, objective);

        assertThat(r.quadrant()).isEqualTo(quadrant);
        assertThat(r.gap()).isEqualTo(gap);
    }

    @Test
    void theWorkedExamplePartnerTotals() {
        InfluenceMap map = InfluenceMap.of(TABLE);

        assertThat(partner(map, "voluntary-and-community-sector").relationshipGap())
                .isEqualTo(20.0);
        assertThat(partner(map, "community-sport-networks").relationshipGap()).isEqualTo(6.0);
        assertThat(partner(map, "public-health").relationshipGap()).isZero();
    }

    @Test
    void aScoreEqualToTheThresholdIsLowOrWeak() {
        InfluenceMap map = InfluenceMap.of(TABLE);

        assertThat(rating(map, "schools", "obj-1").quadrant()).isEqualTo(Quadrant.MONITOR);
        assertThat(rating(map, "coaching-agencies", "obj-1").quadrant()).isEqualTo(Quadrant.BUILD_RELATIONSHIP);
    }

    @Test
    void objectiveOneFallsIntoThreeQuadrantsAsCountedByHand() {
        InfluenceMap one = InfluenceMap.of(TABLE, InfluenceMap.THRESHOLD_DEFAULT, Set.of("obj-1"));

        // LAs 5/5, NGBs 4/4, SDOs 4/5, CSNs 4/3.5 keep close; Coaching 4/3 build; Schools, Parks 3/3 monitor
        assertThat(one.countByQuadrant())
                .containsExactly(
                        entry(Quadrant.KEEP_CLOSE, 4L),
                        entry(Quadrant.BUILD_RELATIONSHIP, 1L),
                        entry(Quadrant.KEEP_INFORMED, 0L),
                        entry(Quadrant.MONITOR, 2L));
        assertThat(one.ratingsIn(Quadrant.MONITOR))
                .extracting(Rating::partnerId)
                .containsExactly("parks-managers-group", "schools");
    }

    @Test
    void ratingsAreInObjectiveOrderThenHighestInfluenceThenName() {
        InfluenceMap map = InfluenceMap.of(TABLE);

        assertThat(map.ratings())
                .extracting(Rating::objectiveId)
                .startsWith("obj-1")
                .endsWith("obj-4");
        assertThat(map.ratings().subList(0, 3))
                .extracting(Rating::partnerId)
                .containsExactly("local-authorities", "coaching-agencies", "community-sport-networks");
    }

    @Test
    void partnersAreRankedByTheirSummedGapThenByName() {
        InfluenceMap map = InfluenceMap.of(TABLE);

        // NHS and VCS: 5 x (5 - 3) on Objectives 2 and 4 = 20 each, so by name; Coaching Agencies 4 x 2 = 8
        assertThat(map.partners())
                .extracting(p -> p.partner().id())
                .startsWith(
                        "national-health-service",
                        "voluntary-and-community-sector",
                        "coaching-agencies",
                        "delivery-agencies");
        PartnerInfluence nhs = map.partners().get(0);
        assertThat(nhs.relationshipGap()).isEqualTo(20.0);
        assertThat(nhs.ratings()).extracting(Rating::objectiveId).containsExactly("obj-2", "obj-4");
        assertThat(nhs.maxInfluence()).isEqualTo(5.0);
        assertThat(nhs.meanQuality()).isEqualTo(3.0);
        assertThat(nhs.quadrant()).isEqualTo(Quadrant.BUILD_RELATIONSHIP);
        assertThat(partner(map, "delivery-agencies").relationshipGap()).isEqualTo(5 * 1.5);
        assertThat(partner(map, "local-authorities").relationshipGap()).isZero();
    }

    @Test
    void aPartnerCarriesItsLargestStageGapFromTheTracker() {
        InfluenceMap map = InfluenceMap.of(TABLE);

        assertThat(partner(map, "community-sport-networks").stageGap()).isEqualTo(2);
        PartnerInfluence childrens = partner(map, "childrens-services");
        assertThat(childrens.stageGap()).isEqualTo(1);
        assertThat(childrens.ratings()).isEmpty();
        assertThat(childrens.relationshipGap()).isZero();
        assertThat(partner(map, "hertfordshire-county-council").stageGap()).isZero();
        assertThat(map.partner("hsp")).isEmpty();
    }

    @Test
    void aHigherThresholdMovesRatingsOutOfTheHighRow() {
        InfluenceMap strict = InfluenceMap.of(TABLE, 4.5, (Set<String>) null);

        assertThat(rating(strict, "community-sport-networks", "obj-1").quadrant())
                .isEqualTo(Quadrant.MONITOR);
        assertThat(rating(strict, "sports-development-officers", "obj-1").quadrant())
                .isEqualTo(Quadrant.KEEP_INFORMED);
        assertThat(strict.threshold()).isEqualTo(4.5);
    }

    @Test
    void theGapDoesNotDependOnTheThreshold() {
        double atDefault = partner(InfluenceMap.of(TABLE), "coaching-agencies").relationshipGap();
        double strict = partner(InfluenceMap.of(TABLE, 4.5, InfluenceFilter.ALL), "coaching-agencies")
                .relationshipGap();

        assertThat(strict).isEqualTo(atDefault).isEqualTo(8.0);
    }

    @Test
    void aThresholdOutsideTheScaleIsRefused() {
        IllegalArgumentException above =
                assertThrows(IllegalArgumentException.class, () -> InfluenceMap.of(TABLE, 6, InfluenceFilter.ALL));
        IllegalArgumentException notANumber = assertThrows(
                IllegalArgumentException.class, () -> InfluenceMap.of(TABLE, Double.NaN, InfluenceFilter.ALL));

        assertThat(above).hasMessage("the threshold must be between 1 and 5, was 6.0");
        assertThat(notANumber).hasMessage("the threshold must be between 1 and 5, was NaN");
    }

    @Test
    void aNullFilterIsRefusedWithASentence() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> InfluenceMap.of(TABLE, 3, (InfluenceFilter) null));

        assertThat(e).hasMessage("the filter may be InfluenceFilter.ALL but not null");
    }

    @Test
    void anEmptyGraphGivesAnEmptyMapWithEveryQuadrantCountedZero() {
        InfluenceMap map = InfluenceMap.of(PartnershipGraph.EMPTY);

        assertThat(map.ratings()).isEmpty();
        assertThat(map.partners()).isEmpty();
        assertThat(map.countByQuadrant()).hasSize(4).allSatisfy((q, n) -> assertThat(n)
                .isZero());
    }
}
