package org.partnergraph.analytics.network;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.EigenvectorCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The same measures as the array kernels, by JGraphT's {@code PageRank}, {@code BetweennessCentrality}
 * (on an unweighted view: weights are tie strengths, not distances) and {@code EigenvectorCentrality}.
 * JGraphT's eigenvector is plain power iteration on A, which oscillates on bipartite graphs and does
 * not report it, so its result is kept only when it is an eigenvector (relative residual below
 * {@link #EIGENVECTOR_RESIDUAL_MAX}); otherwise {@link #eigenvector} returns null and the caller
 * falls back to {@link ArrayEigenvector}. Vertices are the CSR node numbers. About 10-25x slower
 * than the arrays (DESIGN.md), fine at county size.
 */
final class JGraphTScores {

    static final double EIGENVECTOR_RESIDUAL_MAX = 1e-6;
    private static final int EIGENVECTOR_ITERATIONS = 1_000;
    private static final double EIGENVECTOR_TOLERANCE = 1e-12;

    private final CsrGraph csr;
    private final Graph<Integer, DefaultWeightedEdge> graph;

    JGraphTScores(CsrGraph csr) {
        this.csr = csr;
        this.graph = toJGraphT(csr);
    }

    /** A simple weighted JGraphT graph; parallel CSR edges become one edge with their weights summed. */
    static Graph<Integer, DefaultWeightedEdge> toJGraphT(CsrGraph csr) {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < csr.nodes(); v++) {
            g.addVertex(v);
        }
        for (int v = 0; v < csr.nodes(); v++) {
            for (int e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
                int w = csr.targets[e];
                if (w > v) {
                    DefaultWeightedEdge edge = g.getEdge(v, w);
                    if (edge == null) {
                        g.setEdgeWeight(g.addEdge(v, w), csr.weights[e]);
                    } else {
                        g.setEdgeWeight(edge, g.getEdgeWeight(edge) + csr.weights[e]);
                    }
                }
            }
        }
        return g;
    }

    int edges() {
        return graph.edgeSet().size();
    }

    double[] degree() {
        double[] out = new double[csr.nodes()];
        for (DefaultWeightedEdge e : graph.edgeSet()) {
            out[graph.getEdgeSource(e)] += graph.getEdgeWeight(e);
            out[graph.getEdgeTarget(e)] += graph.getEdgeWeight(e);
        }
        return out;
    }

    double[] pageRank(double damping) {
        return array(
                new PageRank<>(graph, damping, ArrayPageRank.MAX_ITERATIONS_DEFAULT, ArrayPageRank.TOLERANCE_DEFAULT)
                        .getScores());
    }

    /** Exact, raw (unordered pairs, not normalised). */
    double[] betweenness() {
        return array(new BetweennessCentrality<>(new AsUnweightedGraph<>(graph)).getScores());
    }

    /** JGraphT's eigenvector where it converged to one, else null. */
    double[] eigenvector() {
        double[] x =
                array(new EigenvectorCentrality<>(graph, EIGENVECTOR_ITERATIONS, EIGENVECTOR_TOLERANCE).getScores());
        return ArrayEigenvector.residual(csr, x) < EIGENVECTOR_RESIDUAL_MAX ? x : null;
    }

    private double[] array(Map<Integer, Double> scores) {
        double[] out = new double[csr.nodes()];
        scores.forEach((v, s) -> out[v] = s);
        return out;
    }
}
