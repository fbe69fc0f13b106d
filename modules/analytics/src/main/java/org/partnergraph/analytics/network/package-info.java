/**
 * Network position: degree, PageRank, betweenness and eigenvector centrality on the partner-group
 * graph and on its weighted partner-partner projection, computed with array (CSR) kernels that
 * scale to national graphs and are tested against JGraphT (docs/scoring-network.md).
 */
package org.partnergraph.analytics.network;
