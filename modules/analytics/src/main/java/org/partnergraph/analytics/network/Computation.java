package org.partnergraph.analytics.network;

/**
 * How one graph's measures were computed, so a view or report can say so.
 *
 * @param backend JGraphT or the array kernels
 * @param nodes nodes of the graph
 * @param edges undirected edges of the graph
 * @param betweennessSources breadth-first searches run for betweenness: {@code nodes} when exact
 * @param eigenvectorMethod how the eigenvector was found (plain power iteration is kept only
 *     where it converged; otherwise the shifted or squared iteration)
 * @param eigenvectorConverged false when even the fallback stopped at its iteration cap: the
 *     eigenvector values are then the last iterate and only roughly right
 */
public record Computation(
        Backend backend,
        int nodes,
        int edges,
        int betweennessSources,
        EigenvectorMethod eigenvectorMethod,
        boolean eigenvectorConverged) {

    /** Whether betweenness is a sampled estimate (docs/scoring-network.md gives its error). */
    public boolean betweennessSampled() {
        return betweennessSources < nodes;
    }
}
