package org.partnergraph.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.PartnershipGraph;

/**
 * The sampled betweenness (Brandes and Pich 2007) against exact on a partner-group graph shaped like
 * the national one but small enough for exact: 2,000 partners, 100 groups, 6,000 memberships
 * (about 2,100 nodes). The figures for other sample sizes and seeds are in docs/scoring-network.md,
 * from {@link SampledBetweennessErrorMeasurement}.
 */
class SampledBetweennessTest {

    static final int TOP = 20;

    /** The bipartite CSR graph NetworkPosition would build, with every membership weight 1. */
    static CsrGraph partnerGroupGraph(PartnershipGraph g) {
        Map<String, Integer> partners = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
        g.memberships().forEach(m -> {
            partners.putIfAbsent(m.partnerId(), partners.size());
            groups.putIfAbsent(m.groupId(), groups.size());
        });
        int m = g.memberships().size();
        int[] a = new int[m];
        int[] b = new int[m];
        double[] w = new double[m];
        for (int i = 0; i < m; i++) {
            a[i] = partners.get(g.memberships().get(i).partnerId());
            b[i] = partners.size() + groups.get(g.memberships().get(i).groupId());
            w[i] = 1;
        }
        return CsrGraph.undirected(partners.size() + groups.size(), a, b, w, m);
    }

    /** Mean and largest relative error over the {@code top} nodes of highest exact betweenness. */
    static double[] errorsOnTop(double[] exact, double[] sampled, int top) {
        int[] order = IntStream.range(0, exact.length)
                .boxed()
                .sorted((x, y) -> Double.compare(exact[y], exact[x]))
                .mapToInt(Integer::intValue)
                .toArray();
        double[] errors = Arrays.stream(order, 0, top)
                .mapToDouble(v -> Math.abs(sampled[v] - exact[v]) / exact[v])
                .toArray();
        return new double[] {
            Arrays.stream(errors).average().orElse(0),
            Arrays.stream(errors).max().orElse(0)
        };
    }

    @Test
    void fiveHundredSourcesKeepTheTopTwentyWithinTheMeasuredError() {
        CsrGraph g = partnerGroupGraph(SyntheticPartnership.memberships(2_000, 100, 6_000, 11));
        double[] exact = new ArrayBetweenness(g).scores();

        double[] errors = errorsOnTop(exact, new ArrayBetweenness(g, 500, 2026).scores(), TOP);

        // measured over 5 seeds: mean 0.05-0.08, largest 0.14-0.25 (docs/scoring-network.md); without
        // the n/k scaling the error would be 0.73
        assertThat(errors[0]).as("mean relative error of the top 20").isLessThan(0.10);
        assertThat(errors[1]).as("largest relative error of the top 20").isLessThan(0.30);
    }

    @Test
    void theSampledTotalIsUnbiased() {
        CsrGraph g = partnerGroupGraph(SyntheticPartnership.memberships(500, 40, 1_500, 3));
        double exactTotal = Arrays.stream(new ArrayBetweenness(g).scores()).sum();

        double meanOfSampledTotals = IntStream.range(0, 40)
                .mapToDouble(seed -> Arrays.stream(new ArrayBetweenness(g, 50, seed).scores())
                        .sum())
                .average()
                .orElseThrow();

        assertThat(meanOfSampledTotals / exactTotal).isBetween(0.97, 1.03);
    }
}
