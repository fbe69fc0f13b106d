package org.partnergraph.workbench.db;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.Neo4jConnection;

/**
 * How the workbench gets its database; called off the event thread. The launcher builds the one
 * the workbench starts on (the embedded database, another process's, or a server) and hands it to
 * {@code Workbench.launch}; File &gt; Connect makes a {@link #server}.
 */
@FunctionalInterface
public interface DatabaseSource {

    /**
     * Opens the database.
     *
     * @param progress what is happening, for the status bar
     */
    OpenDatabase open(Consumer<String> progress);

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
            try {
                return OpenDatabase.of(new GraphStore(connection), uri, connection);
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        };
    }

    /** An already open store (tests, or an application embedding the workbench); closing it is the caller's business. */
    static DatabaseSource of(GraphStore store, String description) {
        return progress -> OpenDatabase.of(store, description, () -> {});
    }
}
