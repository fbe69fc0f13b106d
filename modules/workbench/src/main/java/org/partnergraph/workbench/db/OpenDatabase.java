package org.partnergraph.workbench.db;

import org.partnergraph.store.GraphStore;
import org.slf4j.LoggerFactory;

/**
 * An open store, what to call it in the status bar, and how to close it. The launcher's database
 * (embedded, attached to another process's, or a server) is one; {@link DatabaseSource#server}
 * and {@link DatabaseSource#of} make the others.
 */
public interface OpenDatabase extends AutoCloseable {

    GraphStore store();

    /** {@code embedded database in /home/x/.partnergraph/data} or the server URI. */
    String description();

    /** Closes the driver and, for the embedded database, stops Neo4j. Never on the event thread; never throws. */
    @Override
    void close();

    /** A store with what closes it. */
    static OpenDatabase of(GraphStore store, String description, AutoCloseable closer) {
        return new OpenDatabase() {
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
                try {
                    closer.close();
                } catch (Exception e) {
                    LoggerFactory.getLogger(OpenDatabase.class).warn("Closing the database failed", e);
                }
            }
        };
    }
}
