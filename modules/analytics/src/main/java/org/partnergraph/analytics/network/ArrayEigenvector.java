package org.partnergraph.analytics.network;

import java.util.Arrays;

/**
 * Eigenvector centrality over a {@link CsrGraph}: the leading eigenvector of the weighted
 * adjacency matrix A (Bonacich 1972), L2-normalised and non-negative, as NetworkX's
 * {@code eigenvector_centrality} and JGraphT's {@code EigenvectorCentrality} define it.
 *
 * <p>Plain power iteration on A oscillates on a bipartite graph (its spectrum is symmetric, ±λ1),
 * so this never uses it: on a general graph it iterates on A + I ({@link EigenvectorMethod#SHIFTED},
 * the same eigenvectors); given the size of one side of a bipartite graph, on A² with each side
 * normalised to norm ½ ({@link EigenvectorMethod#SQUARED}; the halves u, v of A's eigenvector
 * satisfy Bv = λu, Bᵀu = λv, hence |u| = |v|). Starts from the uniform vector. O(edges) per
 * iteration; stops when the L1 change falls below {@code nodes x tolerance} (NetworkX's rule: with
 * its tolerance 1e-6 the shifted iteration gives NetworkX's published karate values to every
 * digit), or at the cap ({@link #converged()} says which).
 * On a disconnected graph the vector concentrates on the component with the largest λ1, as in
 * NetworkX. Computed on first use and cached.
 */
public final class ArrayEigenvector {

    public static final int MAX_ITERATIONS_DEFAULT = 10_000;
    /**
     * Converged when the L1 change between iterations is below {@code nodes x tolerance}: NetworkX's
     * rule, whose own default of 1e-6 leaves its values about 1e-5 from the fixed point.
     */
    public static final double TOLERANCE_DEFAULT = 1e-12;

    private final CsrGraph graph;
    private final int sideA;
    private final int maxIterations;
    private final double tolerance;
    private double[] scores;
    private boolean converged;
    private int iterations;

    /** The shifted iteration on a general graph. */
    public static ArrayEigenvector shifted(CsrGraph graph) {
        return new ArrayEigenvector(graph, -1, MAX_ITERATIONS_DEFAULT, TOLERANCE_DEFAULT);
    }

    /**
     * The squared iteration on a bipartite graph whose nodes {@code 0..sideA-1} form one side and
     * the rest the other.
     *
     * @throws IllegalArgumentException for a side outside {@code 0..nodes}
     */
    public static ArrayEigenvector bipartite(CsrGraph graph, int sideA) {
        if (sideA < 0 || sideA > graph.nodes()) {
            throw new IllegalArgumentException(
                    "the first side must have 0 to " + graph.nodes() + " nodes, was " + sideA);
        }
        return new ArrayEigenvector(graph, sideA, MAX_ITERATIONS_DEFAULT, TOLERANCE_DEFAULT);
    }

    /**
     * @param sideA the first side's size for the squared iteration, or -1 for the shifted one
     * @param tolerance per node: converged when the L1 change is below {@code nodes x tolerance}
     * @throws IllegalArgumentException for fewer than one iteration or a tolerance that is not positive
     */
    public ArrayEigenvector(CsrGraph graph, int sideA, int maxIterations, double tolerance) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException(
                    "eigenvector centrality needs at least one iteration, was " + maxIterations);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("the tolerance must be positive, was " + tolerance);
        }
        this.graph = graph;
        this.sideA = sideA;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    public EigenvectorMethod method() {
        return sideA < 0 ? EigenvectorMethod.SHIFTED : EigenvectorMethod.SQUARED;
    }

    /** The eigenvector, L2 norm 1, every entry {@code >= 0}. The array is a copy. */
    public double[] scores() {
        return compute().clone();
    }

    public boolean converged() {
        compute();
        return converged;
    }

    public int iterations() {
        compute();
        return iterations;
    }

    double[] scoresView() {
        return compute();
    }

    private double[] compute() {
        if (scores != null) {
            return scores;
        }
        int n = graph.nodes();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] next = new double[n];
        Arrays.fill(x, 1.0);
        normalise(x);
        converged = n == 0;
        while (!converged && iterations < maxIterations) {
            if (sideA < 0) {
                multiply(x, next);
                for (int v = 0; v < n; v++) {
                    next[v] += x[v];
                }
            } else {
                multiply(x, y);
                multiply(y, next);
            }
            normalise(next);
            double change = 0;
            for (int v = 0; v < n; v++) {
                change += Math.abs(next[v] - x[v]);
            }
            double[] t = x;
            x = next;
            next = t;
            iterations++;
            converged = change < n * tolerance;
        }
        scores = x;
        return scores;
    }

    private void multiply(double[] x, double[] out) {
        for (int v = 0; v < graph.nodes(); v++) {
            double sum = 0;
            for (int e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
                sum += graph.weights[e] * x[graph.targets[e]];
            }
            out[v] = sum;
        }
    }

    /** Unit L2 norm; for the squared iteration, norm ½ on each side (or 1 on the only non-empty side). */
    private void normalise(double[] x) {
        int split = sideA < 0 ? x.length : sideA;
        double a = 0;
        double b = 0;
        for (int v = 0; v < x.length; v++) {
            if (v < split) {
                a += x[v] * x[v];
            } else {
                b += x[v] * x[v];
            }
        }
        double total = a > 0 && b > 0 ? 0.5 : 1.0;
        double fa = a == 0 ? 0 : Math.sqrt(total / a);
        double fb = b == 0 ? 0 : Math.sqrt(total / b);
        for (int v = 0; v < x.length; v++) {
            x[v] *= v < split ? fa : fb;
        }
    }

    /**
     * The relative residual |Ax - λx| / λ with λ = xᵀAx, for a unit vector x: near 0 when x is an
     * eigenvector of A. Used to accept or refuse another implementation's result.
     */
    static double residual(CsrGraph graph, double[] x) {
        double[] ax = new double[x.length];
        for (int v = 0; v < x.length; v++) {
            for (int e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
                ax[v] += graph.weights[e] * x[graph.targets[e]];
            }
        }
        double lambda = 0;
        for (int v = 0; v < x.length; v++) {
            lambda += x[v] * ax[v];
        }
        if (!(lambda > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double r = 0;
        for (int v = 0; v < x.length; v++) {
            double d = ax[v] - lambda * x[v];
            r += d * d;
        }
        return Math.sqrt(r) / lambda;
    }
}
