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
        Work w = new Work(n);
        pairsWithout = new long[n];
        pieces = new int[n];
        int time = 0;
        for (int r = 0; r < n; r++) {
            if (removed[r] || w.disc[r] >= 0) {
                continue;
            }
            int first = time;
            time = search(r, time, w);
            int s = time - first;
            for (int i = first; i < time; i++) {
                int v = w.order[i];
                long rest = (long) s - 1 - w.cutOffNodes[v];
                pieces[v] = w.cutOffPieces[v] + (rest > 0 ? 1 : 0);
                pairsWithout[v] = w.cutOffPairs[v] + rest * (rest - 1) / 2 - (long) s * (s - 1) / 2;
            }
            pairs += (long) s * (s - 1) / 2;
        }
        for (int v = 0; v < n; v++) {
            pairsWithout[v] = removed[v] ? pairs : pairs + pairsWithout[v];
        }
    }

    /** The work space of the search, {@code int[n]} and {@code long[n]} arrays. */
    private static final class Work {
        final int[] disc;
        final int[] low;
        final int[] size;
        final int[] parent;
        final int[] edge;
        final int[] stack;
        final int[] order;
        final long[] cutOffPairs;
        final int[] cutOffNodes;
        final int[] cutOffPieces;

        Work(int n) {
            disc = new int[n];
            low = new int[n];
            size = new int[n];
            parent = new int[n];
            edge = new int[n];
            stack = new int[n];
            order = new int[n];
            cutOffPairs = new long[n];
            cutOffNodes = new int[n];
            cutOffPieces = new int[n];
            Arrays.fill(disc, -1);
        }
    }

    /**
     * One iterative depth-first search from {@code r}, numbering nodes from {@code time}: low points,
     * subtree sizes, and for each node what falls off when it goes. Returns the next free number.
     */
    private int search(int r, int time, Work w) {
        int top = 0;
        w.stack[top++] = r;
        w.parent[r] = -1;
        w.disc[r] = w.low[r] = time;
        w.order[time++] = r;
        w.size[r] = 1;
        w.edge[r] = graph.start(r);
        while (top > 0) {
            int v = w.stack[top - 1];
            if (w.edge[v] < graph.end(v)) {
                int u = graph.target(w.edge[v]++);
                if (removed[u]) {
                    continue;
                }
                if (w.disc[u] < 0) {
                    w.parent[u] = v;
                    w.disc[u] = w.low[u] = time;
                    w.order[time++] = u;
                    w.size[u] = 1;
                    w.edge[u] = graph.start(u);
                    w.stack[top++] = u;
                } else if (u != w.parent[v]) {
                    w.low[v] = Math.min(w.low[v], w.disc[u]);
                }
                continue;
            }
            top--;
            int p = w.parent[v];
            if (p >= 0) {
                w.size[p] += w.size[v];
                w.low[p] = Math.min(w.low[p], w.low[v]);
                if (w.low[v] >= w.disc[p]) {
                    w.cutOffNodes[p] += w.size[v];
                    w.cutOffPairs[p] += (long) w.size[v] * (w.size[v] - 1) / 2;
                    w.cutOffPieces[p]++;
                }
            }
        }
        return time;
    }
}
