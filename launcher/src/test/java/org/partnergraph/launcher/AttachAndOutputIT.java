package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.partnergraph.neo4j.embedded.BoltAccess;
import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;
import org.partnergraph.store.testing.TestBundles;

/**
 * Commands on a data folder that another holder (here the test, as a workbench or {@code serve}
 * would) has open: they attach to its database over Bolt instead of refusing, and with
 * {@code --format csv|json} stdout is exactly the data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachAndOutputIT {

    private Path data;
    private EmbeddedNeo4j holder;

    @BeforeAll
    void loadTheSmallBundleThenHoldTheFolder(@TempDir Path tmp) {
        data = tmp.resolve("data");
        Cli load = Cli.run("load", TestBundles.small().toString(), "--data-dir", data.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        holder = EmbeddedNeo4j.start(EmbeddedNeo4j.options(data));
    }

    @AfterAll
    void stopTheHolder() {
        holder.close();
    }

    @Test
    void statsOnAHeldFolderAttachesToItsDatabaseAndCountsTheSame() throws Exception {
        Cli stats = Cli.run("stats", "--format", "json", "--data-dir", data.toString());

        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.err())
                .startsWith("Using the database running on " + data.toAbsolutePath() + " (" + holder.boltUri()
                        + ", process " + ProcessHandle.current().pid() + ").");
        JsonNode rows = json(stats.out());
        try (Driver driver = GraphDatabase.driver(
                        holder.boltUri(),
                        AuthTokens.basic("neo4j", new String(holder.password())),
                        Config.builder().withoutEncryption().build());
                var session = driver.session()) {
            for (String label : List.of("Partner", "Group", "Measurement", "Indicator")) {
                long direct = session.run("MATCH (n:" + label + ") RETURN count(n) AS n")
                        .single()
                        .get("n")
                        .asLong();
                assertThat(count(rows, label)).as(label).isEqualTo(direct).isPositive();
            }
            long influences = session.run("MATCH ()-[r:INFLUENCES]->() RETURN count(r) AS n")
                    .single()
                    .get("n")
                    .asLong();
            assertThat(count(rows, "INFLUENCES")).isEqualTo(influences).isEqualTo(5);
        }
        assertThat(count(rows, "Partner")).isEqualTo(5);
        // the holder's access file is still there: the command started no database of its own to clean up after
        assertThat(BoltAccess.read(data)).isPresent();
    }

    @Test
    void aBadIdOnTheAttachedDatabaseIsStillOneSentence() {
        Cli clear = Cli.run("clear", "nowhere", "--data-dir", data.toString());
        assertThat(clear.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(clear.err()).endsWith("The database holds no partnership 'nowhere'.\n");
    }

    static Stream<Arguments> commands() {
        Path plugins = Path.of("target/partnergraph/plugins").toAbsolutePath();
        return Stream.of(
                Arguments.of(List.of("stats"), "kind"),
                Arguments.of(List.of("stats", "--partnership", "testshire"), "kind"),
                Arguments.of(List.of("scores"), "partner"),
                Arguments.of(List.of("scores", "--ratings"), "objective"),
                Arguments.of(List.of("overlaps"), "group_a"),
                Arguments.of(List.of("overlaps", "--measure", "shared", "--threshold", "1"), "group_a"),
                Arguments.of(List.of("overlaps", "--bridges"), "partner"),
                Arguments.of(List.of("overlaps", "--partner", "cc"), "partner"),
                Arguments.of(List.of("trajectories"), "indicator"),
                Arguments.of(List.of("trajectory", "NI 8"), "area"),
                Arguments.of(List.of("movers", "NI 8"), "partner"),
                Arguments.of(List.of("view", "--list", "--plugins", plugins.toString()), "id"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void jsonOnStdoutIsExactlyAnArrayOfObjects(List<String> command, String firstColumn) throws Exception {
        Cli run = run(command, "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = json(run.out());
        assertThat(rows.isArray()).isTrue();
        for (JsonNode row : rows) {
            assertThat(row.isObject()).isTrue();
            assertThat(row.fieldNames().next()).isEqualTo(firstColumn);
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void csvOnStdoutIsExactlyAHeaderAndRowsOfTheSameWidth(List<String> command, String firstColumn) throws Exception {
        Cli csv = run(command, "csv");
        Cli json = run(command, "json");

        assertThat(csv.exitCode()).as(csv.err()).isZero();
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv.out()))) {
            records = parser.getRecords();
        }
        assertThat(records).isNotEmpty();
        CSVRecord header = records.get(0);
        assertThat(header.get(0)).isEqualTo(firstColumn);
        assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(header.size()));
        assertThat(records).hasSize(json(json.out()).size() + 1);
    }

    @Test
    void titlesGoToStderrWithCsvAndJsonAndAboveTheTableOtherwise() {
        Cli csv = run(List.of("movers", "NI 8"), "csv");
        assertThat(csv.out()).startsWith("partner,score,");
        assertThat(csv.err()).contains("Who can move NI 8 Adult participation in sport");

        Cli table = run(List.of("trajectory", "NI 8"), "table");
        assertThat(table.out().lines().findFirst().orElseThrow())
                .isEqualTo("NI 8 Adult participation in sport (%, higher is better)");
        Cli json = run(List.of("trajectory", "NI 8"), "json");
        assertThat(json.out()).startsWith("[");
        assertThat(json.err()).contains("NI 8 Adult participation in sport (%, higher is better)");
    }

    @Test
    void aStaleAccessFileOfAKilledHolderIsIgnoredAndTakenOver(@TempDir Path other) throws Exception {
        Files.createDirectories(other);
        Files.writeString(other.resolve("partnergraph.lock"), "");
        Files.writeString(
                other.resolve(BoltAccess.FILE),
                "uri=bolt\\://127.0.0.1\\:1\nuser=neo4j\npassword=old-password\npid=" + deadPid() + "\n");

        Cli stats = Cli.run("stats", "--format", "csv", "--data-dir", other.toString());

        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.err()).doesNotContain("Using the database running");
        assertThat(stats.out()).startsWith("kind,name,count\n");
        assertThat(other.resolve(BoltAccess.FILE)).doesNotExist();
    }

    private Cli run(List<String> command, String format) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--format", format, "--data-dir", data.toString()));
        return Cli.run(args.toArray(String[]::new));
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .readTree(text);
    }

    private static long count(JsonNode rows, String name) {
        for (JsonNode r : rows) {
            if (r.get("name").asText().equals(name)) {
                return r.get("count").asLong();
            }
        }
        throw new AssertionError("no row " + name);
    }

    /** The pid of a process that has exited. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
