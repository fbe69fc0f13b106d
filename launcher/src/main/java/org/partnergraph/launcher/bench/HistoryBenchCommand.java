package org.partnergraph.launcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Period;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Score;
import org.partnergraph.model.Wave;
import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.Neo4jConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What history costs a read: a synthetic graph with {@code --waves} published re-assessment waves of
 * every rating and tracker row and a year of monthly actuals per indicator, loaded into a new
 * embedded store; then, alternately and {@code --repeat} times, the current graph, the graph as of
 * a date in the middle of the waves, and the whole history are read. The goal: as of a date
 * at most 1.2x the current read.
 */
@Command(
        name = "bench-history",
        mixinStandardHelpOptions = true,
        description = "Times reading the graph as of a date against reading it now, on a synthetic graph with"
                + " re-assessment waves and monthly actuals; writes docs/benchmarks/history.md.")
public final class HistoryBenchCommand implements Callable<Integer> {

    static final LocalDate FIRST_WAVE = LocalDate.parse("2016-09-01");

    @Mixin
    SizeOptions size;

    @Option(names = "--waves", defaultValue = "10", description = "Re-assessment waves (default: ${DEFAULT-VALUE}).")
    int waves;

    @Option(
            names = "--repeat",
            defaultValue = "3",
            description = "Repetitions of each read (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs/benchmarks", description = "Where the page goes.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (waves < 1 || repeat < 1) {
            throw new IllegalArgumentException("--waves and --repeat must be at least 1.");
        }
        PrintWriter w = spec.commandLine().getOut();
        SyntheticGraph.Size s = new SyntheticGraph.Size(size.partners, size.groups, size.memberships);
        PartnershipGraph history =
                withHistory(SyntheticGraph.generate(s, size.seed, size.partnership), waves, size.seed);
        long rows = GraphStore.loadSize(history);
        Path data = Files.createTempDirectory("partnergraph-bench-history");
        LocalDate middle = FIRST_WAVE.plusYears(waves / 2).plusDays(1);
        List<double[]> times = new ArrayList<>();
        double load;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.options(data));
                Neo4jConnection c = Neo4jConnection.embedded(neo4j.boltUri(), neo4j.password())) {
            GraphStore store = new GraphStore(c);
            load = seconds(() -> store.load(SyntheticGraph.manifest(size.partnership, s), history, n -> {}));
            w.printf(Locale.ROOT, "loaded %,d rows in %.1f s%n", rows, load);
            for (int r = 0; r < repeat; r++) {
                double now = seconds(store::readGraph);
                double asOf = seconds(() -> store.readGraph(middle, store.user()));
                double all = seconds(store::readHistory);
                times.add(new double[] {now, asOf, all});
                w.printf(
                        Locale.ROOT,
                        "run %d: current %.2f s, as of %s %.2f s, history %.2f s%n",
                        r + 1,
                        now,
                        middle,
                        asOf,
                        all);
                w.flush();
            }
        }
        write(s, history, rows, load, middle, times);
        return 0;
    }

    /**
     * Adds {@code waves} yearly published waves: each re-rates every rating (quality moves by one at
     * random) and re-assesses every tracker row; and twelve monthly actuals for every indicator.
     */
    static PartnershipGraph withHistory(PartnershipGraph g, int waves, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PartnershipGraph.Builder b = g.toBuilder();
        String p = g.partnerships().get(0);
        Provenance src = Provenance.of("generated");
        for (int k = 0; k < waves; k++) {
            LocalDate date = FIRST_WAVE.plusYears(k);
            Wave wave = new Wave(p + ":wave-" + k, p, "Review " + date.getYear(), date, "bench", true, "generated");
            b.waves.add(wave);
            Dating d = new Dating(date, Instant.parse(date + "T12:00:00Z"), "bench", wave.id(), false);
            for (Influence i : g.influences()) {
                int q = Math.max(1, Math.min(5, (int) i.quality().mid() + random.nextInt(3) - 1));
                b.influences.add(new Influence(i.partnerId(), i.objectiveId(), i.influence(), Score.of(q), src, d));
            }
            for (Relationship r : g.relationships()) {
                b.relationships.add(r.withDating(d));
            }
        }
        LocalDate year = FIRST_WAVE.plusYears(waves - 1).withDayOfMonth(1);
        for (Indicator i : g.indicators()) {
            for (int m = 0; m < 12; m++) {
                LocalDate start = year.plusMonths(m);
                Period month = Period.of(start, start.plusMonths(1).minusDays(1));
                b.measurements.add(new Measurement(
                        Measurement.derivedId(i.id(), MeasurementKind.ACTUAL, month, ""),
                        i.id(),
                        month,
                        MeasurementKind.ACTUAL,
                        random.nextInt(100),
                        "",
                        p,
                        src,
                        Dating.from(start.plusMonths(1))));
            }
        }
        return b.build();
    }

    private static double seconds(Supplier<?> work) {
        System.gc();
        long t0 = System.nanoTime();
        Objects.requireNonNull(work.get(), "a read returned nothing");
        return (System.nanoTime() - t0) / 1e9;
    }

    private void write(
            SyntheticGraph.Size s, PartnershipGraph h, long rows, double load, LocalDate middle, List<double[]> times)
            throws IOException {
        Files.createDirectories(out);
        Path file = out.resolve("history.md");
        double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        StringBuilder md = new StringBuilder("# Reading as of a date\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Measured %s on %d cores (load average %.1f), Java %s, max heap %d MiB: %,d partners, %,d groups,"
                        + " %,d memberships; %d waves of every rating (%,d rating records) and tracker row (%,d),"
                        + " %,d measurements with a year of monthly actuals; %,d rows loaded in %.1f s. Reproduce with"
                        + " `java -jar launcher/target/partnergraph/partnergraph.jar bench-history --partners %d"
                        + " --groups %d --memberships %d --waves %d --repeat %d`.%n%n",
                LocalDate.now(ZoneOffset.UTC),
                Runtime.getRuntime().availableProcessors(),
                loadAverage,
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                s.partners(),
                s.groups(),
                s.memberships(),
                waves,
                h.influences().size(),
                h.relationships().size(),
                h.measurements().size(),
                rows,
                load,
                s.partners(),
                s.groups(),
                s.memberships(),
                waves,
                repeat));
        md.append("| read | median (s) | range (s) | vs current |\n|---|---:|---:|---:|\n");
        String[] names = {"current graph (as of today)", "as of " + middle, "whole history"};
        double current = median(times, 0);
        for (int k = 0; k < names.length; k++) {
            double med = median(times, k);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f-%.2f | %.2fx |%n",
                    names[k],
                    med,
                    min(times, k),
                    max(times, k),
                    med / current));
        }
        Files.writeString(file, md.toString());
        spec.commandLine().getOut().println("Wrote " + file);
    }

    private static double median(List<double[]> t, int k) {
        double[] v = t.stream().mapToDouble(x -> x[k]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double min(List<double[]> t, int k) {
        return t.stream().mapToDouble(x -> x[k]).min().orElse(0);
    }

    private static double max(List<double[]> t, int k) {
        return t.stream().mapToDouble(x -> x[k]).max().orElse(0);
    }
}
