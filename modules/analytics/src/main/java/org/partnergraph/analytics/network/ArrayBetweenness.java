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
 * measured error is in docs/scoring-network.md. The pivots are node numbers, so the sample is
 * repeatable when the caller numbers nodes by a stable key ({@link NetworkPosition} numbers them
 * by sorted id). Sources run in parallel, each worker with its own arrays, partial sums added in
 * a fixed order so results do not depend on scheduling; each search reads every edge once
 * forward and at most once backward ({@link #accumulate}). Computed on first use and cached.
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
        IntStream.range(0, workers).parallel().forEach(t -> partial[t] = accumulate(order, t, workers));
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

    /**
     * Brandes' dependency accumulation from the sources {@code order[first]}, {@code order[first +
     * step]}, ...: each worker takes every {@code step}-th pivot, which spreads large and small
     * searches evenly, and the split depends only on the worker count.
     *
     * <p>The backward pass is level by level in the successor form: a node's dependency is
     * {@code sigma[v] * sum of (1 + delta[w]) / sigma[w]} over its successors {@code w}. The
     * quotient of each node is published in {@code coef} only once its whole level is done, and a
     * neighbour of a node at level d sits at level d-1, d or d+1, so summing {@code coef} over all
     * neighbours adds exactly the successors: one read per edge, no distance test, no scattered
     * writes. The deepest level has no successors and is not scanned at all.
     */
    private double[] accumulate(int[] order, int first, int step) {
        int n = graph.nodes();
        int[] offsets = graph.offsets;
        int[] targets = graph.targets;
        double[] centrality = new double[n];
        int[] queue = new int[n];
        int[] levelStart = new int[n + 1];
        int[] dist = new int[n];
        double[] sigma = new double[n];
        double[] coef = new double[n];
        double[] delta = new double[n];
        Arrays.fill(dist, -1);
        for (int i = first; i < order.length; i += step) {
            int s = order[i];
            dist[s] = 0;
            sigma[s] = 1;
            queue[0] = s;
            int levels = search(offsets, targets, queue, levelStart, dist, sigma);
            int tail = levelStart[levels];
            for (int j = levelStart[levels - 1]; j < tail; j++) {
                coef[queue[j]] = 1 / sigma[queue[j]];
            }
            for (int level = levels - 2; level >= 1; level--) {
                int from = levelStart[level];
                int to = levelStart[level + 1];
                for (int j = from; j < to; j++) {
                    int v = queue[j];
                    double sum = 0;
                    for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                        sum += coef[targets[e]];
                    }
                    delta[j] = sigma[v] * sum;
                    centrality[v] += delta[j];
                }
                for (int j = from; j < to; j++) {
                    coef[queue[j]] = (1 + delta[j]) / sigma[queue[j]];
                }
            }
            for (int j = 0; j < tail; j++) {
                dist[queue[j]] = -1;
                coef[queue[j]] = 0;
            }
        }
        return centrality;
    }

    /**
     * Breadth-first search from {@code queue[0]} counting shortest paths into {@code sigma}; level
     * d fills {@code queue[levelStart[d] .. levelStart[d + 1])}. Returns the number of levels.
     */
    private static int search(int[] offsets, int[] targets, int[] queue, int[] levelStart, int[] dist, double[] sigma) {
        int head = 0;
        int tail = 1;
        int levels = 0;
        while (head < tail) {
            levelStart[levels++] = head;
            int end = tail;
            for (; head < end; head++) {
                int v = queue[head];
                double sv = sigma[v];
                for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                    int w = targets[e];
                    int dw = dist[w];
                    if (dw < 0) {
                        dist[w] = levels;
                        sigma[w] = sv;
                        queue[tail++] = w;
                    } else if (dw == levels) {
                        sigma[w] += sv;
                    }
                }
            }
        }
        levelStart[levels] = tail;
        return levels;
    }
}
