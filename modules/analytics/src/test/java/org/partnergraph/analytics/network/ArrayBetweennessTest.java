package org.partnergraph.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.junit.jupiter.api.Test;

class ArrayBetweennessTest {

    /** NetworkX's published {@code nx.betweenness_centrality(karate_club_graph())}, normalised, exact. */
    @Test
    void karateMatchesNetworkXsPublishedValues() {
        double[] b = new ArrayBetweenness(KarateClub.csr()).normalised();

        assertThat(KarateClub.EDGES.length).isEqualTo(78);
        assertThat(b[0]).isCloseTo(0.43763528138528146, within(1e-12));
        assertThat(b[33]).isCloseTo(0.30407497594997596, within(1e-12));
        assertThat(b[32]).isCloseTo(0.145247113997114, within(1e-12));
        assertThat(b[2]).isCloseTo(0.14365680615680618, within(1e-12));
        assertThat(b[31]).isCloseTo(0.13827561327561325, within(1e-12));
        assertThat(b[7]).isZero();
    }

    @Test
    void karateEqualsJGraphTForEveryMember() {
        double[] ours = new ArrayBetweenness(KarateClub.csr()).scores();
        Map<Integer, Double> theirs = new BetweennessCentrality<>(KarateClub.jgrapht()).getScores();

        for (int v = 0; v < KarateClub.NODES; v++) {
            assertThat(ours[v]).as("member %d", v).isCloseTo(theirs.get(v), within(1e-9));
        }
    }

    @Test
    void aWeightedRandomGraphEqualsJGraphTOnHops() {
        CsrGraph g = SyntheticPartnership.weighted(400, 1500, 3);
        Map<Integer, Double> theirs =
                new BetweennessCentrality<>(new AsUnweightedGraph<>(JGraphTScores.toJGraphT(g))).getScores();

        double[] ours = new ArrayBetweenness(g).scores();

        for (int v = 0; v < g.nodes(); v++) {
            assertThat(ours[v]).as("node %d", v).isCloseTo(theirs.get(v), within(1e-7));
        }
    }

    /** Path 0-1-2-3: node 1 lies on the paths 0-2 and 0-3, node 2 on 1-3 and 0-3. Square: each opposite pair splits. */
    @Test
    void pathAndSquareMatchTheHandCount() {
        double[] path = new ArrayBetweenness(KarateClub.csr(4, new int[][] {{0, 1}, {1, 2}, {2, 3}})).scores();
        double[] square =
                new ArrayBetweenness(KarateClub.csr(4, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 0}})).scores();

        assertThat(path).containsExactly(0.0, 2.0, 2.0, 0.0);
        assertThat(square).containsExactly(0.5, 0.5, 0.5, 0.5);
    }

    @Test
    void theSampleIsFixedByItsSeedAndAllSourcesMeansExact() {
        CsrGraph g = SyntheticPartnership.weighted(500, 2000, 1);

        ArrayBetweenness sampled = new ArrayBetweenness(g, 50, 9);

        assertThat(sampled.sampled()).isTrue();
        assertThat(sampled.scores()).containsExactly(new ArrayBetweenness(g, 50, 9).scores());
        assertThat(sampled.scores()).isNotEqualTo(new ArrayBetweenness(g, 50, 10).scores());
        assertThat(new ArrayBetweenness(g, 500, 9).sampled()).isFalse();
        assertThat(new ArrayBetweenness(g, 500, 9).scores()).containsExactly(new ArrayBetweenness(g).scores());
    }

    @Test
    void fewerThanOneSourceIsRefused() {
        assertThatThrownBy(() -> new ArrayBetweenness(KarateClub.csr(), 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("betweenness needs at least one source, was 0");
    }
}
