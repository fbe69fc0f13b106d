package org.partnergraph.analytics.network;

/**
 * The four raw measures of one graph, indexed by CSR node, and how they were computed. Package
 * private: {@link NetworkPosition} normalises and names them.
 */
@SuppressWarnings("ArrayRecordComponent") // the kernels' result arrays, indexed by node; never compared
record GraphScores(
        double[] degree, double[] pageRank, double[] betweenness, double[] eigenvector, Computation computation) {

    /**
     * Scores {@code graph} with JGraphT when it has at most {@code jgraphtMaxNodes} nodes, with the
     * array kernels above. Betweenness is exact up to {@code exactBetweennessMaxNodes} nodes and
     * sampled from {@code sources} pivots above (always by the array kernel: JGraphT has no sampling).
     *
     * @param sideA the size of the first side of a bipartite graph, or -1 for a general graph
     */
    static GraphScores of(CsrGraph graph, int sideA, NetworkSettings settings, int jgraphtMaxNodes, int sources) {
        int n = graph.nodes();
        boolean sampled = n > settings.exactBetweennessMaxNodes() && sources < n;
        int pivots = sampled ? sources : n;
        ArrayEigenvector fallback =
                sideA < 0 ? ArrayEigenvector.shifted(graph) : ArrayEigenvector.bipartite(graph, sideA);
        if (n > 0 && n <= jgraphtMaxNodes) {
            JGraphTScores jg = new JGraphTScores(graph);
            double[] betweenness =
                    sampled ? new ArrayBetweenness(graph, pivots, settings.seed()).scoresView() : jg.betweenness();
            // the partner-group graph is bipartite by construction: plain power iteration would run to
            // its cap oscillating, so JGraphT's is tried on general graphs only
            double[] eigen = sideA < 0 ? jg.eigenvector() : null;
            EigenvectorMethod method = eigen == null ? fallback.method() : EigenvectorMethod.POWER;
            boolean converged = eigen != null || fallback.converged();
            return new GraphScores(
                    jg.degree(),
                    jg.pageRank(settings.damping()),
                    betweenness,
                    eigen == null ? fallback.scoresView() : eigen,
                    new Computation(Backend.JGRAPHT, n, jg.edges(), pivots, method, converged));
        }
        return new GraphScores(
                new WeightedDegree(graph).scoresView(),
                new ArrayPageRank(
                                graph,
                                settings.damping(),
                                ArrayPageRank.MAX_ITERATIONS_DEFAULT,
                                ArrayPageRank.TOLERANCE_DEFAULT)
                        .scores(),
                new ArrayBetweenness(graph, Math.max(1, pivots), settings.seed()).scoresView(),
                fallback.scoresView(),
                new Computation(
                        Backend.ARRAYS, n, graph.edgeEnds() / 2, pivots, fallback.method(), fallback.converged()));
    }
}
