package org.partnergraph.neo4j.embedded;

import java.nio.file.Path;

/** Another process (or this one) already has the data folder open. */
public class DataFolderInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataFolderInUseException(Path dataDir) {
        super("The data folder " + dataDir + " is in use by another Partnergraph or Neo4j process;"
                + " close it, or choose another folder with --data-dir.");
    }
}
