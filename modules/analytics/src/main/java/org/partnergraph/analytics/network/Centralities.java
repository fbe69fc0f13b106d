package org.partnergraph.analytics.network;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Centrality kernels over a {@link CsrGraph}, each O(edges) per iteration or per source.
 *
 * <ul>
 *   <li>{@link #strength}: weighted degree.</li>
 *   <li>{@link #pageRank}: PageRank (Brin and Page 1998) with weighted transitions, uniform
 *       teleport, and the rank of nodes without edges spread uniformly, as JGraphT and NetworkX do.</li>
 *   <li>{@link #betweenness}: Brandes (2001) on unweighted shortest paths; exact, or from {@code k}
 *       seeded random sources scaled by {@code n / k} (Brandes and Pich 2007).</li>
 *   <li>{@link #eigenvector}: power iteration on {@code A + I} (the shift leaves the eigenvectors
 *       unchanged), L2-normalised; {@link #eigenvectorBipartite} iterates on A² instead, which
 *       converges fast where the bipartite spectrum (±λ1) makes A + I crawl.</li>
 * </ul>
 */
public final class Centralities {

    public static final double DAMPING_DEFAULT = 0.85;
    public static final double TOLERANCE_DEFAULT = 1e-10;
    public static final int MAX_ITERATIONS_DEFAULT = 1000;

    private Centralities() {
    }

    public static double[] strength(CsrGraph g) {
        double[] s = new double[g.nodes()];
        for (int v = 0; v < g.nodes(); v++) {
            for (int e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
                s[v] += g.weights[e];
            }
        }
        return s;
    }

    /** @throws IllegalArgumentException for a damping factor outside (0, 1) */
    public static double[] pageRank(CsrGraph g, double damping) {
        if (!(damping > 0 && damping < 1)) {
            throw new IllegalArgumentException("the damping factor must be between 0 and 1, was " + damping);
        }
        int n = g.nodes();
        if (n == 0) {
            return new double[0];
        }
        double[] strength = strength(g);
        double[] rank = new double[n];
        double[] next = new double[n];
        Arrays.fill(rank, 1.0 / n);
        for (int it = 0; it < MAX_ITERATIONS_DEFAULT; it++) {
            double dangling = 0;
            for (int v = 0; v < n; v++) {
                if (strength[v] == 0) {
                    dangling += rank[v];
                }
            }
            Arrays.fill(next, (1 - damping) / n + damping * dangling / n);
            for (int v = 0; v < n; v++) {
                if (strength[v] == 0) {
                    continue;
                }
                double share = damping * rank[v] / strength[v];
                for (int e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
                    next[g.targets[e]] += share * g.weights[e];
                }
            }
            double change = 0;
            for (int v = 0; v < n; v++) {
                change += Math.abs(next[v] - rank[v]);
            }
            double[] t = rank;
            rank = next;
            next = t;
            if (change < TOLERANCE_DEFAULT) {
                break;
            }
        }
        return rank;
    }

    /**
     * Betweenness on unweighted shortest paths, each unordered pair counted once (NetworkX's
     * undirected convention), not normalised.
     *
     * @param sources how many random sources to use; {@code >= nodes} means exact
     */
    public static double[] betweenness(CsrGraph g, int sources, long seed) {
        int n = g.nodes();
        if (sources < 1) {
            throw new IllegalArgumentException("betweenness needs at least one source, was " + sources);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean exact = sources >= n;
        int k = exact ? n : sources;
        if (!exact) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < k; i++) {
                int j = i + random.nextInt(n - i);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), k / 16));
        double[][] partial = new double[workers][];
        java.util.stream.IntStream.range(0, workers).parallel().forEach(t -> {
            int from = (int) ((long) k * t / workers);
            int to = (int) ((long) k * (t + 1) / workers);
            partial[t] = brandes(g, order, from, to);
        });
        double scale = (exact ? 1.0 : (double) n / k) / 2;
        double[] centrality = new double[n];
        for (double[] part : partial) {
            for (int v = 0; v < n; v++) {
                centrality[v] += part[v];
            }
        }
        for (int v = 0; v < n; v++) {
            centrality[v] *= scale;
        }
        return centrality;
    }

    /** Brandes' accumulation from the sources {@code order[from..to)}, with its own work arrays. */
    private static double[] brandes(CsrGraph g, int[] order, int from, int to) {
        int n = g.nodes();
        double[] centrality = new double[n];
        int[] stack = new int[n];
        int[] queue = new int[n];
        int[] dist = new int[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        Arrays.fill(dist, -1);
        for (int i = from; i < to; i++) {
            int s = order[i];
            int top = 0;
            int head = 0;
            int tail = 0;
            dist[s] = 0;
            sigma[s] = 1;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                for (int e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
                    int w = g.targets[e];
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue[tail++] = w;
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                for (int e = g.offsets[w]; e < g.offsets[w + 1]; e++) {
                    int v = g.targets[e];
                    if (dist[v] == dist[w] - 1) {
                        delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                    }
                }
                if (w != s) {
                    centrality[w] += delta[w];
                }
            }
            for (int j = 0; j < tail; j++) {
                int v = queue[j];
                dist[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
        }
        return centrality;
    }

    /** The leading eigenvector of the weighted adjacency matrix, L2-normalised, non-negative. */
    public static double[] eigenvector(CsrGraph g) {
        int n = g.nodes();
        double[] x = new double[n];
        double[] next = new double[n];
        Arrays.fill(x, 1.0 / Math.sqrt(Math.max(1, n)));
        for (int it = 0; it < MAX_ITERATIONS_DEFAULT * 10; it++) {
            for (int v = 0; v < n; v++) {
                double sum = x[v];
                for (int e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
                    sum += g.weights[e] * x[g.targets[e]];
                }
                next[v] = sum;
            }
            double norm = 0;
            for (double value : next) {
                norm += value * value;
            }
            norm = Math.sqrt(norm);
            double change = 0;
            for (int v = 0; v < n; v++) {
                next[v] /= norm;
                change += Math.abs(next[v] - x[v]);
            }
            double[] t = x;
            x = next;
            next = t;
            if (change < n * TOLERANCE_DEFAULT) {
                break;
            }
        }
        return x;
    }

    /**
     * The leading eigenvector of a bipartite graph whose first {@code sideA} nodes form one side:
     * power iteration on A² (which squares the eigenvalues, so λ1 and -λ1 no longer compete and
     * convergence goes as (λ2/λ1)²), each side normalised to half the unit norm, which is how the
     * two halves of A's leading eigenvector relate (Bv = λu, Bᵀu = λv gives |u| = |v|).
     */
    public static double[] eigenvectorBipartite(CsrGraph g, int sideA) {
        int n = g.nodes();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] next = new double[n];
        Arrays.fill(x, 1.0);
        normaliseSides(x, sideA);
        for (int it = 0; it < MAX_ITERATIONS_DEFAULT * 10; it++) {
            multiply(g, x, y);
            multiply(g, y, next);
            normaliseSides(next, sideA);
            double change = 0;
            for (int v = 0; v < n; v++) {
                change = Math.max(change, Math.abs(next[v] - x[v]));
            }
            double[] t = x;
            x = next;
            next = t;
            if (change < 1e-12) {
                break;
            }
        }
        return x;
    }

    private static void multiply(CsrGraph g, double[] x, double[] out) {
        for (int v = 0; v < g.nodes(); v++) {
            double sum = 0;
            for (int e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
                sum += g.weights[e] * x[g.targets[e]];
            }
            out[v] = sum;
        }
    }

    private static void normaliseSides(double[] x, int sideA) {
        double a = 0;
        double b = 0;
        for (int v = 0; v < x.length; v++) {
            if (v < sideA) {
                a += x[v] * x[v];
            } else {
                b += x[v] * x[v];
            }
        }
        double fa = a == 0 ? 0 : Math.sqrt(0.5 / a);
        double fb = b == 0 ? 0 : Math.sqrt(0.5 / b);
        for (int v = 0; v < x.length; v++) {
            x[v] *= v < sideA ? fa : fb;
        }
    }

    /** NetworkX's normalisation of undirected betweenness: 2 / ((n-1)(n-2)). */
    public static double[] normaliseBetweenness(double[] b) {
        int n = b.length;
        double factor = n > 2 ? 2.0 / ((double) (n - 1) * (n - 2)) : 1;
        return Arrays.stream(b).map(v -> v * factor).toArray();
    }
}
