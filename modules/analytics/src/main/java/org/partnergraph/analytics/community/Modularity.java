package org.partnergraph.analytics.community;

/**
 * Newman and Girvan's modularity of a partition of a weighted graph (Newman 2004, "Analysis of
 * weighted networks"), with Reichardt and Bornholdt's resolution γ:
 * {@code Q = Σ_c [ in_c / 2m − γ (tot_c / 2m)² ]}, where {@code in_c} is the weight of the edges
 * inside community {@code c} counted from both ends, {@code tot_c} the summed strength of its
 * nodes and {@code 2m} the summed strength of all nodes. γ = 1 is the classic definition and that of
 * NetworkX's {@code modularity} and igraph's {@code Graph.modularity}. 0 for a graph without edges.
 * O(edges).
 */
public final class Modularity {

    private Modularity() {}

    /**
     * The modularity of a partition at a resolution.
     *
     * @param community the community of every node, numbered from 0
     * @throws IllegalArgumentException when the partition does not cover the graph's nodes
     */
    public static double of(WeightedGraph graph, int[] community, double resolution) {
        int n = graph.nodes();
        if (community.length != n) {
            throw new IllegalArgumentException(
                    "the partition names " + community.length + " nodes, the graph has " + n);
        }
        int count = 0;
        for (int c : community) {
            if (c < 0) {
                throw new IllegalArgumentException("community numbers cannot be negative, was " + c);
            }
            count = Math.max(count, c + 1);
        }
        double[] inside = new double[count];
        double[] total = new double[count];
        double twoM = 0;
        for (int v = 0; v < n; v++) {
            for (int e = graph.start(v); e < graph.end(v); e++) {
                double w = graph.weight(e);
                total[community[v]] += w;
                twoM += w;
                if (community[graph.target(e)] == community[v]) {
                    inside[community[v]] += w;
                }
            }
        }
        if (twoM == 0) {
            return 0;
        }
        double q = 0;
        for (int c = 0; c < count; c++) {
            q += inside[c] / twoM - resolution * (total[c] / twoM) * (total[c] / twoM);
        }
        return q;
    }
}
