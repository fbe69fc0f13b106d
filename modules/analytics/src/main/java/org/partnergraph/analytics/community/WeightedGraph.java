package org.partnergraph.analytics.community;

import java.util.Arrays;
import org.partnergraph.analytics.network.CsrGraph;

/**
 * An undirected weighted simple graph in compressed sparse row form, the input of the community and
 * resilience kernels: the neighbours of node {@code v} are {@code target(e)} for {@code e} in
 * {@code start(v) .. end(v) - 1}, each with {@code weight(e)}. No self-loops; parallel edges are
 * merged (their weights add up). Memory: an int and a double per edge end. Immutable.
 */
public final class WeightedGraph {

    private final int[] offsets;
    private final int[] targets;
    private final double[] weights;

    private WeightedGraph(int[] offsets, int[] targets, double[] weights) {
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
    }

    /**
     * Builds from the first {@code edges} entries of an edge list. O(edges log degree).
     *
     * @throws IllegalArgumentException for a node outside {@code 0..nodes-1}, a self-loop, or a
     *     weight that is not positive
     */
    public static WeightedGraph of(int nodes, int[] a, int[] b, double[] w, int edges) {
        Rows rows = rows(nodes, a, b, w, edges);
        return merged(nodes, rows.offsets, rows.targets, rows.weights);
    }

    /**
     * Builds from an edge list the caller guarantees has no repeated pair (as a projection built
     * row by row has): the same checks, without the sort that merges repeats. O(edges).
     *
     * @throws IllegalArgumentException as {@link #of}
     */
    public static WeightedGraph ofDistinct(int nodes, int[] a, int[] b, double[] w, int edges) {
        Rows rows = rows(nodes, a, b, w, edges);
        return new WeightedGraph(rows.offsets, rows.targets, rows.weights);
    }

    @SuppressWarnings("ArrayRecordComponent") // a kernel's own arrays: never compared, never shared
    private record Rows(int[] offsets, int[] targets, double[] weights) {}

    /** The rows of {@link CsrGraph#undirected} (which checks node ids and weights), refusing loops as well. */
    private static Rows rows(int nodes, int[] a, int[] b, double[] w, int edges) {
        if (nodes < 0) {
            throw new IllegalArgumentException("a graph cannot have " + nodes + " nodes");
        }
        CsrGraph csr = CsrGraph.undirected(nodes, a, b, w, edges);
        for (int i = 0; i < edges; i++) {
            if (a[i] == b[i]) {
                throw new IllegalArgumentException("edge " + i + " is a loop on node " + a[i]);
            }
        }
        return new Rows(csr.offsets(), csr.targets(), csr.weights());
    }

    /** Sorts each row by target and adds up the weights of repeated targets, in place. */
    private static WeightedGraph merged(int nodes, int[] offsets, int[] targets, double[] weights) {
        int[] outOffsets = new int[nodes + 1];
        int k = 0;
        long[] keys = new long[16];
        double[] row = new double[16];
        for (int v = 0; v < nodes; v++) {
            int from = offsets[v];
            int len = offsets[v + 1] - from;
            if (keys.length < len) {
                keys = new long[len];
                row = new double[len];
            }
            for (int i = 0; i < len; i++) {
                keys[i] = ((long) targets[from + i] << 32) | i;
                row[i] = weights[from + i];
            }
            Arrays.sort(keys, 0, len);
            int rowStart = k;
            for (int i = 0; i < len; i++) {
                int t = (int) (keys[i] >>> 32);
                double w = row[(int) keys[i]];
                if (k > rowStart && targets[k - 1] == t) {
                    weights[k - 1] += w;
                } else {
                    targets[k] = t;
                    weights[k++] = w;
                }
            }
            outOffsets[v + 1] = k;
        }
        return new WeightedGraph(outOffsets, Arrays.copyOf(targets, k), Arrays.copyOf(weights, k));
    }

    public int nodes() {
        return offsets.length - 1;
    }

    /** Undirected edges, after merging. */
    public int edges() {
        return targets.length / 2;
    }

    public int start(int v) {
        return offsets[v];
    }

    public int end(int v) {
        return offsets[v + 1];
    }

    public int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    public int target(int e) {
        return targets[e];
    }

    public double weight(int e) {
        return weights[e];
    }

    /** The sum of the weights of {@code v}'s edges. */
    public double strength(int v) {
        double s = 0;
        for (int e = offsets[v]; e < offsets[v + 1]; e++) {
            s += weights[e];
        }
        return s;
    }
}
