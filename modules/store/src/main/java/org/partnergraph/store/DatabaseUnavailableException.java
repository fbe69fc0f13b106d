package org.partnergraph.store;

/** The database cannot be reached or refused us: wrong address, wrong password, not Neo4j 5. */
public class DatabaseUnavailableException extends StoreException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
