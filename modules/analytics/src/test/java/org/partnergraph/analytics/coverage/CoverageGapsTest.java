package org.partnergraph.analytics.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.coverage.Gap.Reason;
import org.partnergraph.analytics.coverage.Gap.Subject;
import org.partnergraph.analytics.resilience.Graphs;
import org.partnergraph.analytics.resilience.Tiny;

class CoverageGapsTest {

    @Test
    void everyRuleFindsItsGapOnTheTinyGraphByHand() {
        assertThat(CoverageGaps.of(Tiny.graph()).gaps())
                .extracting(g ->
                        g.subject().label() + " " + g.id() + ": " + g.reason().label() + " (" + g.detail() + ")")
                .containsExactly(
                        // o2: i2 (c) and c's rating, quality 2
                        "objective o2: single supporting partner (only C supports it)",
                        "objective o2: only lead has a weak relationship (C leads it alone; relationship quality 2.0)",
                        // o3: i3 has only a supporter, d, who also rates o3
                        "objective o3: no lead (none of its 1 indicators has a lead, nor any initiative for it)",
                        "objective o3: single supporting partner (only D supports it)",
                        "indicator i2: single supporting partner (only C is named for it)",
                        "indicator i2: only lead has a weak relationship (C leads it alone; relationship quality 2.0)",
                        "indicator i3: no lead (1 supporting, none leading)",
                        "indicator i3: single supporting partner (only D is named for it)",
                        // i4 measures the theme t2, where a has no rating: not judged weak
                        "indicator i4: single supporting partner (only A is named for it)",
                        "theme t2: no group works on it (no group works on it)",
                        "group g3: members cover none of the theme's indicators"
                                + " (works on Theme One; its 1 members lead or support none of its 2 indicators)");
    }

    @Test
    void aHigherThresholdCallsMoreLeadsWeak() {
        // a's quality on o1 is 4: weak only when the threshold is 4 or more (o1 has a as its only lead)
        assertThat(CoverageGaps.of(Tiny.graph(), 4).of(Subject.OBJECTIVE, Reason.WEAK_ONLY_LEAD))
                .extracting(Gap::id)
                .containsExactly("o1", "o2");
        assertThatThrownBy(() -> CoverageGaps.of(Tiny.graph(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the weak-quality threshold must be from 1 to 5, was 0.0");
    }

    /**
     * graphs/hertfordshire: six of HSP's 2022-23 priorities are supported by HSP alone (it delivers
     * their programmes, initiatives.csv and deliveries.csv, and nobody else is named for them).
     */
    @Test
    void hertfordshireListsTheObjectivesWithASingleSupporter() {
        CoverageGaps gaps = CoverageGaps.of(Graphs.hertfordshire());
        assertThat(gaps.of(Subject.OBJECTIVE, Reason.SINGLE_SUPPORTER))
                .extracting(Gap::id, Gap::detail)
                .allSatisfy(t -> assertThat(t.toList().get(1)).isEqualTo("only Herts Sports Partnership supports it"))
                .extracting(t -> t.toList().get(0))
                .containsExactlyInAnyOrder(
                        "hertfordshire:hsp-2022-23-i2",
                        "hertfordshire:hsp-2022-23-p3",
                        "hertfordshire:hsp-2022-23-p4",
                        "hertfordshire:hsp-2022-23-p5",
                        "hertfordshire:hsp-2022-23-p9",
                        "hertfordshire:hsp-2022-23-p11");
        assertThat(gaps.of(Subject.INDICATOR, Reason.NO_LEAD))
                .extracting(Gap::name)
                .contains("NI 79 Achievement of a Level 2 qualification by the age of 19");
        assertThat(gaps.of(Subject.THEME, Reason.NO_GROUP)).extracting(Gap::id).contains("hertfordshire:csp-outcomes");
    }
}
