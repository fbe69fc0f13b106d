package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.Neo4jConnection;
import org.partnergraph.store.testing.GraphDump;

/**
 * Issue #14's checks of {@code import} through the real store: Hertfordshire loaded into a folder the
 * test holds, each command attaching to it. The ratings and the actuals other than NI 45's 2008/09 Q2
 * (80%, from 003) are made up for this test; the names are the graph's partners, spelled otherwise.
 * "The graph is unchanged" is a comparison of full database dumps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportCommandIT {

    static final String HCC = "hertfordshire:hertfordshire-county-council";
    static final String NHT = "hertfordshire:nhs-health-trust";

    private Path tmp;
    private String data;
    private EmbeddedNeo4j holder;
    private Neo4jConnection connection;
    private GraphStore store;

    @BeforeAll
    void loadHertfordshireAndHoldTheFolder(@TempDir Path dir) {
        tmp = dir;
        data = tmp.resolve("data").toString();
        holder = EmbeddedNeo4j.start(EmbeddedNeo4j.options(tmp.resolve("data")));
        Cli load = cli("load", Path.of("..", "graphs", "hertfordshire").toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        connection = Neo4jConnection.embedded(holder.boltUri(), holder.password());
        store = new GraphStore(connection);
    }

    @AfterAll
    void stopTheHolder() {
        connection.close();
        holder.close();
    }

    /** Every command attaches to the held folder and says so on its first line of stderr. */
    private Cli cli(String... args) {
        return Cli.run(
                Stream.concat(Stream.of(args), Stream.of("--data-dir", data)).toArray(String[]::new));
    }

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text);
    }

    private Path influenceGrid() throws Exception {
        return csv(
                "grid.csv",
                "Organisation,Influence (H/M/L),Relationship\n"
                        + "Herts CC ,High,Medium\n"
                        + "Public Health Herts,High,High\n"
                        + "Sport England,Medium,Low\n"
                        + "NHS Trust,Low,Low\n");
    }

    @Test
    @Order(1)
    void otherSpellingsMatchCreateNoneAndTheAmbiguousOneIsAskedWithNothingWritten() throws Exception {
        List<String> before = GraphDump.of(store);

        Cli asked =
                cli("import", influenceGrid().toString(), "--kind", "influence", "--default", "objective=Objective 2");

        assertThat(asked.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(asked.out())
                .startsWith("Sheet grid as influence grid, header on row 1: partner <- 'Organisation', influence <-"
                        + " 'Influence (H/M/L)', quality <- 'Relationship'; objective = 'Objective 2'; 4 rows.");
        assertThat(asked.err())
                .contains("grid!A5: partner: 'NHS Trust' could be NHS Health Trust [" + NHT + "] (0.")
                .contains(" or National Health Service [hertfordshire:national-health-service] (")
                .endsWith("Nothing was imported: fix the problems above and try again.\n");
        assertThat(GraphDump.of(store)).isEqualTo(before);
    }

    @Test
    @Order(2)
    void answeredTheSheetImportsItsRatingsAsDatedRecordsAndTheSpellingsBecomeAliases() throws Exception {
        long partners = store.readGraph("hertfordshire").partners().size();
        Path mapping = tmp.resolve("grid.mapping.json");

        Cli done = cli(
                "import",
                influenceGrid().toString(),
                "--kind",
                "influence",
                "--default",
                "objective=Objective 2",
                "--match",
                "NHS Trust=" + NHT,
                "--as-of",
                "2026-11-30",
                "--user",
                "alex",
                "--save-mapping",
                mapping.toString());

        assertThat(done.exitCode()).as(done.err()).isZero();
        assertThat(done.out())
                .contains("Imported into hertfordshire, from 2026-11-30: 3 new records, 1 rows already held, ")
                .contains(HCC + " also called Herts CC");
        PartnershipGraph now = store.readGraph("hertfordshire");
        assertThat(now.partners()).hasSize((int) partners);
        Partner hcc = now.partners().stream()
                .filter(p -> p.id().equals(HCC))
                .findFirst()
                .orElseThrow();
        assertThat(hcc.aliases()).contains("Herts CC", "HCC");
        Influence rated = store.influence(HCC, "hertfordshire:obj-2").orElseThrow();
        assertThat(rated.influence() + "/" + rated.quality()).isEqualTo("5/3");
        assertThat(rated.dating().asOf()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(rated.dating().recordedBy()).isEqualTo("alex");
        assertThat(store.readGraph("hertfordshire", LocalDate.of(2026, 11, 29), "alex")
                        .influences())
                .noneMatch(i -> i.partnerId().equals(HCC) && i.objectiveId().equals("hertfordshire:obj-2"));

        List<String> before = GraphDump.of(store);
        Cli again = cli("import", influenceGrid().toString(), "--mapping", mapping.toString(), "--as-of", "2026-11-30");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).endsWith("Nothing to import: all 4 rows are already in the graph.\n");
        assertThat(GraphDump.of(store)).isEqualTo(before);
    }

    private Path goodReturn() throws Exception {
        return csv(
                "return.csv",
                "Quarterly return (made up for a test)\n\nIndicator,Quarter,Actual,Unit\n"
                        + "NI 45,2008/09 Q2,80,%\nNI 45,2008/09 Q3,82,%\nNI 45,2008/09 Q4,83.5,%\n");
    }

    @Test
    @Order(3)
    void actualsAreAppendedAndTheSameReturnAgainChangesNothing() throws Exception {
        Cli first = cli("import", goodReturn().toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out())
                .startsWith("Sheet return as indicator return, header on row 3: indicator <- 'Indicator', period <-"
                        + " 'Quarter', value <- 'Actual', unit <- 'Unit'; 3 rows.")
                .contains("2 new records, 1 rows already held");
        assertThat(store.readGraph("hertfordshire").measurementsOf("hertfordshire:ni-45"))
                .filteredOn(m -> m.kind().code().equals("actual"))
                .extracting(m -> m.period().text() + " " + m.value())
                .containsExactlyInAnyOrder(
                        "2008-07-01..2008-09-30 80.0", "2008-10-01..2008-12-31 82.0", "2009-01-01..2009-03-31 83.5");

        List<String> before = GraphDump.of(store);
        Cli again = cli("import", goodReturn().toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).endsWith("Nothing to import: all 3 rows are already in the graph.\n");
        assertThat(GraphDump.of(store)).isEqualTo(before);
    }

    @Test
    @Order(4)
    void aBadReturnNamesEveryProblemAndLeavesTheDatabaseAsItWas() throws Exception {
        List<String> before = GraphDump.of(store);
        Path bad = csv(
                "bad.csv",
                "Indicator,Quarter,Actual,Unit\nNI 45,2009/10 Q1,84,%\nNI 999,2009/10 Q1,1,\nNI 45,2008/09 Q3,79,%\n"
                        + "NI 45,2009/10 Q2,lots,\n");

        Cli failed = cli("import", bad.toString());

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(failed.err().lines().skip(1).toList())
                .containsExactly(
                        "bad!C5: value: 'lots' is not a number",
                        "bad!A3: indicator: no indicator of hertfordshire has the code, id or name 'NI 999'",
                        "bad!C4: value: NI 45 Young offenders engagement in suitable education, training or employment"
                                + " already has the actual 82 for 2008-10-01..2008-12-31 (from return.csv: return row 5);"
                                + " an import adds actuals and corrects none: correct it in the workbench, or leave the"
                                + " row out",
                        "Nothing was imported: fix the problems above and try again.");
        assertThat(GraphDump.of(store)).isEqualTo(before);
    }

    @Test
    @Order(5)
    void aNewNameIsCreatedOnlyWhenAllowed() throws Exception {
        List<String> before = GraphDump.of(store);
        Path list = csv("list.csv", "Organisation,Type\nRiverton Rowing Club,voluntary and community sector\n");

        Cli refused = cli("import", list.toString(), "--new-partners", "refuse");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err())
                .contains(
                        "list!A2: partner: 'Riverton Rowing Club' matches no partner, and new partners are refused\n");
        Cli dry = cli("import", list.toString(), "--new-partners", "create", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out())
                .contains("Would import 0 new records, 0 rows already held, new partners Riverton Rowing Club"
                        + " (--dry-run: nothing was written).");
        assertThat(GraphDump.of(store)).isEqualTo(before);

        Cli created = cli("import", list.toString(), "--new-partners", "create");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(store.readGraph("hertfordshire").partners())
                .filteredOn(p -> p.name().equals("Riverton Rowing Club"))
                .singleElement()
                .satisfies(p -> assertThat(p.type()).isEqualTo("voluntary and community sector"));
    }

    @Test
    @Order(6)
    void aReturnImportedInADraftWaveIsDatedByTheWaveAndSeenByItsAuthorOnly() throws Exception {
        Cli start = cli(
                "wave", "start", "2026 Q4", "--partnership", "hertfordshire", "--date", "2026-10-01", "--user", "alex");
        assertThat(start.exitCode()).as(start.err()).isZero();
        String wave = store.waves("hertfordshire").stream()
                .filter(w -> w.name().equals("2026 Q4"))
                .findFirst()
                .orElseThrow()
                .id();
        Path q1 = csv("q1.csv", "Indicator,Quarter,Actual\nNI 45,2009/10 Q1,84\n");

        Cli done = cli("import", q1.toString(), "--wave", "2026 Q4", "--user", "alex");

        assertThat(done.exitCode()).as(done.err()).isZero();
        assertThat(done.out())
                .contains("Imported into hertfordshire, from 2026-10-01 in wave " + wave + ": 1 new record");
        assertThat(store.readGraph("hertfordshire", LocalDate.of(2026, 12, 1), "alex")
                        .measurementsOf("hertfordshire:ni-45"))
                .filteredOn(m -> m.period().text().equals("2009-04-01..2009-06-30"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.dating().wave()).isEqualTo(wave);
                    assertThat(m.dating().asOf()).isEqualTo(LocalDate.of(2026, 10, 1));
                });
        assertThat(store.readGraph("hertfordshire", LocalDate.of(2026, 12, 1), "sam")
                        .measurementsOf("hertfordshire:ni-45"))
                .noneMatch(m -> m.period().text().equals("2009-04-01..2009-06-30"));
    }
}
