package org.partnergraph.launcher.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import org.partnergraph.analytics.network.CsrGraph;

/**
 * Writes the bench's graphs, pivots and scores as little-endian binary arrays for
 * {@code scripts/peer-bench.py}, so the peers score the very same graphs from the very same
 * sources: {@code NAME-edges.i32} (pairs a, b with a < b), {@code NAME-weights.f64},
 * {@code NAME-pivots.i32}, {@code NAME-betweenness.f64} (raw, unordered pairs),
 * {@code NAME-pagerank.f64} and {@code NAME-eigenvector.f64} for NAME bipartite and projection;
 * {@code graph.tsv} with the sizes and our overlap counts; {@code timings.tsv} from
 * {@link StageTimes#tsv()}.
 */
final class PeerExport {

    private PeerExport() {}

    static void write(Path dir, KernelStages.Result r, long overlappingPairs, long sharedTotal, StageTimes times)
            throws IOException {
        Files.createDirectories(dir);
        graph(dir, "bipartite", r.bipartite());
        graph(dir, "projection", r.projection());
        ints(dir.resolve("bipartite-pivots.i32"), r.bipartiteBetweenness().pivots());
        ints(dir.resolve("projection-pivots.i32"), r.projectionBetweenness().pivots());
        doubles(
                dir.resolve("bipartite-betweenness.f64"),
                r.bipartiteBetweenness().scores());
        doubles(
                dir.resolve("projection-betweenness.f64"),
                r.projectionBetweenness().scores());
        doubles(dir.resolve("bipartite-pagerank.f64"), r.bipartitePageRank());
        doubles(dir.resolve("projection-pagerank.f64"), r.projectionPageRank());
        doubles(dir.resolve("bipartite-eigenvector.f64"), r.bipartiteEigenvector());
        doubles(dir.resolve("projection-eigenvector.f64"), r.projectionEigenvector());
        Files.writeString(
                dir.resolve("graph.tsv"),
                String.format(
                        Locale.ROOT,
                        "partners\t%d%ngroups\t%d%noverlapping_pairs\t%d%nshared_total\t%d%n",
                        r.edges().partners(),
                        r.edges().groups(),
                        overlappingPairs,
                        sharedTotal));
        Files.writeString(dir.resolve("timings.tsv"), times.tsv());
    }

    private static void graph(Path dir, String name, CsrGraph g) throws IOException {
        int[] offsets = g.offsets();
        int[] targets = g.targets();
        double[] weights = g.weights();
        int edges = g.edgeEnds() / 2;
        int[] pairs = new int[2 * edges];
        double[] w = new double[edges];
        int k = 0;
        for (int v = 0; v < g.nodes(); v++) {
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                if (targets[e] > v) {
                    pairs[2 * k] = v;
                    pairs[2 * k + 1] = targets[e];
                    w[k++] = weights[e];
                }
            }
        }
        ints(dir.resolve(name + "-edges.i32"), Arrays.copyOf(pairs, 2 * k));
        doubles(dir.resolve(name + "-weights.f64"), Arrays.copyOf(w, k));
    }

    private static void ints(Path file, int[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values);
        put(file, b);
    }

    private static void doubles(Path file, double[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(values);
        put(file, b);
    }

    private static void put(Path file, ByteBuffer b) throws IOException {
        try (FileChannel c = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            while (b.hasRemaining()) {
                c.write(b);
            }
        }
    }
}
