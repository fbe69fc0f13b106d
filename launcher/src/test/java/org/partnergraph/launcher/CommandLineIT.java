package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;
import org.partnergraph.store.testing.TestBundles;

/** The real command line on a real embedded database in a temporary folder. */
class CommandLineIT {

    @TempDir
    Path tmp;

    private String data() {
        return tmp.resolve("data").toString();
    }

    @Test
    void loadStatsReloadExportAndLoadTheExportAgain() throws Exception {
        String small = TestBundles.small().toString();

        Cli load = Cli.run("load", small, "--data-dir", data());
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).contains("Loaded " + small + " (testshire): 59 rows");

        Cli stats = Cli.run("--data-dir", data(), "stats", "--format", "json");
        assertThat(stats.exitCode()).isZero();
        JsonNode counts = new ObjectMapper().readTree(stats.out());
        assertThat(count(counts, "Partner")).isEqualTo(5);
        assertThat(count(counts, "INFLUENCES")).isEqualTo(5);
        assertThat(count(counts, "Measurement")).isEqualTo(8);

        Cli again = Cli.run("load", small, "--data-dir", data());
        assertThat(again.exitCode()).isZero();
        assertThat(Cli.run("stats", "--format", "json", "--data-dir", data()).out())
                .isEqualTo(stats.out());

        Cli export = Cli.run("export", tmp.resolve("out").toString(), "--data-dir", data());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(tmp.resolve("out/testshire/partners.csv")).exists();
        Cli validate = Cli.run("validate", tmp.resolve("out/testshire").toString());
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).contains("is valid: 5 partners, 2 groups");

        JsonNode scores = new ObjectMapper()
                .readTree(Cli.run("scores", "--format", "json", "--data-dir", data())
                        .out());
        assertThat(scores.get(0).get("partner").asText()).isEqualTo("Voluntary and Community Sector");
        assertThat(scores.get(0).get("relationship_gap").asDouble()).isEqualTo(10 + 4 * 1.5);
        assertThat(scores.get(1).get("quadrant").asText()).isEqualTo("build the relationship");

        JsonNode trajectories = new ObjectMapper()
                .readTree(Cli.run("trajectories", "--format", "json", "--data-dir", data())
                        .out());
        assertThat(trajectories.get(0).get("indicator").asText()).isEqualTo("NI 8 Adult participation in sport");
        assertThat(trajectories.get(0).get("status").asText()).isEqualTo("off track");
        assertThat(trajectories.get(0).get("expected").asDouble()).isEqualTo(22.3);

        Cli overlaps = Cli.run("overlaps", "--format", "csv", "--data-dir", data());
        assertThat(overlaps.out())
                .isEqualTo("group_a,group_b,shared,size_a,size_b,jaccard,overlap\n"
                        + "Health and Wellbeing Board,Physical Activity Alliance,1,3,3,0.2,0.333\n");

        Cli table = Cli.run("stats", "--data-dir", data());
        assertThat(table.out().lines()).first().asString().matches("kind +name +count");
        assertThat(table.out().lines())
                .anyMatch(l -> l.matches("node +Partner +5"))
                .anyMatch(l -> l.matches("relationship +MEMBER_OF +6"));
    }

    private static long count(JsonNode rows, String name) {
        for (JsonNode r : rows) {
            if (r.get("name").asText().equals(name)) {
                return r.get("count").asLong();
            }
        }
        throw new AssertionError("no row " + name);
    }

    @Test
    void aBadBundleExitsOneWithFileLineColumnAndLoadsNothing() throws Exception {
        Path bundle = TestBundles.copyOfSmall(tmp);
        Files.writeString(bundle.resolve("memberships.csv"), "partner,group,role,source\nph,hwb,chair,x\nnhs,hlp,,x\n");

        Cli load = Cli.run("load", bundle.toString(), "--data-dir", data());

        assertThat(load.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(load.err())
                .isEqualTo("memberships.csv:3: group: unknown group 'hlp'\n"
                        + "Nothing was loaded: fix the problems above and try again.\n");
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void anUnreachableServerExitsThreeWithOneSentence() {
        Cli stats = Cli.run("stats", "--neo4j-uri", "bolt://127.0.0.1:1");

        assertThat(stats.exitCode()).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
        assertThat(stats.err())
                .isEqualTo("Cannot connect to bolt://127.0.0.1:1: nothing answers there"
                        + " (is the server running, and is the address right?).\n");
    }

    @Test
    void aMistypedCommandExitsTwo() {
        assertThat(Cli.run("lod", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("stats", "--format", "xml").err()).contains("'xml' is not a format; use table, csv or json");
    }

    @Test
    void aSecondProcessOnAHeldDataFolderAttachesToTheRunningDatabase() throws Exception {
        Path jar = Path.of("target/partnergraph/partnergraph.jar").toAbsolutePath();
        assertThat(jar).exists();
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(EmbeddedNeo4j.options(tmp.resolve("data")))) {
            Process second = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            jar.toString(),
                            "stats",
                            "--format",
                            "csv",
                            "--data-dir",
                            data())
                    .redirectError(
                            ProcessBuilder.Redirect.to(tmp.resolve("err.txt").toFile()))
                    .start();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String errors = Files.readString(tmp.resolve("err.txt"));

            assertThat(second.exitValue()).as(errors).isZero();
            assertThat(errors.strip())
                    .isEqualTo("Using the database running on " + first.dataDir() + " (" + first.boltUri()
                            + ", process " + ProcessHandle.current().pid() + ").");
            assertThat(output).startsWith("kind,name,count\n");
        }
    }
}
