package org.partnergraph.analytics.network;

import java.util.Arrays;

/**
 * An undirected weighted graph in compressed sparse row form: the neighbours of node {@code v}
 * are {@code targets[offsets[v] .. offsets[v+1])} with {@code weights} alongside. Built once,
 * read by every kernel; memory is two ints and a double per edge end.
 */
public final class CsrGraph {

    final int[] offsets;
    final int[] targets;
    final double[] weights;

    private CsrGraph(int[] offsets, int[] targets, double[] weights) {
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
    }

    /**
     * Builds from an edge list; each undirected edge {@code (a[i], b[i], w[i])} is stored in both
     * directions. Parallel edges are kept as a multigraph keeps them: their weights add up in degree,
     * PageRank and eigenvector, and betweenness counts each as its own path, so callers that mean a
     * simple graph merge them first (as {@link NetworkPosition} and {@code Projection} do).
     *
     * @throws IllegalArgumentException for a node id outside {@code 0..nodes-1} or a non-positive weight
     */
    public static CsrGraph undirected(int nodes, int[] a, int[] b, double[] w, int edges) {
        int[] degree = new int[nodes + 1];
        for (int i = 0; i < edges; i++) {
            if (a[i] < 0 || a[i] >= nodes || b[i] < 0 || b[i] >= nodes) {
                throw new IllegalArgumentException("edge " + i + " names a node outside 0.." + (nodes - 1));
            }
            if (!(w[i] > 0)) {
                throw new IllegalArgumentException("edge " + i + " has weight " + w[i] + "; weights must be positive");
            }
            degree[a[i] + 1]++;
            degree[b[i] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            degree[v + 1] += degree[v];
        }
        int[] offsets = degree;
        int[] fill = Arrays.copyOf(offsets, nodes);
        int[] targets = new int[2 * edges];
        double[] weights = new double[2 * edges];
        for (int i = 0; i < edges; i++) {
            targets[fill[a[i]]] = b[i];
            weights[fill[a[i]]++] = w[i];
            targets[fill[b[i]]] = a[i];
            weights[fill[b[i]]++] = w[i];
        }
        return new CsrGraph(offsets, targets, weights);
    }

    /** The row starts, {@code nodes() + 1} of them: the array itself, to be read and never written. */
    public int[] offsets() {
        return offsets;
    }

    /** The neighbour of each edge end, row by row: the array itself, read only. */
    public int[] targets() {
        return targets;
    }

    /** The weight of each edge end, beside {@link #targets()}: the array itself, read only. */
    public double[] weights() {
        return weights;
    }

    public int nodes() {
        return offsets.length - 1;
    }

    /** Edge ends stored: twice the number of undirected edges. */
    public int edgeEnds() {
        return targets.length;
    }
}
