package org.partnergraph.launcher;

import java.io.Console;
import java.nio.file.Path;
import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;
import org.partnergraph.store.Neo4jConnection;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Where the graph lives: the embedded database on a folder (default) or a Neo4j server. */
final class DatabaseOptions {

    /** The environment variable the server password is read from. */
    static final String PASSWORD_VARIABLE = "NEO4J_PASSWORD";

    @Option(
            names = "--data-dir",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "Folder of the embedded database" + " (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:user.home}/.partnergraph/data")
    Path dataDir;

    @Option(
            names = "--neo4j-uri",
            scope = ScopeType.INHERIT,
            paramLabel = "URI",
            description = "Use a Neo4j 5 server or cluster instead,"
                    + " e.g. neo4j://host:7687; the password comes from $" + PASSWORD_VARIABLE + " or a prompt.")
    String neo4jUri;

    @Option(
            names = "--neo4j-user",
            scope = ScopeType.INHERIT,
            paramLabel = "NAME",
            description = "User for --neo4j-uri (default: ${DEFAULT-VALUE}).",
            defaultValue = "neo4j")
    String neo4jUser;

    boolean isServer() {
        return neo4jUri != null && !neo4jUri.isBlank();
    }

    /** Opens the database these options name; the caller closes it. */
    Database open() {
        if (isServer()) {
            return new Database(null, Neo4jConnection.server(neo4jUri, neo4jUser, password()));
        }
        EmbeddedNeo4j embedded = EmbeddedNeo4j.start(EmbeddedNeo4j.options(dataDir));
        try {
            return new Database(embedded, Neo4jConnection.embedded(embedded.boltUri()));
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    /** From the environment, else a prompt on the console; never from the command line. */
    char[] password() {
        String env = System.getenv(PASSWORD_VARIABLE);
        if (env != null) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            return new char[0];
        }
        char[] typed = console.readPassword("Password for %s at %s: ", neo4jUser, neo4jUri);
        return typed == null ? new char[0] : typed;
    }
}
