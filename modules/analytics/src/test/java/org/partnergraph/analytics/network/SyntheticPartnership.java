package org.partnergraph.analytics.network;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Role;

/**
 * Memberships shaped like the bench's synthetic partnerships: group sizes from a Pareto law (shape
 * 1.5, heavy tail) around the mean, members drawn with a preference for low-numbered partners
 * (u³), so a few partners sit on many groups; the first member of each group chairs it. Seeded.
 */
final class SyntheticPartnership {

    private SyntheticPartnership() {}

    static PartnershipGraph memberships(int partners, int groups, int memberships, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        double mean = (double) memberships / groups;
        long remaining = memberships;
        for (int g = 0; g < groups; g++) {
            int left = groups - g;
            double pareto = mean / 3 / Math.pow(1 - random.nextDouble(), 1 / 1.5);
            long size = left == 1 ? remaining : Math.max(1, Math.round(pareto));
            int members = (int) Math.max(1, Math.min(partners, Math.min(size, remaining - (left - 1))));
            BitSet chosen = new BitSet(partners);
            for (int m = 0; m < members; m++) {
                double u = random.nextDouble();
                int p = (int) Math.min(partners - 1, Math.floor(partners * u * u * u));
                while (chosen.get(p)) {
                    p = random.nextInt(partners);
                }
                chosen.set(p);
                b.memberships.add(new Membership("p" + p, "g" + g, m == 0 ? Role.CHAIR : Role.MEMBER, Provenance.NONE));
            }
            remaining -= members;
        }
        return b.build();
    }

    /** A random weighted graph with {@code n} nodes, about {@code edges} edges (no loops), and a few isolated nodes. */
    static CsrGraph weighted(int n, int edges, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] a = new int[edges];
        int[] b = new int[edges];
        double[] w = new double[edges];
        int used = n - 3;
        Set<Long> seen = new HashSet<>();
        int m = 0;
        while (m < edges) {
            int x = random.nextInt(used);
            int y = (int) Math.floor(used * Math.pow(random.nextDouble(), 2));
            if (x == y || !seen.add((long) Math.min(x, y) << 32 | Math.max(x, y))) {
                continue;
            }
            a[m] = x;
            b[m] = y;
            w[m++] = 1 + random.nextInt(4);
        }
        return CsrGraph.undirected(n, a, b, w, m);
    }
}
