package org.partnergraph.analytics.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.community.WeightedGraph;

class KeyPlayersTest {

    @Test
    void aStarsCentreIsTheKeyPlayer() {
        WeightedGraph star = Graphs.of(5, new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
        KeyPlayers kp = new KeyPlayers(star, 1, 10, KeyPlayers.RESTARTS_DEFAULT, KeyPlayers.SEED_DEFAULT);
        assertThat(kp.players()).containsExactly(0);
        assertThat(kp.fragmentation()).isEqualTo(1.0);
    }

    @Test
    void twoStarsJoinedByABridgeLoseBothCentres() {
        // centres 0 and 5, leaves 1-4 and 6-9, bridge 0-5: without both centres no pair is connected
        WeightedGraph g =
                Graphs.of(10, new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {5, 6}, {5, 7}, {5, 8}, {5, 9}, {0, 5}});
        KeyPlayers kp = new KeyPlayers(g, 2, 10, KeyPlayers.RESTARTS_DEFAULT, KeyPlayers.SEED_DEFAULT);
        assertThat(kp.players()).containsExactlyInAnyOrder(0, 5);
        assertThat(kp.fragmentation()).isEqualTo(1.0);
        assertThat(kp.swapConverged()).isTrue();
    }

    /**
     * Best sets by exhaustive search in networkx 3.6.1 (/tmp/peers/fragmentation.py, outside the
     * build): k=1 {7} F=0.5182186234817814; k=2 {34, 36} F=0.7937411095305832; k=3 {34, 36, 37}
     * F=0.8468468468468469. Greedy takes 7 first and its swaps stop at a local optimum for k=2; the random restarts reach the optimum.
     */
    @Test
    void greedyWithSwapsReachesTheExhaustiveOptimumOnARandomGraph() {
        WeightedGraph g = Graphs.of(40, Graphs.RANDOM_40);
        assertThat(new KeyPlayers(g, 1, 0, 0, 1).players()).containsExactly(7);
        assertThat(new KeyPlayers(g, 1, 0, 0, 1).fragmentation()).isCloseTo(0.5182186234817814, within(1e-12));
        KeyPlayers two = new KeyPlayers(g, 2, 10, KeyPlayers.RESTARTS_DEFAULT, KeyPlayers.SEED_DEFAULT);
        assertThat(two.fragmentation()).isCloseTo(0.7937411095305832, within(1e-12));
        assertThat(two.players()).containsExactlyInAnyOrder(34, 36);
        assertThat(two.greedyFragmentation()).isLessThanOrEqualTo(two.fragmentation());
        KeyPlayers noRestarts = new KeyPlayers(g, 2, 10, 0, 1);
        assertThat(noRestarts.fragmentation()).isCloseTo(0.6273115220483642, within(1e-12));
        assertThat(noRestarts.swapConverged()).isTrue();
        KeyPlayers three = new KeyPlayers(g, 3, 10, KeyPlayers.RESTARTS_DEFAULT, KeyPlayers.SEED_DEFAULT);
        assertThat(three.fragmentation()).isCloseTo(0.8468468468468469, within(1e-12));
        assertThat(three.swapConverged()).isTrue();
    }

    /** networkx 3.6.1, exhaustive: karate k=1 {0} F=0.3162878787878788; k=2 {0, 1} F=0.4233870967741935. */
    @Test
    void karateClubAgreesWithExhaustiveSearch() {
        WeightedGraph g = Graphs.of(34, Graphs.KARATE);
        assertThat(new KeyPlayers(g, 1, 10, KeyPlayers.RESTARTS_DEFAULT, KeyPlayers.SEED_DEFAULT).fragmentation())
                .isCloseTo(0.3162878787878788, within(1e-12));
        assertThat(new KeyPlayers(g, 2, 10, KeyPlayers.RESTARTS_DEFAULT, KeyPlayers.SEED_DEFAULT).fragmentation())
                .isCloseTo(0.4233870967741935, within(1e-12));
    }

    @Test
    void kOutsideTheGraphIsRefused() {
        WeightedGraph g = Graphs.of(3, new int[][] {{0, 1}});
        assertThatThrownBy(() -> new KeyPlayers(g, 4, 1, KeyPlayers.RESTARTS_DEFAULT, KeyPlayers.SEED_DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the number of key players must be between 1 and 3, was 4");
        assertThatThrownBy(() -> new KeyPlayers(g, 1, -1, 0, 1)).hasMessage("swap passes cannot be negative, was -1");
    }
}
