package org.partnergraph.analytics.resilience;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.partnergraph.analytics.community.WeightedGraph;

/**
 * Borgatti's KPP-Neg (Borgatti 2006, "Identifying sets of key players in a social network",
 * Comput. Math. Organ. Theory 12: 21-34): the {@code k} nodes whose removal leaves the rest most
 * fragmented ({@link Connectivity#fragmentation()} of the remaining nodes). Found greedily, then
 * improved by swaps, as Borgatti describes: greedy adds, one at a time, the node whose removal
 * disconnects the most pairs given those already chosen; a swap pass then tries, for each chosen
 * node, every outside node in its place and keeps the best replacement when it disconnects
 * strictly more pairs; passes repeat until none improves or the cap is reached. The same swaps
 * run from a few seeded random starting sets too (Borgatti's KeyPlayer program restarts the same
 * way), and the best set found is kept.
 *
 * <p><b>The bound.</b> Fragmentation is not submodular (removing two nodes can cut a network that
 * neither cuts alone), so greedy carries no constant-factor guarantee; what is guaranteed is
 * that the result is optimal for {@code k = 1}, never worse than the greedy set, and, when
 * {@link #swapConverged()}, a local optimum: no single exchange of a chosen node for an outside
 * one raises F. Greedy with swaps alone stopped at F = 0.627 against the optimum 0.794 on a
 * 40-node random graph for k = 2; with 20 restarts 9 seeds in 12 found the optimum, with 50 all 12
 * ({@code KeyPlayersTest} checks against exhaustive search). At national scale each restart costs
 * as much as greedy: pass 0 restarts there for greedy with swaps alone (docs/benchmarks/resilience.md).
 *
 * <p>Cost: each greedy step and each swap of one chosen node is one {@link CutVertices} search,
 * O(nodes + edges), so greedy is O(k (n + m)) and each swap pass the same, times the restarts
 * (each start's passes until convergence, at most the cap). Computed on first use and cached.
 */
public final class KeyPlayers {

    public static final int K_DEFAULT = 5;
    public static final int MAX_SWAP_PASSES_DEFAULT = 10;
    /** Random starting sets tried besides the greedy one, each improved by swaps, as Borgatti's program does. */
    public static final int RESTARTS_DEFAULT = 50;

    public static final long SEED_DEFAULT = 2006L;

    private final WeightedGraph graph;
    private final int k;
    private final int maxSwapPasses;
    private final int restarts;
    private final long seed;
    private int[] chosen;
    private double greedyFragmentation;
    private int swaps;
    private boolean swapConverged;

    public KeyPlayers(WeightedGraph graph) {
        this(graph, Math.min(K_DEFAULT, graph.nodes()), MAX_SWAP_PASSES_DEFAULT, RESTARTS_DEFAULT, SEED_DEFAULT);
    }

    public KeyPlayers(WeightedGraph graph, int k) {
        this(graph, k, MAX_SWAP_PASSES_DEFAULT, RESTARTS_DEFAULT, SEED_DEFAULT);
    }

    /** @throws IllegalArgumentException for k outside 1..nodes, or a negative pass cap or number of restarts */
    public KeyPlayers(WeightedGraph graph, int k, int maxSwapPasses, int restarts, long seed) {
        if (k < 1 || k > graph.nodes()) {
            throw new IllegalArgumentException(
                    "the number of key players must be between 1 and " + graph.nodes() + ", was " + k);
        }
        if (maxSwapPasses < 0) {
            throw new IllegalArgumentException("swap passes cannot be negative, was " + maxSwapPasses);
        }
        if (restarts < 0) {
            throw new IllegalArgumentException("restarts cannot be negative, was " + restarts);
        }
        this.graph = graph;
        this.k = k;
        this.maxSwapPasses = maxSwapPasses;
        this.restarts = restarts;
        this.seed = seed;
    }

    /** The chosen nodes, in the order greedy took them (a swapped-in node takes its predecessor's place). */
    public int[] players() {
        compute();
        return chosen.clone();
    }

    /** F of the network without the players. */
    public double fragmentation() {
        compute();
        return Connectivity.of(graph, mask(chosen)).fragmentation();
    }

    /** F after greedy alone, before the swaps. */
    public double greedyFragmentation() {
        compute();
        return greedyFragmentation;
    }

    /** Swaps that improved the set. */
    public int swaps() {
        compute();
        return swaps;
    }

    /** Whether a swap pass found nothing to improve before the cap (the set is then 1-swap optimal). */
    public boolean swapConverged() {
        compute();
        return swapConverged;
    }

    private void compute() {
        if (chosen != null) {
            return;
        }
        int n = graph.nodes();
        boolean[] removed = new boolean[n];
        int[] set = new int[k];
        for (int i = 0; i < k; i++) {
            CutVertices cut = new CutVertices(graph, removed);
            int best = bestOutside(cut, removed);
            set[i] = best;
            removed[best] = true;
        }
        greedyFragmentation = Connectivity.of(graph, removed).fragmentation();
        long bestPairs = swapped(set, removed);
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < restarts; r++) {
            int[] start = randomSet(n, random);
            boolean[] mask = new boolean[n];
            Arrays.stream(start).forEach(v -> mask[v] = true);
            boolean converged = swapConverged;
            int swapsBefore = swaps;
            long pairs = swapped(start, mask);
            if (pairs < bestPairs) {
                bestPairs = pairs;
                set = start;
            } else {
                swapConverged = converged;
                swaps = swapsBefore;
            }
        }
        chosen = set;
    }

    /**
     * Swap passes on {@code set} (and its mask) until none improves or the cap; returns the
     * connected pairs left. Sets {@link #swapConverged} and adds to {@link #swaps}.
     */
    private long swapped(int[] set, boolean[] removed) {
        swapConverged = false;
        for (int pass = 0; pass < maxSwapPasses && !swapConverged; pass++) {
            boolean improved = false;
            for (int i = 0; i < k; i++) {
                removed[set[i]] = false;
                CutVertices cut = new CutVertices(graph, removed);
                int best = bestOutside(cut, removed);
                if (best != set[i] && cut.connectedPairsWithout(best) < cut.connectedPairsWithout(set[i])) {
                    set[i] = best;
                    swaps++;
                    improved = true;
                }
                removed[set[i]] = true;
            }
            swapConverged = !improved;
        }
        return Connectivity.of(graph, removed).connectedPairs();
    }

    private int[] randomSet(int n, SplittableRandom random) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, k);
    }

    /** The remaining node whose removal leaves the fewest connected pairs; the lowest number on a tie. */
    private static int bestOutside(CutVertices cut, boolean[] removed) {
        int best = -1;
        long fewest = Long.MAX_VALUE;
        for (int v = 0; v < removed.length; v++) {
            if (!removed[v] && cut.connectedPairsWithout(v) < fewest) {
                fewest = cut.connectedPairsWithout(v);
                best = v;
            }
        }
        return best;
    }

    private boolean[] mask(int[] nodes) {
        boolean[] m = new boolean[graph.nodes()];
        Arrays.stream(nodes).forEach(v -> m[v] = true);
        return m;
    }
}
