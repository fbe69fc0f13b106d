package org.partnergraph.analytics.network;

import java.util.Arrays;

/**
 * PageRank (Brin and Page 1998) over a {@link CsrGraph}: a walker follows an edge with probability
 * proportional to its weight, or with probability {@code 1 - damping} jumps to a node chosen
 * uniformly; the rank of a node without edges is spread uniformly over all nodes. This is the
 * definition of JGraphT's {@code PageRank} and NetworkX's {@code pagerank}, and the kernel agrees
 * with the former to 1e-9 on the karate club and on weighted random graphs ({@code ArrayPageRankTest}).
 *
 * <p>O(edges) per iteration, two {@code double[n]} of work space; iterates until the L1 change
 * falls below the tolerance or the iteration cap is reached ({@link #converged()} says which).
 * Computed on first use and cached.
 */
public final class ArrayPageRank {

    public static final double DAMPING_DEFAULT = 0.85;
    public static final int MAX_ITERATIONS_DEFAULT = 1000;
    /** L1 change between iterations below which the ranks are taken as converged. */
    public static final double TOLERANCE_DEFAULT = 1e-10;

    private final CsrGraph graph;
    private final double damping;
    private final int maxIterations;
    private final double tolerance;
    private double[] scores;
    private boolean converged;

    public ArrayPageRank(CsrGraph graph) {
        this(graph, DAMPING_DEFAULT, MAX_ITERATIONS_DEFAULT, TOLERANCE_DEFAULT);
    }

    /**
     * @throws IllegalArgumentException for a damping factor outside (0, 1), fewer than one
     *     iteration, or a tolerance that is not positive
     */
    public ArrayPageRank(CsrGraph graph, double damping, int maxIterations, double tolerance) {
        if (!(damping > 0 && damping < 1)) {
            throw new IllegalArgumentException("the damping factor must be between 0 and 1, was " + damping);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("PageRank needs at least one iteration, was " + maxIterations);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("the tolerance must be positive, was " + tolerance);
        }
        this.graph = graph;
        this.damping = damping;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** The rank of every node, summing to 1. The array is a copy. */
    public double[] scores() {
        return compute().clone();
    }

    /** Whether the change fell below the tolerance before the iteration cap. */
    public boolean converged() {
        compute();
        return converged;
    }

    private double[] compute() {
        if (scores != null) {
            return scores;
        }
        int n = graph.nodes();
        double[] strength = new WeightedDegree(graph).scoresView();
        double[] rank = new double[n];
        double[] next = new double[n];
        Arrays.fill(rank, 1.0 / Math.max(1, n));
        converged = n == 0;
        for (int it = 0; it < maxIterations && !converged; it++) {
            double dangling = 0;
            for (int v = 0; v < n; v++) {
                if (strength[v] == 0) {
                    dangling += rank[v];
                }
            }
            Arrays.fill(next, (1 - damping) / n + damping * dangling / n);
            for (int v = 0; v < n; v++) {
                if (strength[v] > 0) {
                    double share = damping * rank[v] / strength[v];
                    for (int e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
                        next[graph.targets[e]] += share * graph.weights[e];
                    }
                }
            }
            double change = 0;
            for (int v = 0; v < n; v++) {
                change += Math.abs(next[v] - rank[v]);
            }
            double[] t = rank;
            rank = next;
            next = t;
            converged = change < tolerance;
        }
        scores = rank;
        return scores;
    }
}
