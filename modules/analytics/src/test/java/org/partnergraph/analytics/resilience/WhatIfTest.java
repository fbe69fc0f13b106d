package org.partnergraph.analytics.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Initiative;
import org.partnergraph.model.PartnershipGraph;

class WhatIfTest {

    @Test
    void withoutAItsIndicatorsInitiativeChairAndBestInfluenceGo() {
        WhatIf w = WhatIf.of(Tiny.graph(), List.of("a"));
        assertThat(w.indicatorsWithoutLead()).extracting(Indicator::id).containsExactly("i1", "i4");
        // n2 keeps the group g2 as a lead
        assertThat(w.initiativesWithoutLead()).extracting(Initiative::id).containsExactly("n1");
        assertThat(w.groupsWithoutChairOrLead()).singleElement().satisfies(g -> {
            assertThat(g.group().id()).isEqualTo("g1");
            assertThat(g.reason()).isEqualTo("no chair");
        });
        // o1: best 5 (a), then 3 (b)
        assertThat(w.influenceDrops()).singleElement().satisfies(d -> {
            assertThat(d.objective().id()).isEqualTo("o1");
            assertThat(d.before()).isEqualTo(5.0);
            assertThat(d.after()).isEqualTo(3.0);
            assertThat(d.drop()).isEqualTo(2.0);
        });
        // b-c and c-d remain: still one component of three
        assertThat(w.before()).isEqualTo(new Connectivity(4, 1, 4, 6, 0.0));
        assertThat(w.after()).isEqualTo(new Connectivity(3, 1, 3, 3, 0.0));
    }

    @Test
    void withoutAAndCNothingConnectsBAndD() {
        WhatIf w = WhatIf.of(Tiny.graph(), List.of("a", "c"));
        assertThat(w.indicatorsWithoutLead()).extracting(Indicator::id).containsExactly("i1", "i2", "i4");
        assertThat(w.groupsWithoutChairOrLead())
                .extracting(g -> g.group().id() + ": " + g.reason())
                .containsExactly("g1: no chair", "g2: no lead");
        // o2 had only c (4): nobody rated is left
        assertThat(w.influenceDrops())
                .extracting(d -> d.objective().id() + " " + d.drop())
                .containsExactly("o2 4.0", "o1 2.0");
        assertThat(w.after().components()).isEqualTo(2);
        assertThat(w.after().fragmentation()).isEqualTo(1.0);
    }

    @Test
    void anUnknownPartnerOrNoneIsRefusedWithASentence() {
        assertThatThrownBy(() -> WhatIf.of(Tiny.graph(), List.of("zz")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no partner 'zz' in the graph.");
        assertThatThrownBy(() -> WhatIf.of(Tiny.graph(), List.of()))
                .hasMessage("Name at least one partner to take out.");
    }

    @Test
    void withoutTheCountyCouncilHertfordshireLosesTheLeadOfNi193() {
        PartnershipGraph herts = Graphs.hertfordshire();
        WhatIf w = WhatIf.of(herts, List.of("hertfordshire:hertfordshire-county-council"));
        List<String> codes =
                w.indicatorsWithoutLead().stream().map(Indicator::code).toList();
        // graphs/hertfordshire/indicator_partners.csv: the County Council leads 11 indicators; it
        // shares the lead of NI 186 (University), NI 7 (Infrastructure Consortium) and NI 32
        // (Constabulary), so 8 are left without one, NI 193 among them
        assertThat(codes).containsExactlyInAnyOrder("NI 175", "NI 178", "NI 193", "", "", "NI 1", "NI 4", "NI 40");
        assertThat(w.indicatorsWithoutLead())
                .extracting(Indicator::id)
                .contains(
                        "hertfordshire:household-waste-recycled-composted",
                        "hertfordshire:residual-household-waste-per-household");
        assertThat(w.initiativesWithoutLead()).isNotEmpty();
        assertThat(w.after().nodes()).isEqualTo(w.before().nodes() - 1);
        assertThat(w.after().fragmentation()).isGreaterThanOrEqualTo(w.before().fragmentation());
    }
}
