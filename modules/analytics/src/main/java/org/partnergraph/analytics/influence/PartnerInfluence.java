package org.partnergraph.analytics.influence;

import java.util.List;
import org.partnergraph.model.Partner;

/**
 * A partner's influence scores across the objectives read.
 *
 * @param ratings its ratings, in objective order
 * @param maxInfluence the highest influence midpoint, 0 without ratings
 * @param meanQuality the mean quality midpoint, NaN without ratings
 * @param relationshipGap the sum of the ratings' gaps
 * @param quadrant the quadrant of its strongest rating (highest influence, then lowest quality)
 * @param stageGap steps from the stage now to the stage wanted in the tracker, 0 where not tracked
 */
public record PartnerInfluence(Partner partner, List<Rating> ratings, double maxInfluence, double meanQuality,
        double relationshipGap, Quadrant quadrant, int stageGap) {

    public PartnerInfluence {
        ratings = List.copyOf(ratings);
    }
}
