package org.partnergraph.analytics.network;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;

/**
 * Times each measure at national scale (200,000 partners, 10,000 groups, 2,000,000 memberships) and
 * prints the table of docs/scoring-network.md. A measurement, not a check: slow, not in the default
 * run; {@code main}, or the test with the slow tag included. Needs about 2 GB of heap.
 */
@Tag("slow")
class NationalScaleTiming {

    @Test
    void printTheTimings() {
        main(new String[0]);
    }

    public static void main(String[] args) {
        PartnershipGraph graph = SyntheticPartnership.memberships(200_000, 10_000, 2_000_000, 2026);
        Map<String, Integer> partners = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
        int m = graph.memberships().size();
        int[] p = new int[m];
        int[] g = new int[m];
        for (int i = 0; i < m; i++) {
            Membership ms = graph.memberships().get(i);
            p[i] = partners.computeIfAbsent(ms.partnerId(), k -> partners.size());
            g[i] = groups.computeIfAbsent(ms.groupId(), k -> groups.size());
        }
        int[] b = new int[m];
        double[] w = new double[m];
        for (int i = 0; i < m; i++) {
            b[i] = partners.size() + g[i];
            w[i] = 1;
        }
        System.out.printf(
                Locale.ROOT,
                "%,d partners, %,d groups, %,d memberships; %d cores%n",
                partners.size(),
                groups.size(),
                m,
                Runtime.getRuntime().availableProcessors());
        CsrGraph bi = time(
                "partner-group graph: CSR build",
                () -> CsrGraph.undirected(partners.size() + groups.size(), p, b, w, m));
        time("partner-group graph: weighted degree", () -> new WeightedDegree(bi).scores());
        ArrayPageRank rank = time("partner-group graph: PageRank", () -> {
            ArrayPageRank r = new ArrayPageRank(bi);
            r.scores();
            return r;
        });
        System.out.println("    converged: " + rank.converged());
        ArrayEigenvector eigen = time("partner-group graph: eigenvector (squared)", () -> {
            ArrayEigenvector e = ArrayEigenvector.bipartite(bi, partners.size());
            e.scores();
            return e;
        });
        System.out.println("    iterations: " + eigen.iterations() + ", converged: " + eigen.converged());
        time("partner-group graph: betweenness, 500 sources", () -> new ArrayBetweenness(bi, 500, 1).scores());
        Projection projection = time(
                "projection: build (groups above 100 left out)",
                () -> Projection.of(p, g, m, partners.size(), groups.size(), 100));
        CsrGraph pr = projection.graph();
        System.out.printf(Locale.ROOT, "    %,d edges, %,d groups left out%n", pr.edgeEnds() / 2, projection.leftOut());
        time("projection: weighted degree", () -> new WeightedDegree(pr).scores());
        time("projection: PageRank", () -> new ArrayPageRank(pr).scores());
        ArrayEigenvector shifted = time("projection: eigenvector (shifted)", () -> {
            ArrayEigenvector e = ArrayEigenvector.shifted(pr);
            e.scores();
            return e;
        });
        System.out.println("    iterations: " + shifted.iterations() + ", converged: " + shifted.converged());
        time("projection: betweenness, 100 sources", () -> new ArrayBetweenness(pr, 100, 1).scores());
        NetworkPosition all = time("NetworkPosition.of, all of it, defaults", () -> NetworkPosition.of(graph));
        System.out.println("    " + all.bipartite() + "\n    " + all.projection());
    }

    private static <T> T time(String what, Supplier<T> work) {
        System.gc();
        long t0 = System.nanoTime();
        T result = work.get();
        System.out.printf(Locale.ROOT, "| %s | %.2f s |%n", what, (System.nanoTime() - t0) / 1e9);
        return result;
    }
}
