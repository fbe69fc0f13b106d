package org.partnergraph.analytics.overlap;

/**
 * Two groups that share members.
 *
 * @param shared members in both
 * @param sizeA members of A
 * @param sizeB members of B
 */
public record GroupPair(String groupA, String groupB, int shared, int sizeA, int sizeB) {

    /** |A ∩ B| / |A ∪ B|: 1 when the two groups are the same people. */
    public double jaccard() {
        return (double) shared / (sizeA + sizeB - shared);
    }

    /** |A ∩ B| / min(|A|, |B|): 1 when the smaller group sits wholly inside the larger. */
    public double overlapCoefficient() {
        return (double) shared / Math.min(sizeA, sizeB);
    }

    public double measure(OverlapMeasure m) {
        return switch (m) {
            case SHARED -> shared;
            case JACCARD -> jaccard();
            case OVERLAP -> overlapCoefficient();
        };
    }
}
