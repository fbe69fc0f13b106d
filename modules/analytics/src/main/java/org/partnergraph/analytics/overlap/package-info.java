/**
 * Partnership overlaps: which groups share members (shared count, Jaccard, overlap coefficient),
 * which pairs are merge candidates, which partners sit together, and which partners bridge themes.
 * Computed sparsely from an inverted index over memberships (docs/scoring-influence.md#overlaps).
 */
package org.partnergraph.analytics.overlap;
