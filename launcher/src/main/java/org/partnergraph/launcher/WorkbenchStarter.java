package org.partnergraph.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Opens the workbench window; until the workbench module exists it says so. */
final class WorkbenchStarter {

    private WorkbenchStarter() {
    }

    static int start(DatabaseOptions database, Path graphsDir, Path pluginsDir, PrintWriter out) {
        out.println("The workbench window is not built yet. Use a command (partnergraph --help),"
                + " e.g. partnergraph load " + graphsDir.resolve("hertfordshire") + ".");
        return ExitCodes.OK;
    }
}
