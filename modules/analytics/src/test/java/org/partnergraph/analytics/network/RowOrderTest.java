package org.partnergraph.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;

/**
 * The store may return memberships in any order (a reload, another load path, another database):
 * every score, sampled betweenness included, must come out the same to the last bit.
 */
class RowOrderTest {

    private static PartnershipGraph shuffled(PartnershipGraph g, long seed) {
        List<Membership> rows = new ArrayList<>(g.memberships());
        Collections.shuffle(rows, new Random(seed));
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.memberships.addAll(rows);
        return b.build();
    }

    /** 0: the array kernels throughout; otherwise JGraphT where the graph is small enough. */
    @ParameterizedTest
    @ValueSource(ints = {0, NetworkSettings.JGRAPHT_MAX_NODES_DEFAULT})
    void shuffledRowsGiveIdenticalScoresWithSampledBetweenness(int jgraphtMaxNodes) {
        PartnershipGraph g = SyntheticPartnership.memberships(600, 40, 1_500, 11);
        NetworkSettings sampled = NetworkSettings.DEFAULTS
                .withJGraphTMaxNodes(jgraphtMaxNodes)
                .withExactBetweennessMaxNodes(100)
                .withBetweennessSources(40, 30, 2026);
        NetworkPosition original = NetworkPosition.of(g, sampled);

        assertThat(original.betweennessSampled()).isTrue();
        for (long seed = 1; seed <= 3; seed++) {
            NetworkPosition again = NetworkPosition.of(shuffled(g, seed), sampled);
            assertThat(again.positions()).containsExactlyElementsOf(original.positions());
            assertThat(again.groups()).containsExactlyElementsOf(original.groups());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void shuffledRowsGiveTheSameGraphNumberedBySortedIds(long seed) {
        PartnershipGraph g = SyntheticPartnership.memberships(300, 20, 900, 5);
        MembershipEdges a = MembershipEdges.of(g, MembershipWeights.DEFAULT);
        MembershipEdges b = MembershipEdges.of(shuffled(g, seed), MembershipWeights.DEFAULT);

        assertThat(b.partnerIds()).isEqualTo(a.partnerIds()).isSorted();
        assertThat(b.groupIds()).isEqualTo(a.groupIds()).isSorted();
        assertThat(b.bipartite().targets()).containsExactly(a.bipartite().targets());
        assertThat(b.bipartite().weights()).containsExactly(a.bipartite().weights());
        assertThat(b.projectionGraph(100).targets())
                .containsExactly(a.projectionGraph(100).targets());
    }
}
