package org.partnergraph.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.Manifest;
import org.partnergraph.sheets.WorkbookWriter;

/** {@code export --format xlsx DIR}: each partnership as DIR/<partnership>.xlsx, the workbook face of its bundle. */
final class WorkbookExport {

    private WorkbookExport() {}

    static int run(Partnergraph root, Path dir, String partnership) {
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
                Path target = dir.resolve(m.partnership() + ".xlsx");
                WorkbookWriter.write(new Dataset(m, db.store().readGraph(m.partnership())), target);
                root.out().println("Exported " + m.partnership() + " to " + target);
            }
        } catch (IOException e) {
            root.err().println("Cannot write to " + dir + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
