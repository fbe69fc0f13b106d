package org.partnergraph.launcher;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.partnergraph.workbench.Workbench;
import org.partnergraph.workbench.WorkbenchOptions;

/** Opens the workbench window on the database the options name; the JVM then lives as long as the window. */
final class WorkbenchStarter {

    /** True once a window is open: {@link Main#main} must not exit then. */
    static volatile boolean windowOpen;

    private WorkbenchStarter() {}

    static int start(DatabaseOptions database, Path graphsDir, Path pluginsDir, PrintWriter out) {
        if (GraphicsEnvironment.isHeadless()) {
            out.println("There is no display for the workbench window. Use a command instead (partnergraph --help),"
                    + " or run under a desktop or xvfb-run.");
            return ExitCodes.USAGE;
        }
        WorkbenchOptions options = database.isServer()
                ? WorkbenchOptions.server(
                        database.neo4jUri, database.neo4jUser, database::password, graphsDir, pluginsDir)
                : WorkbenchOptions.embedded(database.dataDir, graphsDir, pluginsDir);
        // The launcher wires the database (docs/architecture.md): the workbench gets it ready-made, off the event
        // thread.
        Workbench.launch(options, database::open);
        windowOpen = true;
        return ExitCodes.OK;
    }
}
