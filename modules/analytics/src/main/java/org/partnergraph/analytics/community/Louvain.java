package org.partnergraph.analytics.community;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Louvain community detection (Blondel, Guillaume, Lambiotte and Lefebvre 2008, "Fast unfolding of
 * communities in large networks", J. Stat. Mech. P10008): each node in turn, in a seeded random
 * order, moves to the neighbouring community that raises {@link Modularity} most, until no node
 * moves; then each community becomes one node (its inner weight a self-loop) and the moving starts
 * again on that smaller graph, until a level moves no node. With resolution γ the gain of moving
 * node {@code i} into community {@code C} is {@code k_i,C − γ · tot_C · k_i / 2m}, compared with
 * the same quantity for staying (Reichardt and Bornholdt's generalisation; γ = 1 is Blondel's).
 *
 * <p>No Java library on Maven Central offers Louvain or Leiden for a plain graph (JGraphT 1.5.3 has
 * label propagation and Girvan-Newman, not Louvain), so it is written here once. On Zachary's karate
 * club over 200 seeds its modularity runs from 0.3920 to 0.4198, median 0.4188, the same spread as
 * igraph 1.0.0's {@code community_multilevel} (networkx 3.6.1: 0.3854 to 0.4198, median 0.4188),
 * against the proven optimum 0.41979 ({@code LouvainTest}).
 *
 * <p>Cost: each pass over the nodes is O(edges); the levels shrink fast, so in practice a few
 * dozen passes over the original edges in all. Work space: a few {@code double[n]} and the
 * aggregated graphs. Computed on first use and cached.
 */
public final class Louvain {

    public static final double RESOLUTION_DEFAULT = 1.0;
    public static final long SEED_DEFAULT = 20081009L;
    /** Passes over the nodes within one level before it is cut short; Louvain rarely needs 20. */
    public static final int MAX_PASSES_DEFAULT = 100;
    /** A move must raise the gain by more than this, so rounding never makes nodes cycle. */
    static final double MIN_GAIN = 1e-12;

    private final WeightedGraph graph;
    private final double resolution;
    private final long seed;
    private final int maxPasses;
    private int[] communities;
    private int count;
    private int levels;
    private double modularity;

    public Louvain(WeightedGraph graph) {
        this(graph, RESOLUTION_DEFAULT, SEED_DEFAULT, MAX_PASSES_DEFAULT);
    }

    /** @throws IllegalArgumentException for a resolution that is not positive or fewer than one pass */
    public Louvain(WeightedGraph graph, double resolution, long seed, int maxPasses) {
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("the resolution must be a positive number, was " + resolution);
        }
        if (maxPasses < 1) {
            throw new IllegalArgumentException("Louvain needs at least one pass per level, was " + maxPasses);
        }
        this.graph = graph;
        this.resolution = resolution;
        this.seed = seed;
        this.maxPasses = maxPasses;
    }

    /** The community of every node, numbered from 0 in order of each community's first node. A copy. */
    public int[] communities() {
        compute();
        return communities.clone();
    }

    public int count() {
        compute();
        return count;
    }

    /** The modularity of {@link #communities()}, at this resolution, computed afresh on the input graph. */
    public double modularity() {
        compute();
        return modularity;
    }

    /** Levels that moved at least one node. */
    public int levels() {
        compute();
        return levels;
    }

    private void compute() {
        if (communities != null) {
            return;
        }
        Level level = Level.of(graph);
        int[] membership = new int[graph.nodes()];
        for (int v = 0; v < membership.length; v++) {
            membership[v] = v;
        }
        SplittableRandom random = new SplittableRandom(seed);
        while (true) {
            int[] moved = level.localMoving(resolution, maxPasses, random);
            int groups = renumber(moved);
            if (groups == level.nodes()) {
                break;
            }
            levels++;
            for (int v = 0; v < membership.length; v++) {
                membership[v] = moved[membership[v]];
            }
            level = level.aggregate(moved, groups);
        }
        count = renumber(membership);
        communities = membership;
        modularity = Modularity.of(graph, membership, resolution);
    }

    /** Renumbers in place to 0..k-1 in order of first appearance; returns k. */
    private static int renumber(int[] labels) {
        int[] map = new int[labels.length];
        Arrays.fill(map, -1);
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            if (map[labels[i]] < 0) {
                map[labels[i]] = k++;
            }
            labels[i] = map[labels[i]];
        }
        return k;
    }

    /** One level's graph: rows without self-loops, the self-loop weight apart (counted from both ends). */
    @SuppressWarnings("ArrayRecordComponent") // a kernel's own arrays: never compared, never shared
    private record Level(int[] offsets, int[] targets, double[] weights, double[] loops, double[] strength) {

        static Level of(WeightedGraph g) {
            int n = g.nodes();
            int[] offsets = new int[n + 1];
            int[] targets = new int[n == 0 ? 0 : g.end(n - 1)];
            double[] weights = new double[targets.length];
            double[] strength = new double[n];
            for (int v = 0; v < n; v++) {
                for (int e = g.start(v); e < g.end(v); e++) {
                    targets[e] = g.target(e);
                    weights[e] = g.weight(e);
                    strength[v] += g.weight(e);
                }
                offsets[v + 1] = g.end(v);
            }
            return new Level(offsets, targets, weights, new double[n], strength);
        }

        int nodes() {
            return loops.length;
        }

        /** Moves nodes between communities until a pass moves none; returns each node's community. */
        int[] localMoving(double resolution, int maxPasses, SplittableRandom random) {
            int n = nodes();
            int[] community = new int[n];
            double[] total = strength.clone();
            double twoM = 0;
            for (int v = 0; v < n; v++) {
                community[v] = v;
                twoM += strength[v];
            }
            if (twoM == 0) {
                return community;
            }
            int[] order = shuffled(n, random);
            double[] toCommunity = new double[n];
            int[] seen = new int[n];
            for (int pass = 0; pass < maxPasses; pass++) {
                int moves = 0;
                for (int v : order) {
                    int from = community[v];
                    int touched = 0;
                    for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                        int c = community[targets[e]];
                        if (toCommunity[c] == 0) {
                            seen[touched++] = c;
                        }
                        toCommunity[c] += weights[e];
                    }
                    double k = strength[v];
                    total[from] -= k;
                    int best = from;
                    double bestGain = toCommunity[from] - resolution * total[from] * k / twoM;
                    for (int i = 0; i < touched; i++) {
                        int c = seen[i];
                        double gain = toCommunity[c] - resolution * total[c] * k / twoM;
                        if (gain > bestGain + MIN_GAIN) {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    total[best] += k;
                    community[v] = best;
                    if (best != from) {
                        moves++;
                    }
                    for (int i = 0; i < touched; i++) {
                        toCommunity[seen[i]] = 0;
                    }
                }
                if (moves == 0) {
                    break;
                }
            }
            return community;
        }

        private static int[] shuffled(int n, SplittableRandom random) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            return order;
        }

        /** The graph of the communities: one node each, inner weight as its self-loop. O(edges). */
        Level aggregate(int[] community, int groups) {
            int n = nodes();
            int[] memberOffsets = new int[groups + 1];
            for (int c : community) {
                memberOffsets[c + 1]++;
            }
            for (int c = 0; c < groups; c++) {
                memberOffsets[c + 1] += memberOffsets[c];
            }
            int[] members = new int[n];
            int[] fill = Arrays.copyOf(memberOffsets, groups);
            for (int v = 0; v < n; v++) {
                members[fill[community[v]]++] = v;
            }
            double[] loopsOut = new double[groups];
            double[] strengthOut = new double[groups];
            int[] offsetsOut = new int[groups + 1];
            int[] targetsOut = new int[Math.max(16, targets.length / 2)];
            double[] weightsOut = new double[targetsOut.length];
            double[] row = new double[groups];
            int[] touched = new int[groups];
            int k = 0;
            for (int c = 0; c < groups; c++) {
                int t = 0;
                for (int i = memberOffsets[c]; i < memberOffsets[c + 1]; i++) {
                    int v = members[i];
                    loopsOut[c] += loops[v];
                    strengthOut[c] += strength[v];
                    for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                        int d = community[targets[e]];
                        if (d == c) {
                            loopsOut[c] += weights[e];
                        } else {
                            if (row[d] == 0) {
                                touched[t++] = d;
                            }
                            row[d] += weights[e];
                        }
                    }
                }
                if (k + t > targetsOut.length) {
                    int size = Math.max(k + t, targetsOut.length * 2);
                    targetsOut = Arrays.copyOf(targetsOut, size);
                    weightsOut = Arrays.copyOf(weightsOut, size);
                }
                for (int i = 0; i < t; i++) {
                    targetsOut[k] = touched[i];
                    weightsOut[k++] = row[touched[i]];
                    row[touched[i]] = 0;
                }
                offsetsOut[c + 1] = k;
            }
            return new Level(
                    offsetsOut, Arrays.copyOf(targetsOut, k), Arrays.copyOf(weightsOut, k), loopsOut, strengthOut);
        }
    }
}
