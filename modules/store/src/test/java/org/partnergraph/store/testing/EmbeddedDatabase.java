package org.partnergraph.store.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.Neo4jConnection;

/**
 * JUnit extension: one real embedded Neo4j per test JVM (starting one costs 10-25 s), emptied
 * before every test. Tests take a {@link GraphStore} or {@link EmbeddedNeo4j} parameter.
 *
 * <pre>{@code @ExtendWith(EmbeddedDatabase.class) class MyIT { @Test void x(GraphStore store) { ... } } }</pre>
 */
public final class EmbeddedDatabase implements BeforeEachCallback, ParameterResolver {

    private static EmbeddedNeo4j neo4j;
    private static Neo4jConnection connection;
    private static GraphStore store;

    /** The shared database, started on first use and stopped when the JVM exits. */
    public static synchronized GraphStore store() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("partnergraph-test-db");
                neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4j.Options(dir, 256L << 20, true));
                connection = Neo4jConnection.embedded(neo4j.boltUri(), neo4j.password());
                store = new GraphStore(connection);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> connection.close()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return store;
    }

    public static synchronized EmbeddedNeo4j neo4j() {
        store();
        return neo4j;
    }

    /** Deletes every node and relationship (the schema stays). */
    public static void empty() {
        try (var session = store().connection().driver().session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        empty();
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        Class<?> type = p.getParameter().getType();
        return type == GraphStore.class || type == EmbeddedNeo4j.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == GraphStore.class ? store() : neo4j();
    }
}
