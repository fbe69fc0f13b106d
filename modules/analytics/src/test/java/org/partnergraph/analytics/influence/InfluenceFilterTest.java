package org.partnergraph.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Objective;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Score;

class InfluenceFilterTest {

    private static InfluenceMap map(InfluenceFilter filter) {
        return InfluenceMap.of(OutcomeTable.graph(), InfluenceMap.THRESHOLD_DEFAULT, filter);
    }

    /** The outcome table plus one rating in another partnership, on an objective of its own. */
    private static PartnershipGraph twoPartnerships() {
        PartnershipGraph.Builder b = OutcomeTable.builder();
        b.objectives.add(new Objective("obj-x", "Elsewhere", "", "kent", OutcomeTable.TABLE));
        OutcomeTable.partner(b, "kent-council", "Kent County Council", "kent");
        b.influences.add(new Influence("kent-council", "obj-x", Score.of(4), Score.of(1), OutcomeTable.TABLE));
        return b.build();
    }

    @Test
    void anObjectiveFilterKeepsOnlyItsRatingsAndPartners() {
        InfluenceMap two = map(InfluenceFilter.objectives("obj-2"));

        assertThat(two.ratings())
                .extracting(Rating::objectiveId)
                .containsOnly("obj-2")
                .hasSize(4);
        assertThat(two.partners())
                .extracting(p -> p.partner().id())
                .containsExactly(
                        "national-health-service",
                        "voluntary-and-community-sector",
                        "local-authorities",
                        "public-health");
        assertThat(two.partner("national-health-service").orElseThrow().relationshipGap())
                .isEqualTo(10.0);
    }

    @Test
    void aThemeFilterKeepsTheRatingsOnItsObjectives() {
        InfluenceMap health = map(InfluenceFilter.themes("health"));

        assertThat(health.ratings())
                .extracting(Rating::objectiveId)
                .containsOnly("obj-2", "obj-4")
                .hasSize(10);
        assertThat(health.partner("childrens-services"))
                .as("tracked but unrated in the theme")
                .isEmpty();
        assertThat(InfluenceMap.objectivesOf(OutcomeTable.graph(), "health"))
                .containsExactlyInAnyOrder("obj-2", "obj-4");
    }

    @Test
    void themeAndObjectiveFiltersCombineWithAnd() {
        InfluenceMap none = map(new InfluenceFilter(Set.of("csp"), Set.of("obj-2"), Set.of()));

        assertThat(none.ratings()).isEmpty();
    }

    @Test
    void aPartnershipFilterKeepsThatPartnershipsRatingsAndTrackerRows() {
        InfluenceMap kent = InfluenceMap.of(twoPartnerships(), 3, InfluenceFilter.partnerships("kent"));
        InfluenceMap herts = InfluenceMap.of(twoPartnerships(), 3, InfluenceFilter.partnerships("hertfordshire"));

        assertThat(kent.ratings()).extracting(Rating::partnerId).containsExactly("kent-council");
        assertThat(kent.partners()).hasSize(1);
        assertThat(kent.partners().get(0).relationshipGap()).isEqualTo(16.0);
        assertThat(herts.ratings()).hasSize(17);
        assertThat(herts.partner("childrens-services").orElseThrow().stageGap()).isEqualTo(1);
    }

    @Test
    void aNullSetIsRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new InfluenceFilter(null, Set.of(), Set.of()));

        assertThat(e).hasMessage("a filter set may be empty (all) but not null");
    }
}
