package org.partnergraph.launcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.partnergraph.analytics.trajectory.TrajectoryAnalysis;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.BundleWriter;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.Neo4jConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures, on this machine, every stage a national-scale graph goes through: generate, write and
 * read the bundle, start the embedded database, load, read back, and each analysis. Prints the
 * figures and writes them to {@code docs/benchmarks/}.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark load, read and every analysis on a synthetic graph; figures go to docs/benchmarks/.")
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    SizeOptions size;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "docs/benchmarks",
            description = "Where the figures are written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--skip-database", description = "Only the in-memory stages (no load into Neo4j).")
    boolean skipDatabase;

    @Spec
    CommandSpec spec;

    private final List<String[]> rows = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        SyntheticGraph.Size s = size.size();
        w.printf(
                "Benchmark at %s on %d cores, max heap %d MiB%n",
                s,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        PartnershipGraph graph =
                time(w, "generate in memory", 0, () -> SyntheticGraph.generate(s, size.seed, size.partnership));
        long rows0 = GraphStore.loadSize(graph);
        Path tmp = Files.createTempDirectory("partnergraph-bench");
        Path bundle = tmp.resolve("bundle");
        time(w, "write bundle (CSV)", rows0, () -> {
            write(new Dataset(SyntheticGraph.manifest(size.partnership, s), graph), bundle);
            return null;
        });
        Dataset read = time(w, "read and check bundle", rows0, () -> read(bundle));
        if (!skipDatabase) {
            database(w, tmp.resolve("data"), read);
        }
        analyses(w, graph);
        report(s);
        return 0;
    }

    private void database(PrintWriter w, Path data, Dataset dataset) {
        EmbeddedNeo4j neo4j =
                time(w, "start embedded Neo4j (new store)", 0, () -> EmbeddedNeo4j.start(EmbeddedNeo4j.options(data)));
        try (Neo4jConnection c = Neo4jConnection.embedded(neo4j.boltUri(), neo4j.password())) {
            GraphStore store = new GraphStore(c);
            long rows = GraphStore.loadSize(dataset.graph());
            time(
                    w,
                    "load into Neo4j (new partnership: one transaction, UNWIND 10k, CREATE)",
                    rows,
                    () -> store.load(dataset.manifest(), dataset.graph(), n -> {}));
            time(
                    w,
                    "load again (MERGE on ids, nothing changes)",
                    rows,
                    () -> store.load(dataset.manifest(), dataset.graph(), n -> {}));
            time(w, "read whole graph into memory (Bolt)", rows, store::readGraph);
        } finally {
            neo4j.close();
        }
        EmbeddedNeo4j again = time(
                w, "start embedded Neo4j (existing store)", 0, () -> EmbeddedNeo4j.start(EmbeddedNeo4j.options(data)));
        again.close();
    }

    private void analyses(PrintWriter w, PartnershipGraph graph) {
        time(
                w,
                "influence map (all ratings, partner gaps)",
                graph.influences().size(),
                () -> org.partnergraph.analytics.influence.InfluenceMap.of(graph));
        var overlaps = time(
                w,
                "group overlaps (sparse, all pairs)",
                graph.memberships().size(),
                () -> org.partnergraph.analytics.overlap.GroupOverlaps.of(graph));
        w.printf("  %,d overlapping group pairs%n", overlaps.pairs().size());
        var position = time(
                w,
                "network position (bipartite + projection, betweenness sampled above 5k nodes)",
                graph.memberships().size(),
                () -> org.partnergraph.analytics.network.NetworkPosition.of(graph));
        w.printf(
                "  betweenness sampled: %s; groups left out of the projection: %,d%n",
                position.betweennessSampled(), position.groupsLeftOutOfProjection());
        time(w, "movers of every indicator", graph.indicators().size(), () -> {
            graph.indicators()
                    .forEach(i -> org.partnergraph.analytics.movers.IndicatorMovers.rank(graph, i.id(), position));
            return null;
        });
        time(
                w,
                "bridging partners",
                graph.memberships().size(),
                () -> org.partnergraph.analytics.overlap.PartnerOverlaps.bridges(graph, 2));
        time(w, "trajectories (all indicators)", graph.indicators().size(), () -> new TrajectoryAnalysis()
                .analyse(graph));
    }

    private <T> T time(PrintWriter w, String stage, long items, Supplier<T> work) {
        System.gc();
        long t0 = System.nanoTime();
        T result = work.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        String rate = items > 0 ? String.format(Locale.ROOT, "%,.0f /s", items / seconds) : "";
        rows.add(new String[] {
            stage,
            String.format(Locale.ROOT, "%.2f", seconds),
            items > 0 ? String.format(Locale.ROOT, "%,d", items) : "",
            rate,
            String.valueOf(heap)
        });
        w.printf(Locale.ROOT, "%-55s %8.2f s  %14s  %6d MiB heap%n", stage, seconds, rate, heap);
        w.flush();
        return result;
    }

    private void report(SyntheticGraph.Size s) throws IOException {
        Files.createDirectories(out);
        Path file = out.resolve(
                String.format(Locale.ROOT, "bench-%dp-%dg-%dm.md", s.partners(), s.groups(), s.memberships()));
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark: ")
                .append(String.format(
                        Locale.ROOT,
                        "%,d partners, %,d groups, %,d memberships",
                        s.partners(),
                        s.groups(),
                        s.memberships()))
                .append("\n\n");
        md.append("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ")
                .append(System.getProperty("java.version"))
                .append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20)
                .append(" MiB. Reproduce with:\n\n```\n")
                .append(String.format(
                        Locale.ROOT,
                        "java -Xmx%dm -jar launcher/target/partnergraph/partnergraph.jar bench"
                                + " --partners %d --groups %d --memberships %d --seed %d%n",
                        Runtime.getRuntime().maxMemory() >> 20,
                        s.partners(),
                        s.groups(),
                        s.memberships(),
                        size.seed))
                .append("```\n\n| stage | seconds | items | rate | heap after (MiB) |\n|---|---:|---:|---:|---:|\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        Files.writeString(file, md.toString());
        spec.commandLine().getOut().println("Wrote " + file);
    }

    private static void write(Dataset d, Path dir) {
        try {
            BundleWriter.write(d, dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Dataset read(Path dir) {
        try {
            return BundleReader.read(dir);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
