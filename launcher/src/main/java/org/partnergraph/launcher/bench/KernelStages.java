package org.partnergraph.launcher.bench;

import java.util.stream.IntStream;
import org.partnergraph.analytics.network.ArrayBetweenness;
import org.partnergraph.analytics.network.ArrayEigenvector;
import org.partnergraph.analytics.network.ArrayPageRank;
import org.partnergraph.analytics.network.CsrGraph;
import org.partnergraph.analytics.network.MembershipEdges;
import org.partnergraph.analytics.network.NetworkSettings;
import org.partnergraph.model.PartnershipGraph;

/**
 * The steps inside network position, each timed alone with the default settings: the membership
 * index, the two graphs, and PageRank, eigenvector and (sampled) betweenness on each, with the
 * memory-bandwidth floor of those betweenness runs measured beside them.
 */
final class KernelStages {

    /** What the steps computed, for {@link PeerExport}. */
    @SuppressWarnings("ArrayRecordComponent") // the kernels' result arrays, handed on to be written; never compared
    record Result(
            MembershipEdges edges,
            CsrGraph bipartite,
            CsrGraph projection,
            ArrayBetweenness bipartiteBetweenness,
            ArrayBetweenness projectionBetweenness,
            double[] bipartitePageRank,
            double[] projectionPageRank,
            double[] bipartiteEigenvector,
            double[] projectionEigenvector) {}

    private KernelStages() {}

    static Result run(StageTimes t, PartnershipGraph graph) {
        NetworkSettings s = NetworkSettings.DEFAULTS;
        long m = graph.memberships().size();
        MembershipEdges edges = t.time(
                "index",
                "  index memberships (ids to ints, duplicates merged)",
                m,
                () -> MembershipEdges.of(graph, s.membershipWeights()));
        CsrGraph bi = t.time("bipartite-csr", "  partner-group graph (CSR)", edges.edges(), edges::bipartite);
        CsrGraph pr = t.time(
                "projection",
                "  projection (groups above 100 left out)",
                m,
                () -> edges.projectionGraph(s.projectionGroupCap()));
        double[] biRank =
                t.time("pagerank-bipartite", "  PageRank, partner-group graph", bi.edgeEnds(), () -> rank(bi));
        double[] prRank = t.time("pagerank-projection", "  PageRank, projection", pr.edgeEnds(), () -> rank(pr));
        double[] biEigen = t.time(
                "eigenvector-bipartite",
                "  eigenvector, partner-group graph (squared)",
                bi.edgeEnds(),
                () -> ArrayEigenvector.bipartite(bi, edges.partners()).scores());
        double[] prEigen = t.time(
                "eigenvector-projection",
                "  eigenvector, projection (shifted)",
                pr.edgeEnds(),
                () -> ArrayEigenvector.shifted(pr).scores());
        ArrayBetweenness biB = betweenness(bi, s.betweennessSources(), s);
        ArrayBetweenness prB = betweenness(pr, s.projectionBetweennessSources(), s);
        int biK = biB.pivots().length;
        int prK = prB.pivots().length;
        t.time("betweenness-bipartite", "  betweenness, partner-group graph (" + biK + " sources)", biK, biB::scores);
        t.time("betweenness-projection", "  betweenness, projection (" + prK + " sources)", prK, prB::scores);
        t.time(
                "betweenness-floor",
                "  memory-bandwidth floor of both betweenness runs (edge array read twice a source, both cores)",
                biK + prK,
                () -> floor(bi, biK) + floor(pr, prK));
        return new Result(edges, bi, pr, biB, prB, biRank, prRank, biEigen, prEigen);
    }

    private static double[] rank(CsrGraph g) {
        return new ArrayPageRank(
                        g,
                        NetworkSettings.DAMPING_DEFAULT,
                        ArrayPageRank.MAX_ITERATIONS_DEFAULT,
                        ArrayPageRank.TOLERANCE_DEFAULT)
                .scores();
    }

    /** Sampled as {@code NetworkPosition} samples: exact up to its exact-size threshold. */
    private static ArrayBetweenness betweenness(CsrGraph g, int sources, NetworkSettings s) {
        int k = g.nodes() > s.exactBetweennessMaxNodes() ? sources : Math.max(1, g.nodes());
        return new ArrayBetweenness(g, k, s.seed());
    }

    /**
     * The least memory traffic of {@code sources} Brandes searches: the edge array streamed once
     * forward and once backward per source, split over the cores as the kernel splits its sources.
     * The node arrays are left out (they stay in cache at national scale), so this is a floor.
     */
    static long floor(CsrGraph g, int sources) {
        int[] targets = g.targets();
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), sources));
        return IntStream.range(0, workers)
                .parallel()
                .mapToLong(w -> {
                    long sum = 0;
                    for (int i = sources * w / workers; i < sources * (w + 1) / workers; i++) {
                        for (int pass = 0; pass < 2; pass++) {
                            for (int e = 0; e < targets.length; e++) {
                                sum += targets[e];
                            }
                        }
                    }
                    return sum;
                })
                .sum();
    }
}
