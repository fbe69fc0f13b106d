package org.partnergraph.analytics.movers;

import java.util.List;

/**
 * A partner that can move an indicator, with the parts of its score ({@link IndicatorMovers} gives
 * the formula) and the reasons in words: role first, then influence, then network position.
 *
 * @param score {@code role + influence + position}
 * @param role the role part: the lead or support weight, or 0
 * @param influence the influence part: influence weight x best influence on a measured objective / 5
 * @param position the position part: position weight x PageRank percentile among partners
 * @param reasons why, in words, e.g. "lead agency", "influence 5 on Objective 2", "PageRank in the top 10%"
 */
public record Mover(
        String partnerId, double score, double role, double influence, double position, List<String> reasons) {

    public Mover {
        reasons = List.copyOf(reasons);
    }
}
