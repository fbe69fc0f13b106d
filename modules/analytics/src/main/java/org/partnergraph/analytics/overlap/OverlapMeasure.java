package org.partnergraph.analytics.overlap;

/** How the overlap of two groups is measured. */
public enum OverlapMeasure {
    /** Members in both. */
    SHARED,
    /** Shared over the union. */
    JACCARD,
    /** Shared over the smaller group. */
    OVERLAP
}
