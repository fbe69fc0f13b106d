package org.partnergraph.launcher;

import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.Neo4jConnection;

/** An open store and, for the embedded default, the in-process server behind it. */
final class Database implements AutoCloseable {

    private final EmbeddedNeo4j embedded;
    private final Neo4jConnection connection;
    private final GraphStore store;

    Database(EmbeddedNeo4j embedded, Neo4jConnection connection) {
        this.embedded = embedded;
        this.connection = connection;
        try {
            this.store = new GraphStore(connection);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    GraphStore store() {
        return store;
    }

    /** The embedded data folder or the server URI, for messages. */
    String description() {
        return embedded != null ? "embedded database in " + embedded.dataDir() : connection.uri();
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
