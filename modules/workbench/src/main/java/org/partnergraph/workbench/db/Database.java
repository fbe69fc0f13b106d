package org.partnergraph.workbench.db;

import org.partnergraph.store.GraphStore;

/**
 * An open store, what to call it in the status bar, and how to close it.
 *
 * @param description {@code embedded database in /home/x/.partnergraph/data} or the server URI
 */
public record Database(GraphStore store, String description, AutoCloseable closer) {

    /** Closes the driver and, for the embedded database, stops Neo4j. Never on the event thread. */
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(Database.class).warn("Closing the database failed", e);
        }
    }
}
