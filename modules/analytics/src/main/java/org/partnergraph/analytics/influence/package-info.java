/**
 * Influence and relationship scores from the outcome table and the engagement tracker: each
 * rating's influence-map quadrant and relationship gap, and per partner the summed gap and the
 * stage gap (docs/scoring-influence.md).
 */
package org.partnergraph.analytics.influence;
