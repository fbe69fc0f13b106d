package org.partnergraph.analytics.movers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.network.NetworkPosition;
import org.partnergraph.analytics.resilience.Graphs;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.PartnershipGraph;

/** One partnership's movers do not change when another partnership is loaded beside it (issue 16, item 9). */
class MoversWithinPartnershipTest {

    @Test
    void loadingStaffordshireBesideHertfordshireChangesNoHertfordshireMover() throws Exception {
        PartnershipGraph herts = Graphs.hertfordshire();
        PartnershipGraph staffs = BundleReader.read(Path.of("..", "..", "graphs", "staffordshire"))
                .graph();
        PartnershipGraph both = together(herts, staffs);
        NetworkPosition alone = NetworkPosition.of(herts);
        NetworkPosition beside = NetworkPosition.of(both);
        assertThat(beside.positions().size()).isGreaterThan(alone.positions().size());

        int compared = 0;
        for (Indicator indicator : herts.indicators()) {
            List<Mover> a = IndicatorMovers.rank(herts, indicator.id(), alone);
            List<Mover> b = IndicatorMovers.rank(both, indicator.id(), beside);
            assertThat(b)
                    .extracting(Mover::partnerId)
                    .containsExactlyElementsOf(a.stream().map(Mover::partnerId).toList());
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.get(i).score())
                        .as(indicator.id() + " " + a.get(i).partnerId())
                        .isCloseTo(a.get(i).score(), within(1e-9));
                assertThat(b.get(i).reasons()).isEqualTo(a.get(i).reasons());
                compared++;
            }
        }
        assertThat(compared).as("movers compared").isGreaterThan(50);
        String county = "hertfordshire:hertfordshire-county-council";
        assertThat(beside.pageRankPercentile(county)).isEqualTo(alone.pageRankPercentile(county));
    }

    /** Both graphs' lists, one after the other: what the store holds with both samples loaded. */
    static PartnershipGraph together(PartnershipGraph a, PartnershipGraph b) {
        PartnershipGraph.Builder x = PartnershipGraph.builder();
        for (PartnershipGraph g : List.of(a, b)) {
            x.partners.addAll(g.partners());
            x.groups.addAll(g.groups());
            x.themes.addAll(g.themes());
            x.objectives.addAll(g.objectives());
            x.indicators.addAll(g.indicators());
            x.measurements.addAll(g.measurements());
            x.areas.addAll(g.areas());
            x.initiatives.addAll(g.initiatives());
            x.memberships.addAll(g.memberships());
            x.influences.addAll(g.influences());
            x.relationships.addAll(g.relationships());
            x.indicatorLinks.addAll(g.indicatorLinks());
            x.groupThemes.addAll(g.groupThemes());
            x.deliveries.addAll(g.deliveries());
            x.waves.addAll(g.waves());
        }
        return x.build();
    }
}
