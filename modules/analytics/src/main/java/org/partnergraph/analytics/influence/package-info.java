/**
 * Influence and relationship scores from the outcome table and the engagement tracker.
 *
 * <ul>
 *   <li>{@link org.partnergraph.analytics.influence.InfluenceMap}: every
 *       {@link org.partnergraph.analytics.influence.Rating} (a partner on an objective: influence,
 *       quality as midpoints, {@link org.partnergraph.analytics.influence.Quadrant},
 *       {@link org.partnergraph.analytics.influence.RelationshipGap}) and per partner a
 *       {@link org.partnergraph.analytics.influence.PartnerInfluence} ranked by summed gap;</li>
 *   <li>{@link org.partnergraph.analytics.influence.StageGaps}: every tracker row's
 *       {@link org.partnergraph.analytics.influence.StageGap}, stage now to stage wanted;</li>
 *   <li>{@link org.partnergraph.analytics.influence.InfluenceFilter}: by theme, objective and partnership.</li>
 * </ul>
 *
 * Formulas, reasons and worked examples from the 001 outcome table: {@code docs/scoring-influence.md}.
 * Depends on the model only; every result is immutable.
 */
package org.partnergraph.analytics.influence;
