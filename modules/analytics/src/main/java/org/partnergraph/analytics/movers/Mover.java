package org.partnergraph.analytics.movers;

import java.util.List;

/**
 * A partner that can move an indicator.
 *
 * @param score role (lead 3, support 2) + 2 x best influence / 5 + normalised PageRank
 * @param reasons why, in words, strongest first
 */
public record Mover(String partnerId, double score, List<String> reasons) {

    public Mover {
        reasons = List.copyOf(reasons);
    }
}
