package org.partnergraph.analytics.resilience;

import java.util.Arrays;
import org.partnergraph.analytics.community.WeightedGraph;

/**
 * What removing each single node would do to a network (itself perhaps already without some nodes):
 * the pairs of nodes still connected afterwards, the pieces its component falls into, and so the
 * articulation points (nodes whose removal disconnects their component). One depth-first search
 * with Hopcroft and Tarjan's low points (Hopcroft and Tarjan 1973, "Algorithm 447: efficient
 * algorithms for graph manipulation", CACM 16(6)): a child subtree whose low point does not reach
 * above its parent falls off when the parent goes, so its size is known at once; what is left of
 * the component is the other piece. This gives the greedy step of {@link KeyPlayers} exactly, for
 * every candidate at once, instead of one connectivity count per candidate.
 *
 * <p>O(nodes + edges), iterative (no recursion limit), five {@code int[n]} of work space. Computed
 * on first use and cached.
 */
public final class CutVertices {

    private final WeightedGraph graph;
    private final boolean[] removed;
    private long[] pairsWithout;
    private int[] pieces;
    private long pairs;

    public CutVertices(WeightedGraph graph) {
        this(graph, new boolean[graph.nodes()]);
    }

    /** @throws IllegalArgumentException when the mask does not match the graph */
    public CutVertices(WeightedGraph graph, boolean[] removed) {
        if (removed.length != graph.nodes()) {
            throw new IllegalArgumentException(
                    "the removal mask has " + removed.length + " entries, the graph " + graph.nodes() + " nodes");
        }
        this.graph = graph;
        this.removed = removed.clone();
    }

    /** Connected pairs among the remaining nodes. */
    public long connectedPairs() {
        compute();
        return pairs;
    }

    /** Connected pairs left when node {@code v} goes too; {@link #connectedPairs()} for a removed node. */
    public long connectedPairsWithout(int v) {
        compute();
        return pairsWithout[v];
    }

    /** The components {@code v}'s own component falls into without it (0 for an isolated or removed node). */
    public int pieces(int v) {
        compute();
        return pieces[v];
    }

    public boolean isArticulationPoint(int v) {
        return pieces(v) >= 2;
    }

    /** The articulation points, ascending. */
    public int[] articulationPoints() {
        compute();
        return java.util.stream.IntStream.range(0, pieces.length)
                .filter(v -> pieces[v] >= 2)
                .toArray();
    }

    private void compute() {
        if (pieces != null) {
            return;
        }
        int n = graph.nodes();
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] size = new int[n];
        int[] parent = new int[n];
        int[] edge = new int[n];
        int[] stack = new int[n];
        int[] order = new int[n];
        long[] cutOffPairs = new long[n];
        int[] cutOffNodes = new int[n];
        int[] cutOffPieces = new int[n];
        Arrays.fill(disc, -1);
        pairsWithout = new long[n];
        pieces = new int[n];
        int time = 0;
        for (int r = 0; r < n; r++) {
            if (removed[r] || disc[r] >= 0) {
                continue;
            }
            int first = time;
            int top = 0;
            stack[top++] = r;
            parent[r] = -1;
            disc[r] = low[r] = time;
            order[time++] = r;
            size[r] = 1;
            edge[r] = graph.start(r);
            while (top > 0) {
                int v = stack[top - 1];
                if (edge[v] < graph.end(v)) {
                    int u = graph.target(edge[v]++);
                    if (removed[u]) {
                        continue;
                    }
                    if (disc[u] < 0) {
                        parent[u] = v;
                        disc[u] = low[u] = time;
                        order[time++] = u;
                        size[u] = 1;
                        edge[u] = graph.start(u);
                        stack[top++] = u;
                    } else if (u != parent[v]) {
                        low[v] = Math.min(low[v], disc[u]);
                    }
                    continue;
                }
                top--;
                int p = parent[v];
                if (p >= 0) {
                    size[p] += size[v];
                    low[p] = Math.min(low[p], low[v]);
                    if (low[v] >= disc[p]) {
                        cutOffNodes[p] += size[v];
                        cutOffPairs[p] += (long) size[v] * (size[v] - 1) / 2;
                        cutOffPieces[p]++;
                    }
                }
            }
            int s = time - first;
            for (int i = first; i < time; i++) {
                int v = order[i];
                long rest = s - 1 - cutOffNodes[v];
                pieces[v] = cutOffPieces[v] + (rest > 0 ? 1 : 0);
                pairsWithout[v] = cutOffPairs[v] + rest * (rest - 1) / 2 - (long) s * (s - 1) / 2;
            }
            pairs += (long) s * (s - 1) / 2;
        }
        for (int v = 0; v < n; v++) {
            pairsWithout[v] = removed[v] ? pairs : pairs + pairsWithout[v];
        }
    }
}
