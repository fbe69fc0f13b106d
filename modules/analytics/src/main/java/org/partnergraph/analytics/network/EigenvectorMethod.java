package org.partnergraph.analytics.network;

/** How an eigenvector centrality was computed; every method gives the same vector where it converges. */
public enum EigenvectorMethod {
    /** Plain power iteration on A (JGraphT's {@code EigenvectorCentrality}), kept because it converged. */
    POWER,
    /**
     * Power iteration on A + I: same eigenvectors, but the shift makes λ1 + 1 strictly dominant, so
     * it converges where plain iteration oscillates (bipartite graphs, whose spectrum is ±λ1).
     */
    SHIFTED,
    /**
     * Power iteration on A² with each side of a bipartite graph normalised to half the unit norm:
     * converges as (λ2/λ1)² where the shift crawls at (λ1 - 1)/(λ1 + 1) for large λ1.
     */
    SQUARED
}
