package org.partnergraph.workbench.shell;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Frame;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.partnergraph.plugin.PluginApi;
import org.partnergraph.workbench.context.BackgroundTasks;
import org.partnergraph.workbench.context.StatusMessages;
import org.partnergraph.workbench.plugins.PluginHost;
import org.partnergraph.workbench.plugins.PluginRecord;
import org.partnergraph.workbench.plugins.PluginStatus;

/** Every plugin with id, version, provider, API version and state; enable, disable, install; the error of a failed one. */
final class PluginManagerDialog extends JDialog {

    private final PluginHost host;
    private final BackgroundTasks tasks;
    private final StatusMessages messages;
    private final JTable table = new JTable();
    private final JTextArea error = new JTextArea(4, 40);
    private List<PluginRecord> records = List.of();

    PluginManagerDialog(Frame owner, PluginHost host, BackgroundTasks tasks, StatusMessages messages) {
        super(owner, "Plugins (this workbench provides plugin API " + PluginApi.VERSION + ")", false);
        this.host = host;
        this.tasks = tasks;
        this.messages = messages;
        setName("plugins.dialog");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        table.setName("plugins.table");
        error.setName("plugins.error");
        error.setEditable(false);
        error.setLineWrap(true);
        error.setWrapStyleWord(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> showError());
        JButton enable = button("Enable", "plugins.enable", () -> setPluginEnabled(true));
        JButton disable = button("Disable", "plugins.disable", () -> setPluginEnabled(false));
        JButton install = button("Install from jar...", "plugins.install", this::install);
        JButton close = button("Close", "plugins.close", this::dispose);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(install);
        buttons.add(enable);
        buttons.add(disable);
        buttons.add(close);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), new JScrollPane(error));
        split.setResizeWeight(0.7);
        JPanel root = new JPanel(new BorderLayout(0, 6));
        root.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        root.add(split, BorderLayout.CENTER);
        root.add(buttons, BorderLayout.SOUTH);
        setContentPane(root);
        setSize(new Dimension(820, 420));
        setLocationRelativeTo(owner);
        host.addChangeListener(onHostChange);
        refresh();
    }

    /** Refreshes the table when the host changes; removed when the window closes. */
    @SuppressWarnings("UnnecessaryLambda") // one instance, so that the listener added is the one removed
    private final Runnable onHostChange = () -> SwingUtilities.invokeLater(this::refresh);

    @Override
    public void dispose() {
        host.removeChangeListener(onHostChange);
        super.dispose();
    }

    private void refresh() {
        int was = table.getSelectedRow();
        String selected = was >= 0 && was < records.size() ? records.get(was).id() : null;
        records = host.records();
        List<Object[]> rows = new ArrayList<>();
        for (PluginRecord r : records) {
            rows.add(new Object[] {
                r.id(), r.version(), r.provider(), r.requires(), r.status().toString()
            });
        }
        table.setModel(new RowsModel(
                new String[] {"Id", "Version", "Provider", "Needs API", "State"}, rows, Set.of(), (r, c, v) -> {}));
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).id().equals(selected)) {
                table.setRowSelectionInterval(i, i);
            }
        }
        showError();
    }

    private void showError() {
        int i = table.getSelectedRow();
        if (i < 0 || i >= records.size()) {
            error.setText(records.stream()
                    .filter(r -> !r.error().isEmpty())
                    .map(r -> r.id() + ": " + r.error())
                    .reduce((a, b) -> a + "\n" + b)
                    .orElse("Select a plugin to see its details."));
            return;
        }
        PluginRecord r = records.get(i);
        error.setText(
                r.error().isEmpty()
                        ? r.id() + " is " + r.status() + (r.path() == null ? "" : " (" + r.path() + ")")
                        : r.error());
    }

    private void setPluginEnabled(boolean enabled) {
        int i = table.getSelectedRow();
        if (i < 0 || i >= records.size()) {
            messages.error("Select a plugin in the plugin manager first.");
            return;
        }
        PluginRecord r = records.get(i);
        if (r.status() == PluginStatus.REFUSED || PluginHost.SYSTEM.equals(r.id())) {
            messages.error(r.id()
                    + (r.status() == PluginStatus.REFUSED
                            ? " is refused: " + r.error()
                            : " is the class path's views; it cannot be " + (enabled ? "enabled." : "disabled.")));
            return;
        }
        tasks.submit(
                (enabled ? "Enabling " : "Disabling ") + r.id(),
                m -> host.setEnabled(r.id(), enabled),
                after -> say(after, enabled ? "enabled" : "disabled"));
    }

    /** What the plugin's change did, as it is now: its views, importers and exporters, or its error. */
    private void say(PluginRecord r, String done) {
        if (r.status() == PluginStatus.FAILED || r.status() == PluginStatus.REFUSED) {
            messages.error(r.id() + " " + r.version() + " could not start: " + r.error());
        } else if (r.status() == PluginStatus.DISABLED) {
            messages.info(r.id() + " is disabled: its views, importers and exporters are gone until it is enabled.");
        } else {
            List<String> titles =
                    host.viewsOf(r.id()).stream().map(v -> v.info().title()).toList();
            long importers = host.importers().stream()
                    .filter(c -> c.pluginId().equals(r.id()))
                    .count();
            long exporters = host.exporters().stream()
                    .filter(c -> c.pluginId().equals(r.id()))
                    .count();
            StringBuilder sb = new StringBuilder(r.id() + " " + r.version() + " is " + done);
            sb.append(
                    titles.isEmpty()
                            ? "; it adds no views"
                            : "; its views are in the View menu: " + String.join(", ", titles));
            if (importers > 0) {
                sb.append("; importers in File > Import: ").append(importers);
            }
            if (exporters > 0) {
                sb.append("; exporters in File > Export graph: ").append(exporters);
            }
            messages.info(sb.append('.').toString());
        }
    }

    private void install() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("plugins.install.chooser");
        chooser.setFileFilter(new FileNameExtensionFilter("Plugin jar", "jar"));
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path jar = chooser.getSelectedFile().toPath();
        tasks.submit("Installing " + jar.getFileName(), m -> host.install(jar), r -> say(r, "installed"));
    }

    private static JButton button(String text, String name, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }
}
