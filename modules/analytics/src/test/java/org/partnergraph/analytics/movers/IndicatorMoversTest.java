package org.partnergraph.analytics.movers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.network.NetworkPosition;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.IndicatorRole;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Objective;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Polarity;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Role;
import org.partnergraph.model.Score;

class IndicatorMoversTest {

    static PartnershipGraph graph() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.objectives.add(new Objective("obj-2", "Active and healthier", "health", "h", Provenance.NONE));
        b.objectives.add(new Objective("obj-9", "Elsewhere", "other", "h", Provenance.NONE));
        b.indicators.add(new Indicator("ni-8", "NI 8", "Adult participation", "%", Polarity.HIGHER_IS_BETTER,
                List.of("health"), "", "", "", "h", Provenance.NONE));
        b.indicatorLinks.add(new IndicatorLink("hcc", "ni-8", IndicatorRole.LEAD, Provenance.NONE));
        b.indicatorLinks.add(new IndicatorLink("hsp", "ni-8", IndicatorRole.SUPPORT, Provenance.NONE));
        b.influences.add(new Influence("ph", "obj-2", Score.of(5), Score.of(5), Provenance.NONE));
        b.influences.add(new Influence("hsp", "obj-2", Score.of(4), Score.of(4), Provenance.NONE));
        b.influences.add(new Influence("nhs", "obj-9", Score.of(5), Score.of(3), Provenance.NONE));
        for (String[] m : new String[][] {{"hcc", "board"}, {"hsp", "board"}, {"ph", "board"}, {"hsp", "forum"}}) {
            b.memberships.add(new Membership(m[0], m[1], Role.MEMBER, Provenance.NONE));
        }
        return b.build();
    }

    @Test
    void theLeadThenTheSupporterWithInfluenceThenInfluenceAloneAndNotOtherObjectives() {
        PartnershipGraph g = graph();
        NetworkPosition position = NetworkPosition.of(g);

        List<Mover> movers = IndicatorMovers.rank(g, "ni-8", position);

        assertThat(movers).extracting(Mover::partnerId).containsExactly("hsp", "hcc", "ph");
        Mover hsp = movers.get(0);
        assertThat(hsp.score()).isCloseTo(2 + 2 * 4 / 5.0 + 1.0, within(1e-9));
        assertThat(hsp.reasons()).containsExactly("key partner", "influence 4 on Active and healthier",
                "PageRank in the top 10%");
        assertThat(movers.get(1).reasons()).startsWith("lead agency");
        assertThat(movers.get(2).reasons()).containsExactly("influence 5 on Active and healthier");
    }

    @Test
    void anUnknownIndicatorIsRefused() {
        PartnershipGraph g = graph();
        assertThatThrownBy(() -> IndicatorMovers.rank(g, "ni-999", NetworkPosition.of(g)))
                .hasMessage("there is no indicator 'ni-999'");
    }
}
