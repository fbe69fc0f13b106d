package org.partnergraph.analytics.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.community.WeightedGraph;

class CutVerticesTest {

    /** A path 0-1-2-3, a triangle 4-5-6, and 7 alone: 8 nodes, components of 4, 3 and 1. */
    static final WeightedGraph PATH_TRIANGLE_ALONE =
            Graphs.of(8, new int[][] {{0, 1}, {1, 2}, {2, 3}, {4, 5}, {5, 6}, {6, 4}});

    @Test
    void fragmentationCountsThePairsWithNoPathByHand() {
        Connectivity c = Connectivity.of(PATH_TRIANGLE_ALONE);
        // connected pairs: 4·3/2 + 3·2/2 + 0 = 9 of 8·7/2 = 28
        assertThat(c.connectedPairs()).isEqualTo(9);
        assertThat(c.components()).isEqualTo(3);
        assertThat(c.largest()).isEqualTo(4);
        assertThat(c.fragmentation()).isCloseTo(1 - 9 / 28.0, within(1e-12));
    }

    @Test
    void removingANodeCountsWhatIsLeftByHand() {
        CutVertices cut = new CutVertices(PATH_TRIANGLE_ALONE);
        assertThat(cut.articulationPoints()).containsExactly(1, 2);
        // without 1: {0}, {2,3}, the triangle: 0 + 1 + 3
        assertThat(cut.connectedPairsWithout(1)).isEqualTo(4);
        assertThat(cut.pieces(1)).isEqualTo(2);
        // without 0: the path 1-2-3 and the triangle: 3 + 3
        assertThat(cut.connectedPairsWithout(0)).isEqualTo(6);
        // without 4: the path and an edge: 6 + 1
        assertThat(cut.connectedPairsWithout(4)).isEqualTo(7);
        assertThat(cut.connectedPairsWithout(7)).isEqualTo(9);
        assertThat(cut.pieces(7)).isZero();
    }

    @Test
    void eachNodesRemovalAgreesWithCountingAgain() {
        WeightedGraph g = Graphs.of(40, Graphs.RANDOM_40);
        boolean[] removed = new boolean[40];
        removed[36] = true;
        CutVertices cut = new CutVertices(g, removed);
        for (int v = 0; v < 40; v++) {
            boolean[] also = removed.clone();
            also[v] = true;
            assertThat(cut.connectedPairsWithout(v))
                    .as("node %d", v)
                    .isEqualTo(Connectivity.of(g, also).connectedPairs());
        }
    }

    /** networkx 3.6.1 on gnm_random_graph(40, 46, seed=7): /tmp/peers/fragmentation.py, outside the build. */
    @Test
    void agreesWithNetworkxOnARandomGraph() {
        WeightedGraph g = Graphs.of(40, Graphs.RANDOM_40);
        Connectivity c = Connectivity.of(g);
        assertThat(c.fragmentation()).isCloseTo(0.4, within(1e-12));
        assertThat(c.components()).isEqualTo(8);
        assertThat(new CutVertices(g).articulationPoints()).containsExactly(4, 7, 13, 18, 19, 26, 32, 36, 37, 38);
    }

    /** networkx 3.6.1: karate club F = 0.0, articulation_points = [0] (/tmp/peers/fragmentation.py). */
    @Test
    void agreesWithNetworkxOnTheKarateClub() {
        WeightedGraph g = Graphs.of(34, Graphs.KARATE);
        assertThat(Connectivity.of(g).fragmentation()).isZero();
        assertThat(new CutVertices(g).articulationPoints()).containsExactly(0);
    }

    @Test
    void aMaskOfTheWrongSizeIsRefused() {
        assertThatThrownBy(() -> new CutVertices(PATH_TRIANGLE_ALONE, new boolean[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the removal mask has 3 entries, the graph 8 nodes");
    }

    @Test
    void belowTwoNodesNothingIsFragmented() {
        assertThat(Connectivity.of(Graphs.of(1, new int[0][])).fragmentation()).isZero();
        assertThat(Connectivity.of(Graphs.of(2, new int[0][])).fragmentation()).isEqualTo(1.0);
    }
}
