package org.partnergraph.launcher;

import java.util.concurrent.Callable;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * An analysis command: opens the database, reads the part of the graph {@code --partnership},
 * {@code --theme} and {@code --objective} choose, analyses it and prints a table in the
 * {@code --format} asked for.
 */
abstract class AnalysisCommand implements Callable<Integer> {

    @ParentCommand
    Partnergraph root;

    @Mixin
    GraphOptions filter;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        checkOptions();
        try (Database db = root.database.open()) {
            return analyse(filter.read(db.store()));
        }
    }

    /**
     * Checks option values that depend on each other, before the database is opened; a bad one
     * throws {@link #badOption} (exit 2, with the sentence).
     */
    void checkOptions() {}

    /** A usage error: picocli prints {@code sentence} and the command exits 2. */
    ParameterException badOption(String sentence) {
        return new ParameterException(spec.commandLine(), sentence);
    }

    /** Analyses {@code graph} and prints the result; returns the exit code. */
    abstract Integer analyse(PartnershipGraph graph);
}
