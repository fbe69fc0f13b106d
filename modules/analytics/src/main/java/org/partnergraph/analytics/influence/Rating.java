package org.partnergraph.analytics.influence;

import org.partnergraph.model.Influence;

/**
 * One partner's rating on one objective, scored.
 *
 * @param influence the influence midpoint, 1-5
 * @param quality the relationship quality midpoint, 1-5
 * @param gap influence x (5 - quality): how much a better relationship would be worth here
 */
public record Rating(Influence source, double influence, double quality, Quadrant quadrant, double gap) {

    public String partnerId() {
        return source.partnerId();
    }

    public String objectiveId() {
        return source.objectiveId();
    }

    static Rating of(Influence i, double threshold) {
        double influence = i.influence().mid();
        double quality = i.quality().mid();
        return new Rating(i, influence, quality, Quadrant.of(influence, quality, threshold),
                influence * (5 - quality));
    }
}
