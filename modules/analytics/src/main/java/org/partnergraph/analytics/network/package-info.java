/**
 * Network position: weighted degree, PageRank, betweenness and eigenvector centrality of partners
 * and groups on the partner-group graph, and of partners on its weighted partner-partner
 * projection ({@link org.partnergraph.analytics.network.NetworkPosition}, the entry point).
 *
 * <p>County-sized graphs are scored with JGraphT; national ones (200,000 partners, 2,000,000
 * memberships) with the array (CSR) kernels here, {@code ArrayPageRank}, {@code ArrayBetweenness}
 * (exact, or sampled from seeded pivots), {@code ArrayEigenvector} (shifted or squared power
 * iteration) and {@code WeightedDegree}, which are tested against JGraphT and against NetworkX's
 * published values on Zachary's karate club. Formulas, normalisation and the measured sampling
 * error: docs/scoring-network.md.
 */
package org.partnergraph.analytics.network;
