package org.partnergraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.neo4j.embedded.DataFolderInUseException;
import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.store.testing.GraphDump;
import org.partnergraph.store.testing.TestBundles;

@ExtendWith(EmbeddedDatabase.class)
class Neo4jConnectionIT {

    @Test
    void theEmbeddedServerIsNeo4jFiveOnLoopback(EmbeddedNeo4j neo4j, GraphStore store) {
        assertThat(neo4j.boltUri()).startsWith("bolt://127.0.0.1:");
        assertThat(store.connection().serverAgent()).startsWith("Neo4j/5.26");
    }

    @Test
    void aDatabaseWithTheOldFullTextIndexesLosesThemAtTheNextStart(GraphStore store) {
        var driver = store.connection().driver();
        try (var session = driver.session()) {
            session.run("DROP INDEX " + Schema.VERSION_MARKER + " IF EXISTS").consume();
            session.run("CREATE INDEX partnergraph_schema_2 FOR (n:SchemaVersion) ON (n.version)")
                    .consume();
            session.run("CREATE FULLTEXT INDEX node_names FOR (n:Partner|Group) ON EACH [n.name, n.code]")
                    .consume();
            session.run("CREATE FULLTEXT INDEX node_search FOR (n:Partner|Group) ON EACH [n.name, n.code, n.aliases]")
                    .consume();
        }

        Schema.ensure(driver);

        try (var session = driver.session()) {
            assertThat(session.run("SHOW FULLTEXT INDEXES YIELD name RETURN name")
                            .list())
                    .as("no full-text index is kept up on loads")
                    .isEmpty();
            assertThat(session.run("SHOW INDEXES YIELD name RETURN name")
                            .list(r -> r.get("name").asString()))
                    .contains(Schema.VERSION_MARKER)
                    .doesNotContain("partnergraph_schema_2");
        }
    }

    @Test
    void aDatabaseFromBeforeHistoryGetsRecordIdsAndMeasurementRevisionsAtTheNextStart(GraphStore store)
            throws Exception {
        Dataset d = BundleReader.read(TestBundles.small());
        store.load(d.manifest(), d.graph(), n -> {});
        List<String> loaded = GraphDump.of(store);
        var driver = store.connection().driver();
        try (var session = driver.session()) {
            session.run("DROP INDEX " + Schema.VERSION_MARKER).consume();
            session.run("DROP CONSTRAINT measurement_rid").consume();
            session.run("DROP INDEX measurement_id_lookup").consume();
            session.run("CREATE CONSTRAINT measurement_id FOR (n:Measurement) REQUIRE n.id IS UNIQUE")
                    .consume();
            session.run("MATCH ()-[x]->() REMOVE x.rid").consume();
            session.run("MATCH (n:Measurement) REMOVE n.rid").consume();
        }

        Schema.ensure(driver);

        assertThat(GraphDump.of(store))
                .as("every record has the id a load gives it")
                .isEqualTo(loaded);
        try (var session = driver.session()) {
            assertThat(session.run("SHOW CONSTRAINTS YIELD name RETURN name")
                            .list(r -> r.get("name").asString()))
                    .contains("measurement_rid")
                    .doesNotContain("measurement_id");
            assertThat(session.run("SHOW INDEXES YIELD name RETURN name")
                            .list(r -> r.get("name").asString()))
                    .contains("measurement_id_lookup", Schema.VERSION_MARKER);
        }
        store.load(d.manifest(), d.graph(), n -> {});
        assertThat(GraphDump.of(store))
                .as("a load after the upgrade adds no copies")
                .isEqualTo(loaded);
    }

    @Test
    void anUpToDateDatabaseIsLeftAsItIs(GraphStore store) {
        var driver = store.connection().driver();
        try (var session = driver.session()) {
            session.run("DROP INDEX partner_name").consume();
        }

        Schema.ensure(driver);

        try (var session = driver.session()) {
            assertThat(session.run("SHOW INDEXES YIELD name WHERE name = 'partner_name' RETURN name")
                            .list())
                    .as("the marker says nothing is missing, so nothing is made")
                    .isEmpty();
            session.run("DROP INDEX " + Schema.VERSION_MARKER).consume();
        }
        Schema.ensure(driver);
        try (var session = driver.session()) {
            assertThat(session.run("SHOW INDEXES YIELD name WHERE name = 'partner_name' RETURN name")
                            .list())
                    .hasSize(1);
        }
    }

    @Test
    void theEmbeddedPortRefusesAWrongOrMissingPasswordWithASentence(EmbeddedNeo4j neo4j) {
        String uri = neo4j.boltUri();
        assertThatThrownBy(() -> Neo4jConnection.server(uri, "neo4j", "wrong-password".toCharArray()))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessage("Cannot connect to " + uri + ": the user name or password was refused.");
        assertThatThrownBy(() -> Neo4jConnection.server(uri, null, null))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("Cannot connect to " + uri + ": ");
        try (Neo4jConnection right = Neo4jConnection.embedded(uri, neo4j.password())) {
            assertThat(right.serverAgent()).startsWith("Neo4j/5.26");
        }
    }

    @Test
    void nothingListeningGivesOneSentenceNamingTheUri() {
        assertThatThrownBy(() -> Neo4jConnection.server("bolt://127.0.0.1:1", "neo4j", "secret".toCharArray()))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessage("Cannot connect to bolt://127.0.0.1:1: nothing answers there (is the server running,"
                        + " and is the address right?).")
                .hasMessageNotContaining("secret");
    }

    @Test
    void aUriThatIsNotNeo4jSaysSo() {
        assertThatThrownBy(() -> Neo4jConnection.server("http://localhost:7474", "neo4j", new char[0]))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("Cannot connect to http://localhost:7474: it is not a Neo4j URI");
    }

    @Test
    void aSecondStartOnTheSameDataFolderIsRefusedWithASentence(EmbeddedNeo4j running) {
        Path dir = running.dataDir();
        assertThatThrownBy(() -> EmbeddedNeo4j.start(EmbeddedNeo4j.options(dir)))
                .isInstanceOf(DataFolderInUseException.class)
                .hasMessage("The data folder " + dir + " is in use by another Partnergraph or Neo4j process;"
                        + " close it, or choose another folder with --data-dir.");
    }

    @Test
    void aStoppedDatabaseLeavesNoLockBehind(@TempDir Path dir) {
        EmbeddedNeo4j.Options options = new EmbeddedNeo4j.Options(dir, 64L << 20, true);
        EmbeddedNeo4j.start(options).close();
        try (EmbeddedNeo4j again = EmbeddedNeo4j.start(options)) {
            assertThat(again.boltUri()).startsWith("bolt://");
        }
    }
}
