package org.partnergraph.launcher;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Count nodes per label and relationships per type.")
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    Partnergraph root;

    @Mixin
    FormatOption format;

    @Option(names = "--partnership", paramLabel = "ID", description = "Only this partnership.")
    String partnership;

    @Override
    public Integer call() {
        try (Database db = root.database.open()) {
            Output out = new Output("kind", "name", "count");
            for (Map.Entry<String, Long> e : db.store().stats(partnership).entrySet()) {
                boolean relationship = e.getKey().equals(e.getKey().toUpperCase(java.util.Locale.ROOT));
                out.row(relationship ? "relationship" : "node", e.getKey(), e.getValue());
            }
            format.print(out, root.out());
        }
        return ExitCodes.OK;
    }
}
