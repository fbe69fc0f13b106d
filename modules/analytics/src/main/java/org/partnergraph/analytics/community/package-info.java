/**
 * Informal clusters: Louvain community detection and modularity on a weighted graph, and the
 * comparison of the partners' clusters with the formal groups (docs/scoring-resilience.md).
 */
package org.partnergraph.analytics.community;
