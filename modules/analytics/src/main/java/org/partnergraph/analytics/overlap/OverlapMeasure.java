package org.partnergraph.analytics.overlap;

/** How the overlap of two groups A and B is measured (docs/scoring-influence.md#overlaps). */
public enum OverlapMeasure {
    /** |A ∩ B|: members in both. */
    SHARED,
    /** |A ∩ B| / |A ∪ B|: 1 when the two groups are the same people. */
    JACCARD,
    /** |A ∩ B| / min(|A|, |B|): 1 when the smaller group sits wholly inside the larger. */
    OVERLAP;

    /** The measure of two groups of {@code sizeA} and {@code sizeB} members sharing {@code shared}. */
    static double value(OverlapMeasure m, int shared, int sizeA, int sizeB) {
        return switch (m) {
            case SHARED -> shared;
            case JACCARD -> (double) shared / (sizeA + sizeB - shared);
            case OVERLAP -> (double) shared / Math.min(sizeA, sizeB);
        };
    }
}
