package org.partnergraph.analytics.network;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.community.Louvain;
import org.partnergraph.analytics.community.WeightedGraph;
import org.partnergraph.analytics.resilience.KeyPlayers;
import org.partnergraph.analytics.resilience.PartnerNetwork;
import org.partnergraph.analytics.resilience.WhatIf;
import org.partnergraph.model.PartnershipGraph;

/**
 * Times the resilience measures at national scale (200,000 partners, 10,000 groups, 2,000,000
 * memberships, the shape of {@link NationalScaleTiming}) and, in the same run, igraph's
 * {@code community_multilevel} on the same weighted partner network when a Python with igraph is
 * given ({@code -Dpeers.python=/tmp/venv-peers/bin/python}); prints the table of
 * docs/benchmarks/resilience.md. A measurement, not a check: slow, not in the default run. Needs
 * about 4 GB of heap. Here because the synthetic partnership lives in this package.
 */
@Tag("slow")
class ResilienceScaleTiming {

    static final int RUNS = 5;

    @Test
    void printTheTimings() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        PartnershipGraph graph = SyntheticPartnership.memberships(200_000, 10_000, 2_000_000, 2026);
        System.out.printf(
                Locale.ROOT,
                "%,d memberships; %d cores; Java %s; max heap %d MiB%n",
                graph.memberships().size(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        PartnerNetwork network = time(
                "partner network: build (projection, groups above 100 left out)", 3, () -> PartnerNetwork.of(graph));
        WeightedGraph g = network.graph();
        System.out.printf(
                Locale.ROOT,
                "    %,d partners, %,d edges, %,d groups left out%n",
                g.nodes(),
                g.edges(),
                network.groupsLeftOut());
        WhatIf w = time(
                "what-if, one partner (p0, the best connected)", RUNS, () -> WhatIf.of(graph, network, List.of("p0")));
        System.out.println("    fragmentation " + w.before().fragmentation() + " -> "
                + w.after().fragmentation() + ", components " + w.before().components() + " -> "
                + w.after().components());
        KeyPlayers kp = time("key players, k = 5, greedy and swaps (0 restarts)", 3, () -> {
            KeyPlayers k = new KeyPlayers(g, 5, KeyPlayers.MAX_SWAP_PASSES_DEFAULT, 0, KeyPlayers.SEED_DEFAULT);
            k.players();
            return k;
        });
        System.out.println("    F " + kp.fragmentation() + " (greedy " + kp.greedyFragmentation() + "), swaps "
                + kp.swaps() + ", players " + Arrays.toString(kp.players()));
        KeyPlayers kp5 = time("key players, k = 5, with 5 random restarts", 1, () -> {
            KeyPlayers k = new KeyPlayers(g, 5, KeyPlayers.MAX_SWAP_PASSES_DEFAULT, 5, KeyPlayers.SEED_DEFAULT);
            k.players();
            return k;
        });
        System.out.println("    F " + kp5.fragmentation() + ", swaps " + kp5.swaps());
        List<Double> modularity = new ArrayList<>();
        time("communities, Louvain (ours), a new seed each run", RUNS, () -> {
            Louvain l = new Louvain(g, 1, modularity.size() + 1, Louvain.MAX_PASSES_DEFAULT);
            modularity.add(l.modularity());
            System.out.println(
                    "    communities " + l.count() + ", modularity " + l.modularity() + ", levels " + l.levels());
            return l;
        });
        String python = System.getProperty("peers.python");
        if (python != null) {
            igraph(python, g);
        }
    }

    /** Writes the edge list and runs igraph's community_multilevel on it, timing only the detection. */
    private static void igraph(String python, WeightedGraph g) throws IOException, InterruptedException {
        Path edges = Files.createTempFile("partner-network", ".txt");
        try (BufferedWriter out = Files.newBufferedWriter(edges)) {
            for (int v = 0; v < g.nodes(); v++) {
                for (int e = g.start(v); e < g.end(v); e++) {
                    if (g.target(e) > v) {
                        out.write(v + " " + g.target(e) + " " + (long) g.weight(e) + "\n");
                    }
                }
            }
        }
        String script = String.join(
                "\n",
                "import sys, time, statistics, random, igraph as ig",
                "n = int(sys.argv[2]); es = []; ws = []",
                "for line in open(sys.argv[1]):",
                "    a, b, w = line.split(); es.append((int(a), int(b))); ws.append(float(w))",
                "g = ig.Graph(n=n, edges=es); g.es['weight'] = ws; del es",
                "ig.set_random_number_generator(random); ts = []",
                "for r in range(" + RUNS + "):",
                "    random.seed(r + 1); t = time.perf_counter(); c = g.community_multilevel(weights='weight')",
                "    ts.append(time.perf_counter() - t)",
                "    print('    igraph %s: communities %d, modularity %.6f, %.2f s' % (ig.__version__, len(c), c.modularity, ts[-1]))",
                "print('| communities, igraph community_multilevel (same graph, weighted) | %.2f | %.2f-%.2f | %d |'"
                        + " % (statistics.median(ts), min(ts), max(ts), len(ts)))");
        Process p = new ProcessBuilder(python, "-c", script, edges.toString(), Integer.toString(g.nodes()))
                .inheritIO()
                .start();
        p.waitFor();
        Files.delete(edges);
    }

    private static <T> T time(String what, int runs, Supplier<T> work) {
        double[] s = new double[runs];
        T result = null;
        for (int r = 0; r < runs; r++) {
            System.gc();
            long t0 = System.nanoTime();
            result = work.get();
            s[r] = (System.nanoTime() - t0) / 1e9;
        }
        double[] sorted = s.clone();
        Arrays.sort(sorted);
        double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        System.out.printf(
                Locale.ROOT, "| %s | %.2f | %.2f-%.2f | %d |%n", what, median, sorted[0], sorted[runs - 1], runs);
        return result;
    }
}
