/**
 * Partnership overlaps: which groups are largely the same people, and which partners sit together
 * or bridge themes.
 *
 * <ul>
 *   <li>{@link org.partnergraph.analytics.overlap.GroupOverlaps}: every pair of groups sharing a
 *       member, as {@link org.partnergraph.analytics.overlap.GroupPair} (shared, Jaccard, overlap
 *       coefficient), and the merge candidates on a chosen
 *       {@link org.partnergraph.analytics.overlap.OverlapMeasure} (Jaccard at least 0.5 by default);</li>
 *   <li>{@link org.partnergraph.analytics.overlap.PartnerPairs}: every pair of partners sharing
 *       groups, leaving out very large groups;</li>
 *   <li>{@link org.partnergraph.analytics.overlap.PartnerOverlaps}: one partner's co-members, two
 *       partners' shared groups, and the partners bridging several themes.</li>
 * </ul>
 *
 * <p>Pairs are found sparsely, through an inverted index over the memberships (the package-private
 * {@code SharedCounts} on int rows built once by {@code MembershipIndex}), so the cost grows with
 * the overlapping pairs, never with groups². The tests check it against the quadratic definition on
 * seeded random graphs. Formulas and a worked example: {@code docs/scoring-influence.md#overlaps}.
 * Depends on the model only; every result is immutable.
 */
package org.partnergraph.analytics.overlap;
