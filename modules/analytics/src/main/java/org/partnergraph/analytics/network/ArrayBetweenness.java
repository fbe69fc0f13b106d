package org.partnergraph.analytics.network;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Betweenness centrality over a {@link CsrGraph} by Brandes' algorithm (Brandes 2001, "A faster
 * algorithm for betweenness centrality"), on unweighted (hop-count) shortest paths: edge weights
 * here are strengths of a tie, not distances, so they are ignored. Each unordered pair is counted
 * once (the undirected convention of NetworkX and JGraphT); the scores are raw, not normalised
 * ({@link #normalised()} gives NetworkX's 2 / ((n-1)(n-2))).
 *
 * <p>Exact when {@code sources >= n}: one breadth-first search per node, O(n·edges), which is
 * hours at a million edges. Otherwise sampled: {@code k = sources} pivots drawn without
 * replacement from a seeded generator, their dependencies summed and scaled by {@code n / k}, an
 * unbiased estimate (Brandes and Pich 2007, "Centrality estimation in large networks"); its
 * measured error is in docs/scoring-network.md. Sources run in parallel, each worker with its own
 * arrays, partial sums added in a fixed order so results do not depend on scheduling. Computed on
 * first use and cached.
 */
public final class ArrayBetweenness {

    public static final long SEED_DEFAULT = 2026;

    private final CsrGraph graph;
    private final int sources;
    private final long seed;
    private double[] scores;

    /** Exact betweenness. */
    public ArrayBetweenness(CsrGraph graph) {
        this(graph, Math.max(1, graph.nodes()), SEED_DEFAULT);
    }

    /**
     * @param sources how many pivot sources; {@code >= nodes} means exact
     * @param seed the seed of the pivot sample (unused when exact)
     * @throws IllegalArgumentException for fewer than one source
     */
    public ArrayBetweenness(CsrGraph graph, int sources, long seed) {
        if (sources < 1) {
            throw new IllegalArgumentException("betweenness needs at least one source, was " + sources);
        }
        this.graph = graph;
        this.sources = sources;
        this.seed = seed;
    }

    /** Whether this is a sampled estimate rather than exact. */
    public boolean sampled() {
        return sources < graph.nodes();
    }

    /** Raw betweenness of every node (unordered pairs). The array is a copy. */
    public double[] scores() {
        return compute().clone();
    }

    /** NetworkX's normalisation for undirected graphs: raw x 2 / ((n-1)(n-2)). */
    public double[] normalised() {
        int n = graph.nodes();
        double factor = n > 2 ? 2.0 / ((double) (n - 1) * (n - 2)) : 1;
        return Arrays.stream(compute()).map(v -> v * factor).toArray();
    }

    /**
     * The sources the scores are summed over, in draw order: every node when exact, else the
     * {@code k} pivots drawn (a partial Fisher-Yates shuffle of the node numbers by the seeded
     * generator). A fresh array.
     */
    public int[] pivots() {
        int n = graph.nodes();
        int[] order = IntStream.range(0, n).toArray();
        int k = Math.min(sources, n);
        if (sampled()) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < k; i++) {
                int j = i + random.nextInt(n - i);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        return Arrays.copyOf(order, k);
    }

    double[] scoresView() {
        return compute();
    }

    private double[] compute() {
        if (scores != null) {
            return scores;
        }
        int n = graph.nodes();
        int[] order = pivots();
        int k = order.length;
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), k / 16));
        double[][] partial = new double[workers][];
        IntStream.range(0, workers)
                .parallel()
                .forEach(t -> partial[t] =
                        accumulate(order, (int) ((long) k * t / workers), (int) ((long) k * (t + 1) / workers)));
        double scale = (sampled() ? (double) n / k : 1.0) / 2;
        double[] centrality = new double[n];
        for (double[] part : partial) {
            for (int v = 0; v < n; v++) {
                centrality[v] += part[v];
            }
        }
        for (int v = 0; v < n; v++) {
            centrality[v] *= scale;
        }
        scores = centrality;
        return scores;
    }

    /** Brandes' dependency accumulation from the sources {@code order[from..to)}. */
    private double[] accumulate(int[] order, int from, int to) {
        int n = graph.nodes();
        int[] offsets = graph.offsets;
        int[] targets = graph.targets;
        double[] centrality = new double[n];
        int[] queue = new int[n];
        int[] dist = new int[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        Arrays.fill(dist, -1);
        for (int i = from; i < to; i++) {
            int s = order[i];
            int head = 0;
            int tail = 0;
            dist[s] = 0;
            sigma[s] = 1;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                    int w = targets[e];
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue[tail++] = w;
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            // the BFS queue, read backwards, visits nodes in non-increasing distance: Brandes' stack
            for (int j = tail - 1; j > 0; j--) {
                int w = queue[j];
                double coefficient = (1 + delta[w]) / sigma[w];
                for (int e = offsets[w]; e < offsets[w + 1]; e++) {
                    int v = targets[e];
                    if (dist[v] == dist[w] - 1) {
                        delta[v] += sigma[v] * coefficient;
                    }
                }
                centrality[w] += delta[w];
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
}
