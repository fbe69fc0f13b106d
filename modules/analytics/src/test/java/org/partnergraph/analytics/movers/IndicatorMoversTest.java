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
import org.partnergraph.model.Theme;

class IndicatorMoversTest {

    /**
     * NI 8 measures the health theme (so "Active and healthier") and, by name, "Cleaner streets".
     * HCC leads it (and is also listed as supporting it); HSP supports it and sits on two groups;
     * Public Health and the VCS are rated on measured objectives; the NHS only on another one.
     */
    static PartnershipGraph graph() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.themes.add(new Theme("health", "Health", "", "h", Provenance.NONE));
        b.objectives.add(new Objective("obj-2", "Active and healthier", "health", "h", Provenance.NONE));
        b.objectives.add(new Objective("obj-7", "Cleaner streets", "environment", "h", Provenance.NONE));
        b.objectives.add(new Objective("obj-9", "Elsewhere", "other", "h", Provenance.NONE));
        b.indicators.add(new Indicator(
                "ni-8",
                "NI 8",
                "Adult participation",
                "%",
                Polarity.HIGHER_IS_BETTER,
                List.of("health", "obj-7"),
                "",
                "",
                "",
                "h",
                Provenance.NONE));
        b.indicatorLinks.add(new IndicatorLink("hcc", "ni-8", IndicatorRole.LEAD, Provenance.NONE));
        b.indicatorLinks.add(new IndicatorLink("hcc", "ni-8", IndicatorRole.SUPPORT, Provenance.NONE));
        b.indicatorLinks.add(new IndicatorLink("hsp", "ni-8", IndicatorRole.SUPPORT, Provenance.NONE));
        b.influences.add(new Influence("ph", "obj-2", Score.of(5), Score.of(5), Provenance.NONE));
        b.influences.add(new Influence("ph", "obj-7", new Score(3, 4), Score.of(2), Provenance.NONE));
        b.influences.add(new Influence("hsp", "obj-2", Score.of(4), Score.of(4), Provenance.NONE));
        b.influences.add(new Influence("vcs", "obj-7", Score.of(2), Score.of(4), Provenance.NONE));
        b.influences.add(new Influence("nhs", "obj-9", Score.of(5), Score.of(3), Provenance.NONE));
        for (String[] m : new String[][] {{"hcc", "board"}, {"hsp", "board"}, {"ph", "board"}, {"hsp", "forum"}}) {
            b.memberships.add(new Membership(m[0], m[1], Role.MEMBER, Provenance.NONE));
        }
        return b.build();
    }

    /**
     * By hand: HSP has the top PageRank (percentile 1), HCC and Public Health tie below it (0), the
     * VCS has no membership (0). HSP 2 + 2 x 4/5 + 1 = 4.6; HCC 3; Public Health 2 x 5/5 = 2;
     * VCS 2 x 2/5 = 0.8; the NHS is rated only on an objective NI 8 does not measure.
     */
    @Test
    void rankingFollowsTheHandDerivedScores() {
        PartnershipGraph g = graph();

        List<Mover> movers = IndicatorMovers.rank(g, "ni-8", NetworkPosition.of(g));

        assertThat(movers).extracting(Mover::partnerId).containsExactly("hsp", "hcc", "ph", "vcs");
        assertThat(movers)
                .extracting(Mover::score)
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : 1)
                .containsExactly(4.6, 3.0, 2.0, 0.8);
        Mover hsp = movers.get(0);
        assertThat(hsp.role()).isEqualTo(2.0);
        assertThat(hsp.influence()).isCloseTo(1.6, within(1e-12));
        assertThat(hsp.position()).isEqualTo(1.0);
        assertThat(hsp.reasons())
                .containsExactly("key partner", "influence 4 on Active and healthier", "PageRank in the top 10%");
        assertThat(movers.get(1).reasons()).containsExactly("lead agency");
        assertThat(movers.get(2).reasons())
                .containsExactly("influence 5 on Active and healthier", "influence 3/4 on Cleaner streets");
        assertThat(movers.get(3).reasons()).containsExactly("influence 2 on Cleaner streets");
    }

    @Test
    void weightsChangeTheOrder() {
        PartnershipGraph g = graph();

        List<Mover> movers = new IndicatorMovers(3, 2, 10, 1).movers(g, "ni-8", NetworkPosition.of(g));

        // HSP 2 + 8 + 1 = 11, Public Health 10, VCS 4, HCC 3
        assertThat(movers).extracting(Mover::partnerId).containsExactly("hsp", "ph", "vcs", "hcc");
    }

    @Test
    void measuredObjectivesAreThoseNamedAndThoseUnderANamedTheme() {
        PartnershipGraph g = graph();

        assertThat(IndicatorMovers.measuredObjectives(g, g.indicatorsById().get("ni-8")))
                .containsOnlyKeys("obj-2", "obj-7")
                .containsEntry("obj-7", "Cleaner streets");
    }

    @Test
    void anUnknownIndicatorIsRefused() {
        PartnershipGraph g = graph();
        assertThatThrownBy(() -> IndicatorMovers.rank(g, "ni-999", NetworkPosition.of(g)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there is no indicator 'ni-999'");
    }

    @Test
    void badWeightsAreRefusedWithAReason() {
        assertThatThrownBy(() -> new IndicatorMovers(-1, 0, 2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the lead weight must be 0 or more and finite, was -1.0");
        assertThatThrownBy(() -> new IndicatorMovers(3, 2, Double.NaN, 1))
                .hasMessage("the influence weight must be 0 or more and finite, was NaN");
        assertThatThrownBy(() -> new IndicatorMovers(2, 3, 2, 1))
                .hasMessage("the support weight (3.0) cannot be above the lead weight (2.0)");
    }
}
