package org.partnergraph.analytics.network;

/** Which implementation computed a graph's measures. */
public enum Backend {
    /** JGraphT's scoring algorithms on a JGraphT graph: county-sized graphs, and the reference. */
    JGRAPHT,
    /** The array (CSR) kernels of this package: national scale. */
    ARRAYS
}
