package org.partnergraph.analytics.influence;

import org.partnergraph.model.Score;

/**
 * The relationship gap of one rating: {@code influence x (5 - quality)}. Zero where the relationship
 * is already as good as the scale allows, and growing with both the partner's influence and the
 * distance the relationship still has to go: where relationship work pays most. A partner's gap is
 * the sum over its ratings (in {@link PartnerInfluence}).
 */
public final class RelationshipGap {

    private RelationshipGap() {}

    /**
     * The gap for a partner at this influence and quality.
     *
     * @param influence a midpoint on the 1-5 scale
     * @param quality a midpoint on the 1-5 scale
     * @throws IllegalArgumentException for a score outside 1-5
     */
    public static double of(double influence, double quality) {
        if (!(influence >= Score.MIN && influence <= Score.MAX && quality >= Score.MIN && quality <= Score.MAX)) {
            throw new IllegalArgumentException(
                    "influence and quality must be between 1 and 5, were " + influence + " and " + quality);
        }
        return influence * (Score.MAX - quality);
    }
}
