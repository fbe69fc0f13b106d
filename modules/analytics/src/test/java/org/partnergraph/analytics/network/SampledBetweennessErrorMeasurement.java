package org.partnergraph.analytics.network;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints the error table of docs/scoring-network.md: sampled against exact betweenness on the
 * 2,000-partner graph of {@link SampledBetweennessTest}, for several sample sizes and seeds.
 * Slow (not in the default run): {@code main}, or the test with the slow tag included.
 */
@Tag("slow")
class SampledBetweennessErrorMeasurement {

    @Test
    void printTheErrorTable() {
        main(new String[0]);
    }

    public static void main(String[] args) {
        table(SampledBetweennessTest.partnerGroupGraph(SyntheticPartnership.memberships(2_000, 100, 6_000, 11)));
        table(SampledBetweennessTest.partnerGroupGraph(SyntheticPartnership.memberships(20_000, 1_000, 200_000, 11)));
    }

    private static void table(CsrGraph g) {
        long t0 = System.nanoTime();
        double[] exact = new ArrayBetweenness(g).scores();
        System.out.printf(Locale.ROOT, "exact betweenness: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.ROOT, "%d nodes, %d edges%n", g.nodes(), g.edgeEnds() / 2);
        System.out.println("| sources k | mean error, top 20 (5 seeds) | largest error, top 20 (5 seeds) |");
        for (int k : new int[] {50, 100, 200, 500, 1000}) {
            StringBuilder mean = new StringBuilder();
            StringBuilder worst = new StringBuilder();
            for (long seed = 1; seed <= 5; seed++) {
                double[] e = SampledBetweennessTest.errorsOnTop(
                        exact, new ArrayBetweenness(g, k, seed).scores(), SampledBetweennessTest.TOP);
                mean.append(String.format(Locale.ROOT, "%s%.3f", seed == 1 ? "" : " ", e[0]));
                worst.append(String.format(Locale.ROOT, "%s%.3f", seed == 1 ? "" : " ", e[1]));
            }
            System.out.printf(Locale.ROOT, "| %d | %s | %s |%n", k, mean, worst);
        }
    }
}
