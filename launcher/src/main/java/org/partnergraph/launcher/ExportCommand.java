package org.partnergraph.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.partnergraph.io.BundleWriter;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.Manifest;
import org.partnergraph.sheets.WorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write the database back out, one dataset folder (or workbook) per partnership.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Partnergraph root;

    @Parameters(paramLabel = "DIR", description = "Folder to write into.")
    Path dir;

    @Option(names = "--partnership", paramLabel = "ID", description = "Only this partnership.")
    String partnership;

    /** What each partnership is written as. */
    enum Kind {
        bundle,
        xlsx
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "bundle (default): DIR/<partnership>/; xlsx: DIR/<partnership>.xlsx.")
    Kind format = Kind.bundle;

    @Override
    public Integer call() {
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
                Dataset d = new Dataset(m, db.store().readHistory(m.partnership()));
                Path target;
                if (format == Kind.xlsx) {
                    target = dir.resolve(m.partnership() + ".xlsx");
                    WorkbookWriter.write(d, target);
                } else {
                    target = dir.resolve(m.partnership());
                    BundleWriter.write(d, target);
                }
                root.out().println("Exported " + m.partnership() + " to " + target);
            }
        } catch (IOException e) {
            root.err().println("Cannot write to " + dir + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
