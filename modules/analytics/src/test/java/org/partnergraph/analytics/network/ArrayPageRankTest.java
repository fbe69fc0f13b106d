package org.partnergraph.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.jgrapht.alg.scoring.PageRank;
import org.junit.jupiter.api.Test;

class ArrayPageRankTest {

    /**
     * NetworkX's published {@code nx.pagerank(karate_club_graph())} (alpha 0.85, unweighted graph, as
     * printed in its tutorials): NetworkX stops when the L1 change is below n x 1e-6 = 3.4e-5, so with
     * that tolerance our iteration (same start, same update) must give the same digits.
     */
    @Test
    void karateMatchesNetworkXsPublishedValuesUnderItsStoppingRule() {
        double[] rank = new ArrayPageRank(KarateClub.csr(), 0.85, 100, 34 * 1e-6).scores();

        assertThat(rank[0]).isCloseTo(0.09700181758983709, within(1e-12));
        assertThat(rank[33]).isCloseTo(0.1009179167487121, within(1e-12));
        assertThat(rank[32]).isCloseTo(0.07169213006588289, within(1e-12));
    }

    @Test
    void karateConvergedEqualsJGraphTForEveryMemberAndStaysNearNetworkX() {
        ArrayPageRank ours = new ArrayPageRank(KarateClub.csr());
        Map<Integer, Double> theirs = new PageRank<>(KarateClub.jgrapht(), 0.85, 10_000, 1e-14).getScores();

        double[] rank = ours.scores();
        for (int v = 0; v < KarateClub.NODES; v++) {
            assertThat(rank[v]).as("member %d", v).isCloseTo(theirs.get(v), within(1e-9));
        }
        assertThat(ours.converged()).isTrue();
        assertThat(Arrays.stream(rank).sum()).isCloseTo(1.0, within(1e-12));
        // NetworkX's early stop leaves its published values within 1e-5 of the fixed point
        assertThat(rank[0]).isCloseTo(0.09700181758983709, within(1e-5));
        assertThat(rank[33]).isCloseTo(0.1009179167487121, within(1e-5));
    }

    @Test
    void weightedGraphWithIsolatedNodesEqualsJGraphT() {
        CsrGraph g = SyntheticPartnership.weighted(300, 1200, 5);
        Map<Integer, Double> theirs = new PageRank<>(JGraphTScores.toJGraphT(g), 0.85, 10_000, 1e-14).getScores();

        double[] rank = new ArrayPageRank(g).scores();

        for (int v = 0; v < g.nodes(); v++) {
            assertThat(rank[v]).as("node %d", v).isCloseTo(theirs.get(v), within(1e-9));
        }
        assertThat(rank[299]).as("isolated").isGreaterThan(0);
    }

    /**
     * Hand-computed: star with centre C and leaves L, C = 0.15/4 + 0.85 x 3L and L = 0.15/4 + 0.85 C/3,
     * so C = 71/148 and L = 77/444.
     */
    @Test
    void starCentreAndLeavesMatchTheHandSolution() {
        double[] rank = new ArrayPageRank(KarateClub.csr(4, new int[][] {{0, 1}, {0, 2}, {0, 3}})).scores();

        assertThat(rank[0]).isCloseTo(71.0 / 148, within(1e-10));
        assertThat(rank[1]).isCloseTo(77.0 / 444, within(1e-10));
    }

    @Test
    void stoppingAtTheIterationCapIsReported() {
        assertThat(new ArrayPageRank(KarateClub.csr(), 0.85, 1, 1e-10).converged())
                .isFalse();
    }

    @Test
    void badSettingsAreRefusedWithAReason() {
        CsrGraph g = KarateClub.csr();
        assertThatThrownBy(() -> new ArrayPageRank(g, 1.0, 100, 1e-10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the damping factor must be between 0 and 1, was 1.0");
        assertThatThrownBy(() -> new ArrayPageRank(g, 0.85, 0, 1e-10))
                .hasMessage("PageRank needs at least one iteration, was 0");
        assertThatThrownBy(() -> new ArrayPageRank(g, 0.85, 100, 0))
                .hasMessage("the tolerance must be positive, was 0.0");
    }
}
