package org.partnergraph.analytics.influence;

import java.util.Comparator;
import java.util.List;
import org.partnergraph.model.Partner;

/**
 * A partner's influence scores across the objectives read.
 *
 * @param ratings its ratings, in objective order
 * @param maxInfluence the highest influence midpoint, 0 without ratings
 * @param meanQuality the mean quality midpoint, NaN without ratings
 * @param relationshipGap the sum of the ratings' gaps, {@code sum of influence x (5 - quality)}
 * @param quadrant the quadrant of its strongest rating (highest influence, then lowest quality);
 *     {@link Quadrant#MONITOR} without ratings (check {@code ratings().isEmpty()} before showing it)
 * @param stageGap the largest step count from stage now to stage wanted over the tracker rows naming
 *     this partner, 0 where it is not tracked or a stage is missing
 */
public record PartnerInfluence(
        Partner partner,
        List<Rating> ratings,
        double maxInfluence,
        double meanQuality,
        double relationshipGap,
        Quadrant quadrant,
        int stageGap) {

    public PartnerInfluence {
        ratings = List.copyOf(ratings);
    }

    static PartnerInfluence of(Partner p, List<Rating> own, int stageGap) {
        double max = own.stream().mapToDouble(Rating::influence).max().orElse(0);
        double meanQuality = own.stream().mapToDouble(Rating::quality).average().orElse(Double.NaN);
        double gap = own.stream().mapToDouble(Rating::gap).sum();
        Quadrant quadrant = own.stream()
                .max(Comparator.comparingDouble(Rating::influence).thenComparing(r -> -r.quality()))
                .map(Rating::quadrant)
                .orElse(Quadrant.MONITOR);
        return new PartnerInfluence(p, own, max, meanQuality, gap, quadrant, stageGap);
    }
}
