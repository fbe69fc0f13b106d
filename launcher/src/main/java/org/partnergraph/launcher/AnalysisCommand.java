package org.partnergraph.launcher;

import java.util.concurrent.Callable;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

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

    @Override
    public final Integer call() {
        try (Database db = root.database.open()) {
            return analyse(filter.read(db.store()));
        }
    }

    /** Analyses {@code graph} and prints the result; returns the exit code. */
    abstract Integer analyse(PartnershipGraph graph);
}
