/**
 * Who can move an indicator: partners ranked by their lead or support role on it, their influence
 * on the objectives it measures and their network position, each with the reasons in words
 * ({@link org.partnergraph.analytics.movers.IndicatorMovers}; formula and worked example in
 * docs/scoring-network.md).
 */
package org.partnergraph.analytics.movers;
