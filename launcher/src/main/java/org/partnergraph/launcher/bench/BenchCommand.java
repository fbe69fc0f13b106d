package org.partnergraph.launcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.partnergraph.analytics.influence.InfluenceMap;
import org.partnergraph.analytics.movers.IndicatorMovers;
import org.partnergraph.analytics.network.NetworkPosition;
import org.partnergraph.analytics.overlap.GroupOverlaps;
import org.partnergraph.analytics.overlap.GroupPair;
import org.partnergraph.analytics.overlap.PartnerOverlaps;
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
import picocli.CommandLine.ParameterException;
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

    @Option(
            names = "--repeat",
            paramLabel = "N",
            defaultValue = "1",
            description = "Run the in-memory analyses N times; the table gives the median and the range"
                    + " (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(
            names = "--export",
            paramLabel = "DIR",
            description = "Also write the graphs, pivots, scores and timings for scripts/peer-bench.py into DIR.")
    Path export;

    @Spec
    CommandSpec spec;

    private StageTimes times;
    private double loadBefore;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        if (repeat < 1) {
            throw new ParameterException(spec.commandLine(), "--repeat must be at least 1, was " + repeat);
        }
        times = new StageTimes(w);
        loadBefore = loadAverage();
        SyntheticGraph.Size s = size.size();
        w.printf(
                "Benchmark at %s on %d cores, max heap %d MiB, load average %.2f%n",
                s,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                loadBefore);
        PartnershipGraph graph = time(
                "generate", "generate in memory", 0, () -> SyntheticGraph.generate(s, size.seed, size.partnership));
        long rows0 = GraphStore.loadSize(graph);
        Path tmp = Files.createTempDirectory("partnergraph-bench");
        Path bundle = tmp.resolve("bundle");
        time("write-bundle", "write bundle (CSV)", rows0, () -> {
            write(new Dataset(SyntheticGraph.manifest(size.partnership, s), graph), bundle);
            return null;
        });
        Dataset read = time("read-bundle", "read and check bundle", rows0, () -> read(bundle));
        if (!skipDatabase) {
            database(tmp.resolve("data"), read);
        }
        for (int r = 1; r <= repeat; r++) {
            if (repeat > 1) {
                w.printf("Run %d of %d%n", r, repeat);
            }
            analyses(w, graph, r == repeat);
        }
        report(s);
        return 0;
    }

    private void database(Path data, Dataset dataset) {
        EmbeddedNeo4j neo4j = time(
                "start-new",
                "start embedded Neo4j (new store)",
                0,
                () -> EmbeddedNeo4j.start(EmbeddedNeo4j.options(data)));
        try (Neo4jConnection c = Neo4jConnection.embedded(neo4j.boltUri(), neo4j.password())) {
            GraphStore store = new GraphStore(c);
            long rows = GraphStore.loadSize(dataset.graph());
            time(
                    "load",
                    "load into Neo4j (new partnership: one transaction, UNWIND 10k, CREATE)",
                    rows,
                    () -> store.load(dataset.manifest(), dataset.graph(), n -> {}));
            time(
                    "load-again",
                    "load again (MERGE on ids, nothing changes)",
                    rows,
                    () -> store.load(dataset.manifest(), dataset.graph(), n -> {}));
            time("read-graph", "read whole graph into memory (Bolt)", rows, store::readGraph);
        } finally {
            neo4j.close();
        }
        EmbeddedNeo4j again = time(
                "start-existing",
                "start embedded Neo4j (existing store)",
                0,
                () -> EmbeddedNeo4j.start(EmbeddedNeo4j.options(data)));
        again.close();
    }

    private void analyses(PrintWriter w, PartnershipGraph graph, boolean last) throws IOException {
        time(
                "influence",
                "influence map (all ratings, partner gaps)",
                graph.influences().size(),
                () -> InfluenceMap.of(graph));
        GroupOverlaps overlaps = time(
                "overlaps",
                "group overlaps (sparse, all pairs)",
                graph.memberships().size(),
                () -> GroupOverlaps.of(graph));
        w.printf("  %,d overlapping group pairs%n", overlaps.pairs().size());
        NetworkPosition position = time(
                "network-position",
                "network position (bipartite + projection, betweenness sampled above 5k nodes)",
                graph.memberships().size(),
                () -> NetworkPosition.of(graph));
        w.printf(
                "  betweenness sampled: %s; groups left out of the projection: %,d%n",
                position.betweennessSampled(), position.groupsLeftOutOfProjection());
        KernelStages.Result kernels = KernelStages.run(times, graph);
        time("movers", "movers of every indicator", graph.indicators().size(), () -> {
            graph.indicators().forEach(i -> IndicatorMovers.rank(graph, i.id(), position));
            return null;
        });
        time("bridges", "bridging partners", graph.memberships().size(), () -> PartnerOverlaps.bridges(graph, 2));
        time("trajectories", "trajectories (all indicators)", graph.indicators().size(), () -> new TrajectoryAnalysis()
                .analyse(graph));
        if (last && export != null) {
            long shared = 0;
            for (GroupPair p : overlaps.pairs()) {
                shared += p.shared();
            }
            PeerExport.write(export, kernels, overlaps.pairs().size(), shared, times);
            w.println("Wrote the graphs for the peers to " + export);
        }
    }

    private <T> T time(String key, String stage, long items, Supplier<T> work) {
        return times.time(key, stage, items, work);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void report(SyntheticGraph.Size s) throws IOException {
        Files.createDirectories(out);
        Path file = out.resolve(
                String.format(Locale.ROOT, "bench-%dp-%dg-%dm.md", s.partners(), s.groups(), s.memberships()));
        String md = String.format(
                        Locale.ROOT,
                        "# Benchmark: %,d partners, %,d groups, %,d memberships%n%n",
                        s.partners(),
                        s.groups(),
                        s.memberships())
                + String.format(
                        Locale.ROOT,
                        "Measured %s on %d cores, Java %s, max heap %d MiB; load average (1 minute) %.2f at the"
                                + " start, %.2f at the end; the in-memory analyses run %d time(s). Reproduce with:%n%n",
                        LocalDate.now(ZoneOffset.UTC),
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"),
                        Runtime.getRuntime().maxMemory() >> 20,
                        loadBefore,
                        loadAverage(),
                        repeat)
                + String.format(
                        Locale.ROOT,
                        "```%njava -Xmx%dm -jar launcher/target/partnergraph/partnergraph.jar bench%s"
                                + " --partners %d --groups %d --memberships %d --seed %d --repeat %d%n```%n%n",
                        Runtime.getRuntime().maxMemory() >> 20,
                        skipDatabase ? " --skip-database" : "",
                        s.partners(),
                        s.groups(),
                        s.memberships(),
                        size.seed,
                        repeat)
                + "Indented stages are the steps inside network position, each timed alone.\n\n"
                + times.table();
        Files.writeString(file, md);
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
