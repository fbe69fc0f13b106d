package org.partnergraph.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;

/** Values from the CSP strategic outcome table of 001_d8b1239257a95d12.txt, Objective 2 and Objective 1. */
class InfluenceMapTest {

    private static final Provenance TABLE = Provenance.of("001_d8b1239257a95d12.txt: CSP strategic outcome table");

    private static Partner partner(String id, String name) {
        return new Partner(id, name, "", "", "", List.of(), "h", TABLE);
    }

    private static PartnershipGraph outcomeTable() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.partners.add(partner("ph", "Public Health"));
        b.partners.add(partner("nhs", "National Health Service"));
        b.partners.add(partner("vcs", "Voluntary and Community Sector"));
        b.partners.add(partner("csn", "Community Sport Networks"));
        b.partners.add(partner("cs", "Children's Services"));
        b.objectives.add(new Objective("obj-1", "Objective 1", "t", "h", TABLE));
        b.objectives.add(new Objective("obj-2", "Objective 2", "t", "h", TABLE));
        b.influences.add(new Influence("ph", "obj-2", Score.of(5), Score.of(5), TABLE));
        b.influences.add(new Influence("nhs", "obj-2", Score.of(5), Score.of(3), TABLE));
        b.influences.add(new Influence("vcs", "obj-2", Score.of(5), Score.of(3), TABLE));
        b.influences.add(new Influence("csn", "obj-1", Score.of(4), new Score(3, 4), TABLE));
        b.influences.add(new Influence("nhs", "obj-1", Score.of(2), Score.of(2), TABLE));
        b.relationships.add(new Relationship("hsp", "cs", Stage.COOPERATE, Stage.COLLABORATE, "", "", List.of(), "",
                TABLE));
        return b.build();
    }

    private static Rating rating(InfluenceMap map, String partner, String objective) {
        return map.ratings().stream().filter(r -> r.partnerId().equals(partner) && r.objectiveId().equals(objective))
                .findFirst().orElseThrow();
    }

    @Test
    void publicHealthOnObjectiveTwoIsKeepCloseWithNoGap() {
        Rating ph = rating(InfluenceMap.of(outcomeTable()), "ph", "obj-2");

        assertThat(ph.quadrant()).isEqualTo(Quadrant.KEEP_CLOSE);
        assertThat(ph.gap()).isZero();
    }

    @Test
    void theNhsOnObjectiveTwoNeedsTheRelationshipBuiltWithGapTen() {
        Rating nhs = rating(InfluenceMap.of(outcomeTable()), "nhs", "obj-2");

        assertThat(nhs.quadrant()).isEqualTo(Quadrant.BUILD_RELATIONSHIP);
        assertThat(nhs.gap()).isEqualTo(10.0);
    }

    @Test
    void aRangeScoresAtItsMidpoint() {
        Rating csn = rating(InfluenceMap.of(outcomeTable()), "csn", "obj-1");

        assertThat(csn.quality()).isEqualTo(3.5);
        assertThat(csn.gap()).isEqualTo(4 * 1.5);
        assertThat(csn.quadrant()).isEqualTo(Quadrant.KEEP_CLOSE);
    }

    @Test
    void lowInfluenceAndWeakRelationshipIsMonitor() {
        assertThat(rating(InfluenceMap.of(outcomeTable()), "nhs", "obj-1").quadrant()).isEqualTo(Quadrant.MONITOR);
        assertThat(Quadrant.of(2, 5, 3)).isEqualTo(Quadrant.KEEP_INFORMED);
    }

    @Test
    void partnersAreRankedByTheirSummedGapAndCarryTheirStageGap() {
        InfluenceMap map = InfluenceMap.of(outcomeTable());

        assertThat(map.partners()).extracting(p -> p.partner().id()).startsWith("nhs", "vcs", "csn");
        var nhs = map.partners().get(0);
        assertThat(nhs.relationshipGap()).isEqualTo(10 + 2 * 3);
        assertThat(nhs.maxInfluence()).isEqualTo(5);
        assertThat(nhs.quadrant()).isEqualTo(Quadrant.BUILD_RELATIONSHIP);
        var childrens = map.partners().stream().filter(p -> p.partner().id().equals("cs")).findFirst().orElseThrow();
        assertThat(childrens.stageGap()).isEqualTo(1);
        assertThat(childrens.ratings()).isEmpty();
    }

    @Test
    void aHigherThresholdMovesRatingsOutOfTheHighRow() {
        InfluenceMap strict = InfluenceMap.of(outcomeTable(), 4.5, null);

        assertThat(rating(strict, "csn", "obj-1").quadrant()).isEqualTo(Quadrant.MONITOR);
        assertThat(strict.countByQuadrant().get(Quadrant.KEEP_CLOSE)).isEqualTo(1);
    }

    @Test
    void anObjectiveFilterKeepsOnlyItsRatings() {
        InfluenceMap two = InfluenceMap.of(outcomeTable(), 3, Set.of("obj-2"));

        assertThat(two.ratings()).extracting(Rating::objectiveId).containsOnly("obj-2").hasSize(3);
    }

    @Test
    void aThresholdOutsideTheScaleIsRefused() {
        assertThatThrownBy(() -> InfluenceMap.of(outcomeTable(), 6, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the threshold must be between 1 and 5, was 6.0");
    }
}
