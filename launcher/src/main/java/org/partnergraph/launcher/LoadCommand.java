package org.partnergraph.launcher;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.partnergraph.io.Dataset;
import org.partnergraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Check a dataset folder, then load it all or nothing (loading it again changes nothing).")
final class LoadCommand implements Callable<Integer> {

    @ParentCommand
    Partnergraph root;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Dataset folders (docs/data-format.md).")
    java.util.List<Path> dirs;

    @Override
    public Integer call() throws Exception {
        java.util.List<Dataset> datasets = new java.util.ArrayList<>();
        for (Path dir : dirs) {
            datasets.add(WorkbookOrBundle.read(dir));
        }
        try (Database db = root.database.open()) {
            for (int i = 0; i < dirs.size(); i++) {
                Dataset d = datasets.get(i);
                long t0 = System.nanoTime();
                GraphStore store = db.store();
                long rows = store.load(d.manifest(), d.graph(), n -> {});
                double s = (System.nanoTime() - t0) / 1e9;
                root.out()
                        .printf(
                                "Loaded %s (%s): %,d rows in %.1f s (%,.0f rows/s) into the %s.%n",
                                dirs.get(i), d.manifest().partnership(), rows, s, rows / s, db.description());
                d.notices().forEach(root.out()::println);
            }
        }
        return ExitCodes.OK;
    }
}
