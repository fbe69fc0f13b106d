package org.partnergraph.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.analytics.network.ArrayBetweenness;
import org.partnergraph.analytics.network.MembershipEdges;
import org.partnergraph.analytics.network.MembershipWeights;
import picocli.CommandLine;

/** The bench on a small synthetic graph without the database: repeats, the page, and the export for the peers. */
class BenchCommandTest {

    private static final String[] SIZE = {"--partners", "300", "--groups", "20", "--memberships", "1500"};

    private static int run(StringWriter out, String... args) {
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    private static String[] args(Path dir, String... more) {
        List<String> a = new ArrayList<>(List.of("--skip-database", "--out", dir.toString()));
        a.addAll(List.of(SIZE));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void repeatedRunsGiveAMedianAndRangePerStageAndTheExportMatchesTheKernels(@TempDir Path dir) throws Exception {
        Path export = dir.resolve("peers");
        StringWriter out = new StringWriter();

        assertThat(run(out, args(dir, "--repeat", "3", "--export", export.toString())))
                .as(out.toString())
                .isZero();

        String page = Files.readString(dir.resolve("bench-300p-20g-1500m.md"));
        assertThat(page).contains("--repeat 3", "load average", "| group overlaps (sparse, all pairs) |");
        assertThat(page)
                .containsPattern("\\|   betweenness, partner-group graph \\(\\d+ sources\\) \\| [0-9.]+ \\| "
                        + "[0-9.]+-[0-9.]+ \\| 3 \\|");
        List<String> timings = Files.readAllLines(export.resolve("timings.tsv"));
        assertThat(timings)
                .filteredOn(l -> l.startsWith("overlaps\t"))
                .singleElement()
                .satisfies(l -> assertThat(l.split("\t")).hasSize(5));
        assertThat(timings)
                .filteredOn(l -> l.startsWith("generate\t"))
                .singleElement()
                .satisfies(l -> assertThat(l.split("\t")).hasSize(3));

        MembershipEdges edges = MembershipEdges.of(
                SyntheticGraph.generate(new SyntheticGraph.Size(300, 20, 1500), 2026, "synthetic"),
                MembershipWeights.DEFAULT);
        assertThat(ints(export.resolve("bipartite-edges.i32"))).hasSize(2 * edges.edges());
        double[] exact = new ArrayBetweenness(edges.bipartite()).scores();
        assertThat(doubles(export.resolve("bipartite-betweenness.f64"))).containsExactly(exact);
        assertThat(ints(export.resolve("bipartite-pivots.i32"))).hasSize(exact.length);
        assertThat(Files.readString(export.resolve("graph.tsv"))).contains("partners\t" + edges.partners());
    }

    @Test
    void fewerThanOneRunIsRefused(@TempDir Path dir) {
        StringWriter out = new StringWriter();

        assertThat(run(out, args(dir, "--repeat", "0"))).isEqualTo(2);
        assertThat(out.toString()).contains("--repeat must be at least 1, was 0");
        assertThat(dir.resolve("bench-300p-20g-1500m.md")).doesNotExist();
    }

    private static int[] ints(Path file) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int[] out = new int[b.remaining() / 4];
        b.asIntBuffer().get(out);
        return out;
    }

    private static double[] doubles(Path file) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        double[] out = new double[b.remaining() / 8];
        b.asDoubleBuffer().get(out);
        return Arrays.copyOf(out, out.length);
    }
}
