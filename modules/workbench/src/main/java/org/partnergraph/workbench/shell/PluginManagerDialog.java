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
        Runnable refresh = () -> SwingUtilities.invokeLater(this::refresh);
        host.addChangeListener(refresh);
        refresh();
    }

    private void refresh() {
        records = host.records();
        List<Object[]> rows = new ArrayList<>();
        for (PluginRecord r : records) {
            rows.add(new Object[] {
                r.id(), r.version(), r.provider(), r.requires(), r.status().toString()
            });
        }
        table.setModel(new RowsModel(
                new String[] {"Id", "Version", "Provider", "Needs API", "State"}, rows, Set.of(), (r, c, v) -> {}));
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
        if (i < 0) {
            return;
        }
        PluginRecord r = records.get(i);
        if (r.status() == PluginStatus.REFUSED || PluginHost.SYSTEM.equals(r.id())) {
            return;
        }
        host.setEnabled(r.id(), enabled);
        messages.info(r.id() + (enabled ? " will be enabled" : " will be disabled") + " at the next start.");
    }

    private void install() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter("Plugin jar", "jar"));
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path jar = chooser.getSelectedFile().toPath();
        tasks.submit("Installing " + jar.getFileName(), m -> host.install(jar), r -> {
            if (r.status() == PluginStatus.STARTED) {
                messages.info("Installed " + r.id() + " " + r.version() + "; its views are in the View menu.");
            } else {
                messages.error(r.error());
            }
        });
    }

    private static JButton button(String text, String name, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }
}
