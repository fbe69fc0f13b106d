package org.partnergraph.workbench.shell;

import java.awt.Frame;
import java.util.Optional;
import org.partnergraph.workbench.context.BackgroundTasks;
import org.partnergraph.workbench.context.StatusMessages;
import org.partnergraph.workbench.context.WorkbenchSettings;
import org.partnergraph.workbench.db.DatabaseSource;
import org.partnergraph.workbench.plugins.PluginHost;

/** The main window's dialogs. */
public final class Dialogs {

    private Dialogs() {}

    /** Asks for a server; remembers the URI and user, never the password. */
    public static Optional<DatabaseSource> connect(Frame owner, WorkbenchSettings settings) {
        return ConnectDialog.ask(
                        owner,
                        settings.get("connect.uri", "neo4j://localhost:7687"),
                        settings.get("connect.user", "neo4j"))
                .map(a -> {
                    settings.put("connect.uri", a.uri());
                    settings.put("connect.user", a.user());
                    char[] password = a.password();
                    return DatabaseSource.server(a.uri(), a.user(), () -> password);
                });
    }

    /** Shows the plugin manager window. */
    public static void pluginManager(Frame owner, PluginHost host, BackgroundTasks tasks, StatusMessages messages) {
        new PluginManagerDialog(owner, host, tasks, messages).setVisible(true);
    }
}
