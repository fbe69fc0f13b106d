package org.partnergraph.analytics.overlap;

/**
 * Two groups and their overlap.
 *
 * @param groupA the first group's id (the earlier in the graph's order)
 * @param groupB the second group's id
 * @param shared members in both
 * @param sizeA members of A
 * @param sizeB members of B
 */
public record GroupPair(String groupA, String groupB, int shared, int sizeA, int sizeB) {

    /** |A ∩ B| / |A ∪ B|: 1 when the two groups are the same people; 0 for two empty groups. */
    public double jaccard() {
        return shared == 0 ? 0 : OverlapMeasure.value(OverlapMeasure.JACCARD, shared, sizeA, sizeB);
    }

    /** |A ∩ B| / min(|A|, |B|): 1 when the smaller group sits wholly inside the larger; 0 when nothing is shared. */
    public double overlapCoefficient() {
        return shared == 0 ? 0 : OverlapMeasure.value(OverlapMeasure.OVERLAP, shared, sizeA, sizeB);
    }

    public double measure(OverlapMeasure m) {
        return switch (m) {
            case SHARED -> shared;
            case JACCARD -> jaccard();
            case OVERLAP -> overlapCoefficient();
        };
    }
}
