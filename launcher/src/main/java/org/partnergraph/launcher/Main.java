package org.partnergraph.launcher;

import org.partnergraph.io.DatasetException;
import org.partnergraph.neo4j.embedded.DataFolderInUseException;
import org.partnergraph.store.DatabaseUnavailableException;
import org.partnergraph.store.StoreException;
import picocli.CommandLine;

/** {@code java -jar partnergraph.jar [COMMAND]}: see {@link Partnergraph}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        int code = run(args);
        if (!WorkbenchStarter.windowOpen) {
            System.exit(code);
        }
    }

    /** Runs the command line and returns its exit code, without exiting; what tests call. */
    public static int run(String... args) {
        // Netty (Neo4j's Bolt server) wants this before it loads; the --add-opens flags are in the jar manifest.
        System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Partnergraph());
        // A usage error is the sentence and where to read more, not the whole usage text (docs/cli.md: exit 2).
        cli.setParameterExceptionHandler((e, args) -> {
            var err = e.getCommandLine().getErr();
            err.println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("See '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            var err = commandLine.getErr();
            if (e instanceof DatasetException d) {
                d.problems().forEach(err::println);
                err.println("Nothing was loaded: fix the problems above and try again.");
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof DatabaseUnavailableException || e instanceof DataFolderInUseException) {
                err.println(e.getMessage());
                return ExitCodes.DATABASE_UNAVAILABLE;
            }
            if (e instanceof StoreException || e instanceof IllegalArgumentException) {
                err.println(e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof java.nio.file.NoSuchFileException n) {
                err.println("No such file or folder: " + n.getFile());
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof IllegalStateException
                    && e.getMessage() != null
                    && e.getMessage().startsWith("Neo4j could not start")) {
                err.println(e.getMessage());
                return ExitCodes.DATABASE_UNAVAILABLE;
            }
            throw e;
        });
        return cli;
    }
}
