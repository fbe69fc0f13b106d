package org.partnergraph.workbench.db;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.Neo4jConnection;

/** How the workbench gets its database; called off the event thread. */
@FunctionalInterface
public interface DatabaseSource {

    /**
     * Opens the database.
     *
     * @param progress what is happening, for the status bar
     */
    Database open(Consumer<String> progress);

    /** Neo4j in-process on {@code dataDir}. */
    static DatabaseSource embedded(Path dataDir) {
        return progress -> {
            progress.accept("Starting the embedded database in " + dataDir + "...");
            EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.options(dataDir));
            try {
                progress.accept("Connecting...");
                Neo4jConnection connection = Neo4jConnection.embedded(neo4j.boltUri());
                return new Database(new GraphStore(connection), "embedded " + dataDir, () -> {
                    connection.close();
                    neo4j.close();
                });
            } catch (RuntimeException e) {
                neo4j.close();
                throw e;
            }
        };
    }

    /** A Neo4j server or cluster; the password goes to the driver only. */
    static DatabaseSource server(String uri, String user, Supplier<char[]> password) {
        return progress -> {
            progress.accept("Connecting to " + uri + "...");
            char[] pw = password == null ? new char[0] : password.get();
            Neo4jConnection connection;
            try {
                connection = Neo4jConnection.server(uri, user, pw);
            } finally {
                if (pw != null) {
                    java.util.Arrays.fill(pw, '\0');
                }
            }
            return new Database(new GraphStore(connection), uri, connection::close);
        };
    }

    /** An already open store (tests, or an application embedding the workbench); closing it is the caller's business. */
    static DatabaseSource of(GraphStore store, String description) {
        return progress -> new Database(store, description, () -> {});
    }
}
