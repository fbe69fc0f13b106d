package org.partnergraph.launcher;

import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.Neo4jConnection;
import org.partnergraph.workbench.db.OpenDatabase;

/**
 * An open store and, for the embedded default, the in-process server behind it: what every
 * command and the workbench work on. Built by {@link DatabaseOptions}, the one place that starts,
 * attaches to or connects to a database.
 */
final class Database implements OpenDatabase {

    private final EmbeddedNeo4j embedded;
    private final Neo4jConnection connection;
    private final GraphStore store;
    private final String description;

    /**
     * @param embedded the database this process started, or null (a server, or another process's database)
     * @param description the embedded data folder or the server URI, for messages
     */
    Database(EmbeddedNeo4j embedded, Neo4jConnection connection, String description) {
        this.embedded = embedded;
        this.connection = connection;
        this.description = description;
        try {
            this.store = new GraphStore(connection);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public GraphStore store() {
        return store;
    }

    @Override
    public String description() {
        return description;
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
