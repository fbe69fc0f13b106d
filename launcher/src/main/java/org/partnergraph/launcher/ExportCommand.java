package org.partnergraph.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.partnergraph.io.BundleWriter;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write the database back out as dataset folders, one per partnership: DIR/<partnership>/.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Partnergraph root;

    @Parameters(paramLabel = "DIR", description = "Folder to write into.")
    Path dir;

    @Option(names = "--partnership", paramLabel = "ID", description = "Only this partnership.")
    String partnership;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "bundle (default) or xlsx: DIR/<partnership>.xlsx.")
    String format;

    @Override
    public Integer call() {
        if ("xlsx".equalsIgnoreCase(format)) {
            return WorkbookExport.run(root, dir, partnership);
        }
        try (Database db = root.database.open()) {
            List<Manifest> manifests = db.store().partnerships().stream()
                    .filter(m -> partnership == null || m.partnership().equals(partnership))
                    .toList();
            if (manifests.isEmpty()) {
                root.err()
                        .println(
                                partnership == null
                                        ? "The database holds no partnership to export."
                                        : "The database holds no partnership '" + partnership + "'.");
                return ExitCodes.BAD_INPUT;
            }
            for (Manifest m : manifests) {
                Path target = dir.resolve(m.partnership());
                BundleWriter.write(new Dataset(m, db.store().readGraph(m.partnership())), target);
                root.out().println("Exported " + m.partnership() + " to " + target);
            }
        } catch (java.io.IOException e) {
            root.err().println("Cannot write to " + dir + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
