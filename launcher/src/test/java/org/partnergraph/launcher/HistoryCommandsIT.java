package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;

/**
 * Issue #13's check on the command line, through the real store: Hertfordshire loaded into a data
 * folder that the test holds (as a workbench would), so each command attaches to one database.
 * The outcome table (001) rates the NHS on Objective 2 influence 5, quality 3; alex re-rates the
 * quality 4 from 2025-06-01, and every analysis reads the graph as of the date asked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HistoryCommandsIT {

    static final String NHS = "National Health Service";
    static final String OBJ2 = "Objective 2 - To contribute to an active and healthier Hertfordshire";

    private Path tmp;

    private String data;
    private EmbeddedNeo4j holder;

    @BeforeAll
    void loadHertfordshireAndHoldTheFolder(@TempDir Path dir) {
        tmp = dir;
        data = tmp.resolve("data").toString();
        holder = EmbeddedNeo4j.start(EmbeddedNeo4j.options(tmp.resolve("data")));
        Cli load = cli("load", Path.of("..", "graphs", "hertfordshire").toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
    }

    @AfterAll
    void stopTheHolder() {
        holder.close();
    }

    private Cli cli(String... args) {
        String[] all =
                Stream.concat(Stream.of(args), Stream.of("--data-dir", data)).toArray(String[]::new);
        return Cli.run(all);
    }

    @Test
    @Order(1)
    void aRatingHoldsFromItsDateAndTheOldOneBeforeIt() throws Exception {
        assertThat(quality("--as-of", "2025-05-31")).isEqualTo("3");

        Cli rate = cli(
                "rate",
                "national-health-service",
                "obj-2",
                "--quality",
                "4",
                "--as-of",
                "2025-06-01",
                "--user",
                "alex");
        assertThat(rate.exitCode()).as(rate.err()).isZero();
        assertThat(rate.out())
                .isEqualTo("Rated " + NHS + " on " + OBJ2 + ": influence 5, quality 4, from 2025-06-01"
                        + " (was influence 5, quality 3).\n");

        assertThat(quality("--as-of", "2025-05-31")).isEqualTo("3");
        assertThat(quality("--as-of", "2025-06-01")).isEqualTo("4");
        assertThat(quality("--as-of", "2025-06-02")).isEqualTo("4");
        assertThat(quality()).isEqualTo("4");
        assertThat(quality("--theme", "csp-outcomes", "--as-of", "2025-05-31"))
                .as("a theme's slice is taken from the graph as of the date")
                .isEqualTo("3");
        assertThat(quality("--theme", "csp-outcomes")).isEqualTo("4");
    }

    @Test
    @Order(1)
    void aThemeHoldsOnlyItsOwnObjectivesRatings() throws Exception {
        // Every rating in the seeds is on one of the four CSP strategic outcomes (001's outcome table).
        long seedRatings;
        try (Stream<String> lines = Files.lines(Path.of("..", "graphs", "hertfordshire", "influences.csv"))) {
            seedRatings = lines.count() - 1;
        }
        Cli theme = cli("scores", "--ratings", "--theme", "csp-outcomes", "--format", "csv");
        assertThat(theme.exitCode()).as(theme.err()).isZero();
        assertThat(csv(theme.out())).hasSize((int) seedRatings).allSatisfy(r -> assertThat(r.get("objective"))
                .startsWith("Objective "));
        Cli other = cli("scores", "--ratings", "--theme", "laa-children-young-people", "--format", "csv");
        assertThat(other.exitCode()).as(other.err()).isZero();
        assertThat(csv(other.out())).as("no rating is on a LAA theme").isEmpty();
    }

    @Test
    @Order(2)
    void historyListsBothValuesWithWhoAndWhen() throws Exception {
        Cli history = cli("history", "--partner", "national-health-service", "--objective", "obj-2", "--format", "csv");
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.err()).endsWith("2 changes.\n");
        List<CSVRecord> rows = csv(history.out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("valid_from")).isEqualTo("undated");
        assertThat(rows.get(0).get("recorded_by")).isEmpty();
        assertThat(rows.get(0).get("after")).isEqualTo("influence 5, quality 3");
        assertThat(rows.get(0).get("source")).isEqualTo("001_d8b1239257a95d12.txt: CSP strategic outcome table");
        assertThat(rows.get(1).get("valid_from")).isEqualTo("2025-06-01");
        assertThat(rows.get(1).get("recorded_by")).isEqualTo("alex");
        assertThat(rows.get(1).get("recorded_at")).matches("20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC");
        assertThat(rows.get(1).get("before")).isEqualTo("influence 5, quality 3");
        assertThat(rows.get(1).get("after")).isEqualTo("influence 5, quality 4");
        assertThat(rows.get(1).get("subject")).isEqualTo(NHS + " / " + OBJ2);

        Cli later = cli("history", "--partner", "national-health-service", "--from", "2025-01-01", "--format", "csv");
        assertThat(csv(later.out())).hasSize(1);
        // The NHS has one membership in the seeds (the Drugs Partnership, 003's NI 40 key partners) and no tracker row.
        Cli memberships =
                cli("history", "--partner", "national-health-service", "--kind", "membership", "--format", "csv");
        assertThat(csv(memberships.out()))
                .singleElement()
                .satisfies(r -> assertThat(r.get("kind")).isEqualTo("membership"))
                .satisfies(r -> assertThat(r.get("subject")).contains("Drugs Partnership"));
        assertThat(csv(cli("history", "--partner", "national-health-service", "--kind", "stage", "--format", "csv")
                        .out()))
                .isEmpty();
    }

    @Test
    @Order(3)
    void aDraftWaveIsSeenByItsAuthorUntilPublishedAndTwoWavesCompare() throws Exception {
        assertThat(cli(
                                "wave",
                                "start",
                                "2025 review",
                                "--partnership",
                                "hertfordshire",
                                "--date",
                                "2025-09-01",
                                "--user",
                                "alex")
                        .exitCode())
                .isZero();
        assertThat(cli("wave", "publish", "2025 review").exitCode()).isZero();
        assertThat(cli(
                                "wave",
                                "start",
                                "2026 review",
                                "--partnership",
                                "hertfordshire",
                                "--date",
                                "2026-09-01",
                                "--user",
                                "alex")
                        .exitCode())
                .isZero();
        Cli rate = cli(
                "rate",
                "national-health-service",
                "obj-2",
                "--quality",
                "5",
                "--wave",
                "2026 review",
                "--user",
                "alex");
        assertThat(rate.exitCode()).as(rate.err()).isZero();

        assertThat(quality("--as-of", "2026-09-02", "--user", "alex")).isEqualTo("5");
        assertThat(quality("--as-of", "2026-09-02", "--user", "sam")).isEqualTo("4");

        assertThat(cli("wave", "publish", "2026 review").exitCode()).isZero();
        assertThat(quality("--as-of", "2026-09-02", "--user", "sam")).isEqualTo("5");

        Cli compare = cli("wave", "compare", "2025 review", "2026 review", "--format", "csv");
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        assertThat(compare.err()).endsWith("1 of the things 2025 review or 2026 review assessed changed.\n");
        List<CSVRecord> rows = csv(compare.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("subject")).isEqualTo(NHS + " / " + OBJ2);
        assertThat(rows.get(0).get("2025 review")).isEqualTo("influence 5, quality 4");
        assertThat(rows.get(0).get("2026 review")).isEqualTo("influence 5, quality 5");

        Cli list = cli("wave", "list", "--format", "csv");
        assertThat(csv(list.out())).extracting(r -> r.get("name")).contains("2025 review", "2026 review");
    }

    @Test
    @Order(4)
    void exportLoadIntoAnEmptyStoreAndExportAgainGivesIdenticalFilesHistoryIncluded() throws Exception {
        Path first = tmp.resolve("first");
        Cli export = cli("export", first.toString(), "--partnership", "hertfordshire");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(first.resolve("hertfordshire/influences.csv")))
                .contains("2025-06-01")
                .contains("alex");

        String other = tmp.resolve("other").toString();
        Cli load = Cli.run("load", first.resolve("hertfordshire").toString(), "--data-dir", other);
        assertThat(load.exitCode()).as(load.err()).isZero();
        Path second = tmp.resolve("second");
        Cli again = Cli.run("export", second.toString(), "--data-dir", other);
        assertThat(again.exitCode()).as(again.err()).isZero();

        try (Stream<Path> files = Files.list(first.resolve("hertfordshire"))) {
            for (Path f : files.toList()) {
                assertThat(second.resolve("hertfordshire").resolve(f.getFileName()))
                        .as(f.getFileName().toString())
                        .hasSameBinaryContentAs(f);
            }
        }
    }

    @Test
    @Order(5)
    void aBadDateIsAUsageErrorWithASentence() {
        Cli bad = cli("scores", "--as-of", "2025-13-01");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("'2025-13-01' is not a date; write it as YYYY-MM-DD, e.g. 2025-06-01");
    }

    /** The NHS's quality on Objective 2 in {@code scores --ratings}. */
    private String quality(String... options) throws IOException {
        String[] args = Stream.concat(Stream.of("scores", "--ratings", "--format", "csv"), Stream.of(options))
                .toArray(String[]::new);
        Cli scores = cli(args);
        assertThat(scores.exitCode()).as(scores.err()).isZero();
        return csv(scores.out()).stream()
                .filter(r -> r.get("partner").equals(NHS) && r.get("objective").equals(OBJ2))
                .findFirst()
                .orElseThrow()
                .get("quality");
    }

    static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }
}
