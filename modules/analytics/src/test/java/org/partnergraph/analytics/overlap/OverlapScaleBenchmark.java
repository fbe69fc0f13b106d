package org.partnergraph.analytics.overlap;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.PartnershipGraph;

/**
 * The sparse overlap at national scale: 10,000 groups, 200,000 partners, 2,000,000 memberships
 * (skewed group sizes, {@link Memberships#random}). Tagged slow, out of the default run; run it
 * with {@code main} for the figures in docs/scoring-influence.md#overlaps.
 */
@Tag("slow")
class OverlapScaleBenchmark {

    static final int GROUPS = 10_000;
    static final int PARTNERS = 200_000;
    static final int MEMBERSHIPS = 2_000_000;

    @Test
    void nationalScaleOverlapsFinishAndFindPairs() {
        PartnershipGraph graph = Memberships.random(1, GROUPS, PARTNERS, MEMBERSHIPS);

        assertThat(GroupOverlaps.of(graph).pairs()).isNotEmpty();
    }

    /** Wall and this thread's CPU time of each stage, five runs; CPU time is what a loaded machine does not distort. */
    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        PartnershipGraph graph = Memberships.random(1, GROUPS, PARTNERS, MEMBERSHIPS);
        System.out.printf(Locale.ROOT, "graph built in %.1f s (not timed below)%n", (System.nanoTime() - t0) / 1e9);
        for (int run = 1; run <= 5; run++) {
            long w0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            MembershipIndex index = MembershipIndex.of(graph);
            long w1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            PairTable serial = SharedCounts.count(index.membersOfGroup, index.groupsOfPartner, 1, false);
            long w2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            PairTable parallel = SharedCounts.count(index.membersOfGroup, index.groupsOfPartner, 1, true);
            long w3 = System.nanoTime();
            GroupOverlaps overlaps = GroupOverlaps.of(graph);
            long w4 = System.nanoTime();
            int candidates =
                    overlaps.mergeCandidates(OverlapMeasure.OVERLAP, 0.5).size();
            long w5 = System.nanoTime();
            System.out.printf(
                    Locale.ROOT,
                    "run %d: index %.2f s (cpu %.2f), kernel one thread %.2f s (cpu %.2f),"
                            + " kernel parallel %.2f s, GroupOverlaps.of %.2f s, merge candidates %.2f s;"
                            + " %,d pairs (%,d), %,d candidates%n",
                    run,
                    (w1 - w0) / 1e9,
                    (c1 - c0) / 1e9,
                    (w2 - w1) / 1e9,
                    (c2 - c1) / 1e9,
                    (w3 - w2) / 1e9,
                    (w4 - w3) / 1e9,
                    (w5 - w4) / 1e9,
                    serial.size(),
                    parallel.size(),
                    candidates);
        }
    }
}
