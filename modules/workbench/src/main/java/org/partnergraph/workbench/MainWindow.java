package org.partnergraph.workbench;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.TransferHandler;
import javax.swing.WindowConstants;
import org.partnergraph.io.DatasetProblem;
import org.partnergraph.plugin.PluginApi;
import org.partnergraph.plugin.swing.ViewPosition;
import org.partnergraph.workbench.context.ViewContext;
import org.partnergraph.workbench.db.DatabaseSource;
import org.partnergraph.workbench.plugins.ContributedView;
import org.partnergraph.workbench.shell.InspectorPanel;
import org.partnergraph.workbench.shell.NavigatorPanel;
import org.partnergraph.workbench.shell.ProblemsPanel;
import org.partnergraph.workbench.shell.StatusBar;
import org.partnergraph.workbench.shell.Themes;
import org.partnergraph.workbench.shell.ViewArea;

/** The main window: menus, toolbar, navigator, view area, inspector, problems, status bar. */
final class MainWindow extends JFrame {

    private final Workbench workbench;
    private final StatusBar statusBar;
    private final NavigatorPanel navigator;
    private final InspectorPanel inspector;
    private final ViewArea views = new ViewArea();
    private final ProblemsPanel problems = new ProblemsPanel();
    private final JTabbedPane bottom = new JTabbedPane();
    private final JSplitPane left;
    private final JSplitPane right;
    private final JSplitPane vertical;
    private final JMenu viewMenu = new JMenu("View");
    private final Map<String, ContributedView> available = new HashMap<>();
    private final Action undo;
    private boolean pluginsLoaded;
    private final Action redo;

    MainWindow(Workbench workbench) {
        super("Partnergraph");
        this.workbench = workbench;
        setName("workbench.main");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                workbench.shutdown();
            }
        });
        statusBar = new StatusBar(workbench.tasks());
        navigator = new NavigatorPanel(workbench.graph(), workbench.selection());
        inspector = new InspectorPanel(workbench.graph(), workbench.selection(), workbench.edits(), statusBar);
        inspector.setName("inspector");
        bottom.setName("bottom");
        bottom.addTab("Problems", problems);
        right = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, views, inspector);
        right.setResizeWeight(1);
        left = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, navigator, right);
        vertical = new JSplitPane(JSplitPane.VERTICAL_SPLIT, left, bottom);
        vertical.setResizeWeight(1);
        for (JSplitPane s : List.of(left, right, vertical)) {
            s.setBorder(null);
        }
        undo = action("Undo", KeyStroke.getKeyStroke(KeyEvent.VK_Z, menuMask()), () -> workbench
                .edits()
                .undo());
        redo = action(
                "Redo",
                KeyStroke.getKeyStroke(KeyEvent.VK_Z, menuMask() | InputEvent.SHIFT_DOWN_MASK),
                () -> workbench.edits().redo());
        workbench.edits().addChangeListener(this::updateUndo);
        updateUndo();
        setJMenuBar(menus());
        getContentPane().add(TimeParts.north(toolbar(), workbench, statusBar), BorderLayout.NORTH);
        getContentPane().add(vertical, BorderLayout.CENTER);
        getContentPane().add(statusBar, BorderLayout.SOUTH);
        getRootPane().setTransferHandler(new FolderDrop());
        restoreBounds();
        views.addChangeListener(this::saveLayout);
        workbench.plugins().addChangeListener(() -> javax.swing.SwingUtilities.invokeLater(this::pluginsChanged));
    }

    StatusBar statusBar() {
        return statusBar;
    }

    ViewArea views() {
        return views;
    }

    ProblemsPanel problems() {
        return problems;
    }

    private static int menuMask() {
        return Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu("File");
        file.add(item(
                "Open dataset folder...",
                "menu.open",
                KeyStroke.getKeyStroke(KeyEvent.VK_O, menuMask()),
                this::chooseDataset));
        file.add(item("Connect to a server...", "menu.connect", null, this::connect));
        file.add(item(
                "Reload the graph",
                "menu.reload",
                KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0),
                () -> workbench.reload("Reloaded")));
        file.addSeparator();
        file.add(item(
                "Export view...",
                "menu.exportView",
                KeyStroke.getKeyStroke(KeyEvent.VK_E, menuMask()),
                this::chooseViewExport));
        importMenu.setName("menu.import");
        exportMenu.setName("menu.exportGraph");
        file.add(importMenu);
        file.add(exportMenu);
        fillImportExport();
        file.addSeparator();
        file.add(item("Exit", "menu.exit", null, workbench::shutdown));
        bar.add(file);
        JMenu edit = new JMenu("Edit");
        JMenuItem undoItem = edit.add(undo);
        undoItem.setName("menu.undo");
        JMenuItem redoItem = edit.add(redo);
        redoItem.setName("menu.redo");
        bar.add(edit);
        bar.add(TimeParts.wavesMenu(this, workbench, statusBar));
        rebuildViewMenu();
        bar.add(viewMenu);
        JMenu plugins = new JMenu("Plugins");
        plugins.add(item("Plugin manager...", "menu.plugins", null, this::openPluginManager));
        bar.add(plugins);
        JMenu help = new JMenu("Help");
        help.add(item(
                "About Partnergraph",
                "menu.about",
                null,
                () -> JOptionPane.showMessageDialog(
                        this,
                        "Partnergraph workbench\nPlugin API " + PluginApi.VERSION + "\nDatabase: " + statusBarText(),
                        "About",
                        JOptionPane.INFORMATION_MESSAGE)));
        help.add(item("How to connect...", "menu.howToConnect", null, this::showHowToConnect));
        bar.add(help);
        return bar;
    }

    private void showHowToConnect() {
        javax.swing.JTextArea text =
                new javax.swing.JTextArea(org.partnergraph.workbench.db.HowToConnect.text(statusBarText()));
        text.setEditable(false);
        text.setName("howToConnect.text");
        text.setFont(new java.awt.Font(
                java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, text.getFont().getSize()));
        JOptionPane.showMessageDialog(this, text, "How to connect", JOptionPane.INFORMATION_MESSAGE);
    }

    private String statusBarText() {
        return workbench.store() == null
                ? "starting"
                : workbench.store().connection().uri();
    }

    private JToolBar toolbar() {
        JToolBar t = new JToolBar();
        t.setFloatable(false);
        t.add(new AbstractAction("Open dataset...") {
            @Override
            public void actionPerformed(ActionEvent e) {
                chooseDataset();
            }
        });
        t.add(undo).setName("toolbar.undo");
        t.add(redo).setName("toolbar.redo");
        t.addSeparator();
        t.add(new AbstractAction("Reload") {
            @Override
            public void actionPerformed(ActionEvent e) {
                workbench.reload("Reloaded");
            }
        });
        t.add(new AbstractAction("Plugins") {
            @Override
            public void actionPerformed(ActionEvent e) {
                openPluginManager();
            }
        });
        return t;
    }

    private void rebuildViewMenu() {
        viewMenu.removeAll();
        Map<String, JMenu> submenus = new HashMap<>();
        available.values().stream()
                .sorted((a, b) -> a.info().title().compareToIgnoreCase(b.info().title()))
                .forEach(v -> {
                    JMenu parent = viewMenu;
                    String path = "";
                    for (String part : v.info().menuPath().split("/", -1)) {
                        if (part.isBlank()) {
                            continue;
                        }
                        path = path + "/" + part;
                        JMenu p = parent;
                        parent = submenus.computeIfAbsent(path, k -> {
                            JMenu m = new JMenu(part);
                            p.add(m);
                            return m;
                        });
                    }
                    JMenuItem item =
                            item(v.info().title(), "menu.view." + v.info().id(), null, () -> openView(v, null));
                    item.setIcon(v.info().icon());
                    parent.add(item);
                });
        if (available.isEmpty()) {
            JMenuItem none = new JMenuItem(
                    pluginsLoaded ? "No views: no plugin contributes one" : "No views yet (plugins are loading)");
            none.setEnabled(false);
            viewMenu.add(none);
        }
        viewMenu.addSeparator();
        JCheckBoxMenuItem dark =
                new JCheckBoxMenuItem("Dark theme", workbench.settings().getBoolean("theme.dark", false));
        dark.setName("menu.dark");
        dark.addActionListener(e -> setDark(dark.isSelected()));
        viewMenu.add(dark);
        viewMenu.add(item("Problems", "menu.problems", null, () -> bottom.setSelectedComponent(problems)));
    }

    void setDark(boolean on) {
        workbench.settings().put("theme.dark", Boolean.toString(on));
        Themes.switchTo(on);
    }

    private final JMenu importMenu = new JMenu("Import");
    private final JMenu exportMenu = new JMenu("Export graph");

    /** File > Import and File > Export graph: one item per importer and exporter the plugins contribute. */
    private void fillImportExport() {
        importMenu.removeAll();
        exportMenu.removeAll();
        for (var c : workbench.plugins().importers()) {
            var importer = c.extension();
            importMenu.add(item(
                    importer.name() + "...", "menu.import." + importer.name(), null, () -> chooseImport(importer)));
        }
        for (var c : workbench.plugins().exporters()) {
            var exporter = c.extension();
            exportMenu.add(item(
                    exporter.name() + "...",
                    "menu.exportGraph." + exporter.name(),
                    null,
                    () -> chooseGraphExport(exporter)));
        }
        importMenu.setEnabled(importMenu.getItemCount() > 0);
        exportMenu.setEnabled(exportMenu.getItemCount() > 0);
        importMenu.setToolTipText(importMenu.getItemCount() > 0 ? null : "No plugin contributes an importer.");
        exportMenu.setToolTipText(exportMenu.getItemCount() > 0 ? null : "No plugin contributes an exporter.");
    }

    private void chooseImport(org.partnergraph.plugin.Importer importer) {
        JFileChooser chooser = new JFileChooser(workbench.settings().get("import.last", null));
        chooser.setName("import.chooser");
        chooser.setDialogTitle("Import with " + importer.name());
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        workbench
                .settings()
                .put("import.last", file.toAbsolutePath().getParent().toString());
        if (!importer.accepts(file)) {
            statusBar.error(importer.name() + " does not read " + file.getFileName() + ".");
            return;
        }
        workbench.importFile(importer, file);
    }

    private void chooseGraphExport(org.partnergraph.plugin.Exporter exporter) {
        JFileChooser chooser = new JFileChooser(workbench.settings().get("export.last", null));
        chooser.setName("export.graph.chooser");
        chooser.setDialogTitle("Export the graph as " + exporter.name());
        chooser.setFileFilter(
                new javax.swing.filechooser.FileNameExtensionFilter(exporter.name(), exporter.fileExtension()));
        chooser.setSelectedFile(new java.io.File("partnergraph." + exporter.fileExtension()));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        if (!target.getFileName().toString().endsWith("." + exporter.fileExtension())) {
            target = target.resolveSibling(target.getFileName() + "." + exporter.fileExtension());
        }
        workbench
                .settings()
                .put("export.last", target.toAbsolutePath().getParent().toString());
        workbench.exportGraph(exporter, target);
    }

    /** The views the plugins contribute are known: list them, and reopen the ones open at the last exit. */
    void pluginsLoaded(List<ContributedView> contributed, String layout) {
        pluginsLoaded = true;
        fillImportExport();
        contributed.forEach(v -> available.put(v.info().id(), v));
        rebuildViewMenu();
        for (String entry : layout.split(",", -1)) {
            String[] parts = entry.split("@", -1);
            ContributedView v = available.get(parts[0]);
            if (v != null) {
                openView(v, parts.length > 1 ? parts[1] : null);
            }
        }
        views.setDividerLocation(workbench.settings().getInt("layout.views.divider", -1));
    }

    /**
     * A plugin was installed, enabled, disabled or failed: the View menu and File > Import and
     * Export graph list what the plugins contribute now, and the open views of a plugin that no
     * longer contributes them close.
     */
    private void pluginsChanged() {
        available.clear();
        workbench.plugins().views().forEach(v -> available.put(v.info().id(), v));
        rebuildViewMenu();
        fillImportExport();
        for (HostedView h : List.copyOf(hosted.values())) {
            if (!available.containsKey(h.viewId())) {
                closeView(h);
            }
        }
    }

    private void closeView(HostedView h) {
        int i = bottom.indexOfComponent(h.component());
        if (i >= 0) {
            bottom.removeTabAt(i);
            hosted.remove(h.viewId());
            h.dispose();
        } else if (!views.close(h.viewId())) {
            hosted.remove(h.viewId());
            h.dispose();
        }
    }

    /** True once the plugins are loaded and the views of the last exit reopened (tests). */
    boolean pluginsLoaded() {
        return pluginsLoaded;
    }

    /** The open views, by view id: their contexts (File > Export view) and their failures. */
    private final java.util.Map<String, HostedView> hosted = new java.util.LinkedHashMap<>();

    /** The context of the open view {@code viewId}, if it is open. */
    java.util.Optional<ViewContext> contextOf(String viewId) {
        return java.util.Optional.ofNullable(hosted.get(viewId)).map(HostedView::context);
    }

    /** Opens the view {@code viewId} of a loaded plugin (or selects it); an unknown id does nothing. */
    void openViewById(String viewId) {
        workbench.plugins().views().stream()
                .filter(v -> v.info().id().equals(viewId))
                .findFirst()
                .ifPresent(v -> openView(v, null));
    }

    /** Opens a view (or selects it when it is open). */
    void openView(ContributedView v, String where) {
        if (views.select(v.info().id())) {
            return;
        }
        HostedView view = new HostedView(workbench, v, this::swap);
        hosted.put(v.info().id(), view);
        boolean side = where == null ? v.info().position() == ViewPosition.SIDE : where.equals("side");
        if (where == null && v.info().position() == ViewPosition.BOTTOM) {
            bottom.addTab(v.info().title(), view.component());
            bottom.setSelectedComponent(view.component());
            return;
        }
        views.open(
                new ViewArea.OpenView(v.info().id(), v.info().title(), view.component(), () -> {
                    hosted.remove(v.info().id());
                    view.dispose();
                }),
                side);
    }

    /** Puts {@code with} where the view component {@code old} is shown (its error, or the view again). */
    private void swap(JComponent old, JComponent with) {
        int i = bottom.indexOfComponent(old);
        if (i >= 0) {
            bottom.setComponentAt(i, with);
        } else {
            views.replace(old, with);
        }
    }

    /** Shows {@code e} in every open view of {@code pluginId}; false when none is open. */
    boolean failViewsOf(String pluginId, Throwable e) {
        List<HostedView> of = hosted.values().stream()
                .filter(h -> h.pluginId().equals(pluginId))
                .toList();
        of.forEach(h -> h.fail(e));
        return !of.isEmpty();
    }

    void showProblems(Path folder, List<DatasetProblem> list) {
        problems.showProblems(folder, list);
        if (!list.isEmpty()) {
            bottom.setSelectedComponent(problems);
            if (vertical.getDividerLocation() > getHeight() - 160) {
                vertical.setDividerLocation(Math.max(200, getHeight() - 260));
            }
        }
    }

    /** File > Export view: the active view's offers, one file filter each, the default name from the view. */
    private void chooseViewExport() {
        var view = views.activeView().orElse(null);
        if (view == null) {
            statusBar.error("Open a view first: File > Export view writes what the active view shows.");
            return;
        }
        List<org.partnergraph.plugin.swing.ViewExport> offers =
                contextOf(view.id()).map(ViewContext::exports).orElse(List.of());
        if (offers.isEmpty()) {
            JOptionPane.showMessageDialog(
                    this, view.title() + " offers nothing to export.", "Export view", JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        JFileChooser chooser = new JFileChooser(workbench.settings().get("export.last", null));
        chooser.setName("export.chooser");
        chooser.setDialogTitle("Export " + view.title());
        chooser.setAcceptAllFileFilterUsed(false);
        for (var offer : offers) {
            chooser.addChoosableFileFilter(new javax.swing.filechooser.FileNameExtensionFilter(
                    offer.name() + " (*." + offer.fileExtension() + ")", offer.fileExtension()));
        }
        chooser.setFileFilter(chooser.getChoosableFileFilters()[0]);
        chooser.setSelectedFile(new java.io.File(
                view.id().replace('.', '-') + "." + offers.get(0).fileExtension()));
        chooser.addPropertyChangeListener(JFileChooser.FILE_FILTER_CHANGED_PROPERTY, e -> {
            if (chooser.getFileFilter() instanceof javax.swing.filechooser.FileNameExtensionFilter f) {
                String base = view.id().replace('.', '-');
                chooser.setSelectedFile(new java.io.File(base + "." + f.getExtensions()[0]));
            }
        });
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        String extension = chooser.getFileFilter() instanceof javax.swing.filechooser.FileNameExtensionFilter f
                ? f.getExtensions()[0]
                : offers.get(0).fileExtension();
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)) {
            target = target.resolveSibling(target.getFileName() + "." + extension);
        }
        workbench
                .settings()
                .put("export.last", target.toAbsolutePath().getParent().toString());
        exportView(view.id(), extension, target);
    }

    /**
     * Writes the export {@code extension} of the open view {@code viewId} to {@code target}: the bytes
     * are made on the event thread (what is on screen), the file is written in the background.
     */
    void exportView(String viewId, String extension, Path target) {
        var offer = contextOf(viewId).map(ViewContext::exports).orElse(List.of()).stream()
                .filter(e -> e.fileExtension().equalsIgnoreCase(extension))
                .findFirst()
                .orElse(null);
        if (offer == null) {
            statusBar.error(viewId + " does not offer ." + extension + " now.");
            return;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            offer.write(bytes);
        } catch (java.io.IOException | RuntimeException e) {
            statusBar.error("Could not export " + viewId + " as " + offer.name() + ": "
                    + org.partnergraph.workbench.context.StatusMessages.sentence(e));
            return;
        }
        workbench
                .tasks()
                .submit(
                        "Writing " + target.getFileName(),
                        monitor -> {
                            Path parent = target.toAbsolutePath().getParent();
                            if (parent != null) {
                                java.nio.file.Files.createDirectories(parent);
                            }
                            java.nio.file.Files.write(target, bytes.toByteArray());
                            return target;
                        },
                        written -> statusBar.info("Exported " + offer.name() + " to " + written + "."));
    }

    private void chooseDataset() {
        JFileChooser chooser = new JFileChooser(workbench.settings().get("dataset.last", null));
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle("Open dataset folder");
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            Path dir = chooser.getSelectedFile().toPath();
            workbench.settings().put("dataset.last", dir.toString());
            workbench.openDataset(dir);
        }
    }

    private void connect() {
        ConnectAnswer.ask(this, workbench).ifPresent(source -> workbench.openDatabase(source));
    }

    private void openPluginManager() {
        PluginManagerWindow.open(this, workbench);
    }

    private void updateUndo() {
        undo.setEnabled(workbench.edits().stack().canUndo());
        redo.setEnabled(workbench.edits().stack().canRedo());
        undo.putValue(
                Action.SHORT_DESCRIPTION,
                workbench
                        .edits()
                        .stack()
                        .nextUndo()
                        .map(e -> "Undo " + e.description())
                        .orElse("Nothing to undo"));
        redo.putValue(
                Action.SHORT_DESCRIPTION,
                workbench
                        .edits()
                        .stack()
                        .nextRedo()
                        .map(e -> "Redo " + e.description())
                        .orElse("Nothing to redo"));
    }

    private void restoreBounds() {
        var s = workbench.settings();
        int w = s.getInt("window.width", 1280);
        int h = s.getInt("window.height", 800);
        setSize(new Dimension(w, h));
        int x = s.getInt("window.x", Integer.MIN_VALUE);
        int y = s.getInt("window.y", Integer.MIN_VALUE);
        if (x == Integer.MIN_VALUE) {
            setLocationRelativeTo(null);
        } else {
            setLocation(x, y);
        }
        if (s.getBoolean("window.maximized", false)) {
            setExtendedState(MAXIMIZED_BOTH);
        }
        left.setDividerLocation(s.getInt("layout.left", 260));
        right.setDividerLocation(s.getInt("layout.right", Math.max(300, w - 260 - 380)));
        vertical.setDividerLocation(s.getInt("layout.vertical", h - 230));
    }

    /** Remembers size, position, split positions and the open views. */
    void saveLayout() {
        var s = workbench.settings();
        boolean max = (getExtendedState() & MAXIMIZED_BOTH) == MAXIMIZED_BOTH;
        s.put("window.maximized", Boolean.toString(max));
        if (!max && isShowing()) {
            s.put("window.width", Integer.toString(getWidth()));
            s.put("window.height", Integer.toString(getHeight()));
            s.put("window.x", Integer.toString(getX()));
            s.put("window.y", Integer.toString(getY()));
        }
        s.put("layout.left", Integer.toString(left.getDividerLocation()));
        s.put("layout.right", Integer.toString(right.getDividerLocation()));
        s.put("layout.vertical", Integer.toString(vertical.getDividerLocation()));
        s.put("layout.views", String.join(",", views.layoutState()));
        s.put("layout.views.divider", Integer.toString(views.dividerLocation()));
    }

    private JMenuItem item(String text, String name, KeyStroke key, Runnable run) {
        JMenuItem i = new JMenuItem(text);
        i.setName(name);
        if (key != null) {
            i.setAccelerator(key);
        }
        i.addActionListener(e -> run.run());
        return i;
    }

    private static Action action(String name, KeyStroke key, Runnable run) {
        AbstractAction a = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        a.putValue(Action.ACCELERATOR_KEY, key);
        return a;
    }

    /** Drop a dataset folder anywhere on the window to open it. */
    private final class FolderDrop extends TransferHandler {
        @Override
        public boolean canImport(TransferSupport support) {
            return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
        }

        @Override
        public boolean importData(TransferSupport support) {
            try {
                @SuppressWarnings("unchecked")
                List<File> files =
                        (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                for (File f : files) {
                    Path p = f.toPath();
                    if (Files.isDirectory(p)) {
                        workbench.openDataset(p);
                        return true;
                    }
                }
                statusBar.error("Drop a dataset folder (with a manifest.json), not a file.");
                return false;
            } catch (Exception e) {
                statusBar.error("Could not read what was dropped: " + e.getMessage());
                return false;
            }
        }
    }

    /** Bridges the package-private dialogs of the shell package. */
    private static final class ConnectAnswer {
        static java.util.Optional<DatabaseSource> ask(MainWindow w, Workbench wb) {
            return org.partnergraph.workbench.shell.Dialogs.connect(w, wb.settings())
                    .map(a -> a);
        }
    }

    private static final class PluginManagerWindow {
        static void open(MainWindow w, Workbench wb) {
            org.partnergraph.workbench.shell.Dialogs.pluginManager(w, wb.plugins(), wb.tasks(), w.statusBar());
        }
    }
}
