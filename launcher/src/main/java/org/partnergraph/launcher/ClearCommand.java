package org.partnergraph.launcher;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "clear",
        mixinStandardHelpOptions = true,
        description = "Delete one partnership's nodes and relationships (in one transaction).")
final class ClearCommand implements Callable<Integer> {

    @ParentCommand
    Partnergraph root;

    @Parameters(paramLabel = "PARTNERSHIP", description = "The partnership id, as in its manifest.json.")
    String partnership;

    @Override
    public Integer call() {
        try (Database db = root.database.open()) {
            if (db.store().partnership(partnership).isEmpty()) {
                root.err().println("The database holds no partnership '" + partnership + "'.");
                return ExitCodes.BAD_INPUT;
            }
            db.store().clear(partnership);
            root.out().println("Cleared " + partnership + ".");
        }
        return ExitCodes.OK;
    }
}
