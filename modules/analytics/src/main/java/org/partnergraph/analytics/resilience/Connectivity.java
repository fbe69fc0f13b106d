package org.partnergraph.analytics.resilience;

import org.partnergraph.analytics.community.WeightedGraph;

/**
 * How connected a network is, with some nodes removed: its components and Borgatti's fragmentation
 * (Borgatti 2006, "Identifying sets of key players in a social network", Comput. Math. Organ.
 * Theory 12: 21-34), the share of pairs of remaining nodes with no path between them:
 * {@code F = 1 − Σ_k s_k (s_k − 1) / (n (n − 1))} over the components' sizes {@code s_k}, with
 * {@code n} the nodes remaining. 0 for a connected network, 1 when no two nodes are connected; 0
 * by convention below two nodes. Isolated nodes count as components of one.
 *
 * @param nodes nodes remaining
 * @param components connected components among them
 * @param largest the size of the largest component (0 when none remains)
 * @param connectedPairs unordered pairs of remaining nodes joined by a path
 * @param fragmentation Borgatti's F
 */
public record Connectivity(int nodes, int components, int largest, long connectedPairs, double fragmentation) {

    /** Of the whole graph. O(nodes + edges). */
    public static Connectivity of(WeightedGraph graph) {
        return of(graph, new boolean[graph.nodes()]);
    }

    /** Of the graph without the nodes marked {@code removed}. O(nodes + edges). */
    public static Connectivity of(WeightedGraph graph, boolean[] removed) {
        int n = graph.nodes();
        boolean[] seen = removed.clone();
        int[] stack = new int[n];
        int remaining = 0;
        int components = 0;
        int largest = 0;
        long pairs = 0;
        for (int r = 0; r < n; r++) {
            if (!removed[r]) {
                remaining++;
            }
            if (seen[r]) {
                continue;
            }
            components++;
            int size = 0;
            int top = 0;
            stack[top++] = r;
            seen[r] = true;
            while (top > 0) {
                int v = stack[--top];
                size++;
                for (int e = graph.start(v); e < graph.end(v); e++) {
                    int u = graph.target(e);
                    if (!seen[u]) {
                        seen[u] = true;
                        stack[top++] = u;
                    }
                }
            }
            largest = Math.max(largest, size);
            pairs += (long) size * (size - 1) / 2;
        }
        return new Connectivity(remaining, components, largest, pairs, fragmentation(remaining, pairs));
    }

    /** Borgatti's F from the number of nodes and of connected pairs. */
    public static double fragmentation(int nodes, long connectedPairs) {
        if (nodes < 2) {
            return 0;
        }
        return 1 - connectedPairs / ((double) nodes * (nodes - 1) / 2);
    }
}
