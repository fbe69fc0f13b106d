package org.partnergraph.analytics.network;

/**
 * Weighted degree (strength): the sum of the weights of a node's edges. On the partner-group
 * graph that is the sum of a partner's role weights ({@link MembershipWeights}); on the
 * projection, the number of (partner, shared group) pairs. O(edges); computed on first use and cached.
 */
public final class WeightedDegree {

    private final CsrGraph graph;
    private double[] scores;

    public WeightedDegree(CsrGraph graph) {
        this.graph = graph;
    }

    /** The strength of every node. The array is a copy. */
    public double[] scores() {
        return scoresView().clone();
    }

    double[] scoresView() {
        if (scores == null) {
            double[] s = new double[graph.nodes()];
            for (int v = 0; v < s.length; v++) {
                for (int e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
                    s[v] += graph.weights[e];
                }
            }
            scores = s;
        }
        return scores;
    }
}
