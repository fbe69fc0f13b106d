package org.partnergraph.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.jgrapht.alg.scoring.EigenvectorCentrality;
import org.junit.jupiter.api.Test;

class ArrayEigenvectorTest {

    /**
     * NetworkX's published {@code nx.eigenvector_centrality(karate_club_graph())}: NetworkX iterates
     * on A + I from the uniform vector and stops when the L1 change is below n x 1e-6, so with that
     * tolerance the shifted iteration must give the same digits.
     */
    @Test
    void karateMatchesNetworkXsPublishedValuesUnderItsStoppingRule() {
        double[] x = new ArrayEigenvector(KarateClub.csr(), -1, 100, 1e-6).scores();

        assertThat(x[0]).isCloseTo(0.35548349418519426, within(1e-12));
        assertThat(x[33]).isCloseTo(0.37337121301323506, within(1e-12));
        assertThat(x[32]).isCloseTo(0.3086510477336959, within(1e-12));
    }

    @Test
    void karateConvergedEqualsJGraphTAndSatisfiesTheEigenEquation() {
        ArrayEigenvector ours = ArrayEigenvector.shifted(KarateClub.csr());
        Map<Integer, Double> theirs = new EigenvectorCentrality<>(KarateClub.jgrapht(), 10_000, 1e-14).getScores();

        double[] x = ours.scores();
        for (int v = 0; v < KarateClub.NODES; v++) {
            assertThat(x[v]).as("member %d", v).isCloseTo(theirs.get(v), within(1e-8));
        }
        assertThat(ours.converged()).isTrue();
        assertThat(ours.method()).isEqualTo(EigenvectorMethod.SHIFTED);
        assertThat(ArrayEigenvector.residual(KarateClub.csr(), x)).isLessThan(1e-9);
        // NetworkX's early stop leaves its published values within 1e-5 of the fixed point
        assertThat(x[33]).isCloseTo(0.37337121301323506, within(1e-5));
    }

    /** Star K(1,3): λ = √3, centre √3 times a leaf, unit norm: centre 1/√2, leaves 1/√6. */
    @Test
    void starIsSolvedByBothIterationsWherePlainPowerIterationOscillates() {
        CsrGraph star = KarateClub.csr(4, new int[][] {{0, 1}, {0, 2}, {0, 3}});

        for (ArrayEigenvector e :
                new ArrayEigenvector[] {ArrayEigenvector.shifted(star), ArrayEigenvector.bipartite(star, 1)}) {
            double[] x = e.scores();
            assertThat(e.converged()).as("%s", e.method()).isTrue();
            assertThat(x[0]).as("%s", e.method()).isCloseTo(1 / Math.sqrt(2), within(1e-9));
            assertThat(x[1]).as("%s", e.method()).isCloseTo(1 / Math.sqrt(6), within(1e-9));
        }
        assertThat(new JGraphTScores(star).eigenvector())
                .as("JGraphT's plain power iteration")
                .isNull();
    }

    @Test
    void theSquaredIterationEqualsTheShiftedOneOnABipartiteGraph() {
        int[][] edges = {{0, 4}, {1, 4}, {1, 5}, {2, 5}, {2, 6}, {3, 6}, {0, 5}, {3, 4}, {0, 6}};
        CsrGraph g = KarateClub.csr(7, edges);

        double[] shifted = ArrayEigenvector.shifted(g).scores();
        ArrayEigenvector squared = ArrayEigenvector.bipartite(g, 4);

        assertThat(squared.method()).isEqualTo(EigenvectorMethod.SQUARED);
        for (int v = 0; v < 7; v++) {
            assertThat(squared.scores()[v]).as("node %d", v).isCloseTo(shifted[v], within(1e-8));
        }
        assertThat(squared.iterations()).isLessThan(ArrayEigenvector.shifted(g).iterations());
    }

    @Test
    void stoppingAtTheIterationCapIsReported() {
        assertThat(new ArrayEigenvector(KarateClub.csr(), -1, 2, 1e-12).converged())
                .isFalse();
    }

    @Test
    void badSettingsAreRefusedWithAReason() {
        CsrGraph g = KarateClub.csr();
        assertThatThrownBy(() -> ArrayEigenvector.bipartite(g, 35))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the first side must have 0 to 34 nodes, was 35");
        assertThatThrownBy(() -> new ArrayEigenvector(g, -1, 0, 1e-9))
                .hasMessage("eigenvector centrality needs at least one iteration, was 0");
        assertThatThrownBy(() -> new ArrayEigenvector(g, -1, 10, -1))
                .hasMessage("the tolerance must be positive, was -1.0");
    }
}
