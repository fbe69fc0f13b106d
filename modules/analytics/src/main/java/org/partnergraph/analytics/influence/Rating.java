package org.partnergraph.analytics.influence;

import org.partnergraph.model.Influence;

/**
 * One partner's rating on one objective, scored.
 *
 * @param source the outcome-table row, with the scores as written (a range stays {@code 3/4})
 * @param influence the influence midpoint, 1-5
 * @param quality the relationship quality midpoint, 1-5
 * @param quadrant where influence and quality fall on the influence map at the map's threshold
 * @param gap {@code influence x (5 - quality)}: how much a better relationship would be worth here;
 *     0 when the relationship is already 5, at most 20
 */
public record Rating(Influence source, double influence, double quality, Quadrant quadrant, double gap) {

    public String partnerId() {
        return source.partnerId();
    }

    public String objectiveId() {
        return source.objectiveId();
    }

    /** Scores an outcome-table row at a threshold. O(1). */
    static Rating of(Influence i, double threshold) {
        double influence = i.influence().mid();
        double quality = i.quality().mid();
        return new Rating(
                i,
                influence,
                quality,
                Quadrant.of(influence, quality, threshold),
                RelationshipGap.of(influence, quality));
    }
}
