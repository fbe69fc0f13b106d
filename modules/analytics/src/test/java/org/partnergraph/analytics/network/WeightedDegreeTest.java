package org.partnergraph.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeightedDegreeTest {

    /** NetworkX's degree_centrality divides by n - 1: member 0 has 16 ties (16/33), member 33 has 17 (17/33). */
    @Test
    void karateDegreeOverNMinusOneIsNetworkXsDegreeCentrality() {
        double[] degree = new WeightedDegree(KarateClub.csr()).scores();

        assertThat(degree[0] / 33).isCloseTo(0.48484848484848486, within(1e-12));
        assertThat(degree[33] / 33).isCloseTo(0.5151515151515151, within(1e-12));
        assertThat(degree[11]).isEqualTo(1.0);
    }

    @Test
    void weightsAddUpAndEqualJGraphTsEdgeWeightSums() {
        CsrGraph g = CsrGraph.undirected(3, new int[] {0, 1, 0}, new int[] {1, 2, 2}, new double[] {2, 1.5, 1}, 3);

        assertThat(new WeightedDegree(g).scores()).containsExactly(3.0, 3.5, 2.5);
        assertThat(new JGraphTScores(g).degree()).containsExactly(3.0, 3.5, 2.5);
    }
}
