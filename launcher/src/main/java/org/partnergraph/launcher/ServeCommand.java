package org.partnergraph.launcher;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the embedded database on a fixed loopback port with user {@code neo4j} and the
 * user's own password, for Neo4j Browser, cypher-shell, the drivers and a second workbench
 * ({@code --neo4j-uri}); commands on the same folder attach to it. Runs until Ctrl+C.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Open the embedded database for other tools: Bolt on 127.0.0.1, user neo4j, the password from $"
                    + DatabaseOptions.PASSWORD_VARIABLE + " or a prompt. Runs until Ctrl+C.",
            "  NEO4J_PASSWORD=... partnergraph serve --port 7687",
            "  cypher-shell -a bolt://127.0.0.1:7687 -u neo4j"
        })
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Partnergraph root;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "" + EmbeddedNeo4j.SERVE_PORT_DEFAULT,
            description = "The Bolt port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() {
        if (port < 1 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 1 and 65535, not " + port + ".");
        }
        if (root.database.isServer()) {
            throw new ParameterException(
                    spec.commandLine(), "serve opens the embedded database of --data-dir; it takes no --neo4j-uri.");
        }
        char[] password = DatabaseOptions.password("Password to give user neo4j of the served database: ");
        if (password.length == 0) {
            throw new ParameterException(
                    spec.commandLine(),
                    "serve needs a password: set " + DatabaseOptions.PASSWORD_VARIABLE
                            + " or run it in a terminal to be asked.");
        }
        EmbeddedNeo4j neo4j;
        try {
            neo4j = EmbeddedNeo4j.start(
                    EmbeddedNeo4j.options(root.database.dataDir).withPort(port).withPassword(password));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        Thread stop = new Thread(
                () -> {
                    neo4j.close();
                    stopped.countDown();
                },
                "pg-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        root.out().println(neo4j.boltUri());
        root.out().flush();
        root.err()
                .println("Serving " + neo4j.dataDir() + " at " + neo4j.boltUri()
                        + " as user neo4j; commands with --data-dir " + neo4j.dataDir()
                        + " use it too. Stop with Ctrl+C.");
        root.err().flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            neo4j.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // the JVM is stopping (Ctrl+C): the hook closes the database
            }
        }
        return ExitCodes.OK;
    }
}
