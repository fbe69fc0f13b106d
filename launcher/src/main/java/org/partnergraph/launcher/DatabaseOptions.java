package org.partnergraph.launcher;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.partnergraph.neo4j.embedded.BoltAccess;
import org.partnergraph.neo4j.embedded.DataFolderInUseException;
import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;
import org.partnergraph.store.Neo4jConnection;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Where the graph lives: the embedded database on a folder (default) or a Neo4j server. The one
 * place that starts, attaches to, or connects to a database, for the commands and the workbench.
 */
final class DatabaseOptions {

    /** The environment variable the server password is read from. */
    static final String PASSWORD_VARIABLE = "NEO4J_PASSWORD";

    /**
     * How long to wait for the process that holds a data folder to say how to reach its database
     * (it does once the database is up; a first start takes up to half a minute here).
     */
    static final Duration ATTACH_WAIT_DEFAULT = Duration.ofSeconds(60);

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
            description = "Use a Neo4j server or cluster (5.x, 2025.x or later) instead,"
                    + " e.g. neo4j://host:7687; the password comes from $" + PASSWORD_VARIABLE + " or a prompt.")
    String neo4jUri;

    @Option(
            names = "--neo4j-user",
            scope = ScopeType.INHERIT,
            paramLabel = "NAME",
            description = "User for --neo4j-uri (default: ${DEFAULT-VALUE}).",
            defaultValue = "neo4j")
    String neo4jUser;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    boolean isServer() {
        return neo4jUri != null && !neo4jUri.isBlank();
    }

    /** Opens the database these options name; the caller closes it. */
    Database open() {
        return open(message -> {});
    }

    /**
     * Opens the database these options name: the server; else the embedded database on the data
     * folder, or, when a workbench or {@code serve} already holds the folder, that database over Bolt.
     *
     * @param progress what is happening, for the workbench's status bar
     */
    Database open(Consumer<String> progress) {
        if (isServer()) {
            progress.accept("Connecting to " + neo4jUri + "...");
            char[] password = password();
            try {
                return new Database(null, Neo4jConnection.server(neo4jUri, neo4jUser, password), neo4jUri);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }
        EmbeddedNeo4j embedded;
        try {
            progress.accept("Starting the embedded database in " + dataDir + "...");
            embedded = EmbeddedNeo4j.start(EmbeddedNeo4j.options(dataDir));
        } catch (DataFolderInUseException inUse) {
            return attach(inUse, progress);
        }
        try {
            progress.accept("Connecting...");
            return new Database(
                    embedded,
                    Neo4jConnection.embedded(embedded.boltUri(), embedded.password()),
                    "embedded database in " + embedded.dataDir());
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    /** The folder is held: use the database of the process holding it, if it says how to reach it. */
    private Database attach(DataFolderInUseException inUse, Consumer<String> progress) {
        progress.accept("Another process has " + dataDir + "; waiting for its database...");
        Optional<BoltAccess> found =
                BoltAccess.await(dataDir.toAbsolutePath(), ATTACH_WAIT_DEFAULT).filter(BoltAccess::holderAlive);
        if (found.isEmpty()) {
            throw inUse;
        }
        BoltAccess access = found.get();
        try {
            Database db = new Database(
                    null,
                    Neo4jConnection.embedded(access.uri(), access.password()),
                    "database running on " + dataDir.toAbsolutePath() + " (" + access.uri() + ", process "
                            + access.pid() + ")");
            note("Using the " + db.description() + ".");
            return db;
        } finally {
            java.util.Arrays.fill(access.password(), '\0');
        }
    }

    private void note(String sentence) {
        if (mixee != null) {
            PrintWriter err = mixee.commandLine().getErr();
            err.println(sentence);
            err.flush();
        }
    }

    /** From the environment, else a prompt on the console; never from the command line. */
    char[] password() {
        return password("Password for " + neo4jUser + " at " + neo4jUri + ": ");
    }

    /** From {@value #PASSWORD_VARIABLE}, else asked for with {@code prompt} on the console; empty when neither. */
    static char[] password(String prompt) {
        String env = System.getenv(PASSWORD_VARIABLE);
        if (env != null) {
            return env.toCharArray();
        }
        Console console = System.console();
        @SuppressWarnings("SystemConsoleNull") // on Java 17, what we run on, null is how it says "no terminal"
        boolean noTerminal = console == null;
        if (noTerminal) {
            return new char[0];
        }
        char[] typed = console.readPassword("%s", prompt);
        return typed == null ? new char[0] : typed;
    }
}
