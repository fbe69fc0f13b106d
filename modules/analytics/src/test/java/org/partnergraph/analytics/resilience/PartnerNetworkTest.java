package org.partnergraph.analytics.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.community.WeightedGraph;

class PartnerNetworkTest {

    @Test
    void sharedGroupsAndDirectTiesAreTheEdges() {
        PartnerNetwork n = PartnerNetwork.of(Tiny.graph());
        assertThat(n.ids()).containsExactly("a", "b", "c", "d");
        WeightedGraph g = n.graph();
        assertThat(g.edges()).isEqualTo(5);
        assertThat(weight(g, 0, 3)).as("a-d, the tie").isEqualTo(1.0);
        assertThat(weight(g, 2, 3)).as("c-d share g2").isEqualTo(1.0);
        assertThat(g.strength(2)).as("c: a, b in g1; d in g2").isEqualTo(3.0);
        assertThat(new CutVertices(g).articulationPoints()).isEmpty();
    }

    @Test
    void groupsAboveTheCapAreLeftOut() {
        PartnerNetwork n = PartnerNetwork.of(Tiny.graph(), 2);
        assertThat(n.groupsLeftOut()).isEqualTo(1);
        // without g1: c-d and a-d, and b alone
        assertThat(n.graph().edges()).isEqualTo(2);
        assertThat(Connectivity.of(n.graph()).components()).isEqualTo(2);
        // now d joins a and c: an articulation point
        assertThat(new CutVertices(n.graph()).articulationPoints()).containsExactly(3);
        assertThatThrownBy(() -> PartnerNetwork.of(Tiny.graph(), 1))
                .hasMessage("the group cap must be at least 2, was 1");
    }

    private static double weight(WeightedGraph g, int a, int b) {
        for (int e = g.start(a); e < g.end(a); e++) {
            if (g.target(e) == b) {
                return g.weight(e);
            }
        }
        return 0;
    }
}
