package org.partnergraph.workbench;

import java.awt.Frame;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.io.DatasetException;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.store.GraphStore;
import org.partnergraph.workbench.context.BackgroundTasks;
import org.partnergraph.workbench.context.ChangePoller;
import org.partnergraph.workbench.context.SharedGraph;
import org.partnergraph.workbench.context.SharedSelection;
import org.partnergraph.workbench.context.ShownDate;
import org.partnergraph.workbench.context.StatusMessages;
import org.partnergraph.workbench.context.WorkbenchSettings;
import org.partnergraph.workbench.db.DatabaseSource;
import org.partnergraph.workbench.db.OpenDatabase;
import org.partnergraph.workbench.db.SampleGraphs;
import org.partnergraph.workbench.edit.EditService;
import org.partnergraph.workbench.plugins.PluginHost;
import org.partnergraph.workbench.plugins.PluginStatus;
import org.partnergraph.workbench.shell.EdtWatchdog;
import org.partnergraph.workbench.shell.Themes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench: the window, the services behind it (graph, selection, tasks, edits, plugins),
 * and the database, which starts in the background while the window is already up.
 */
public final class Workbench {

    private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);

    private final WorkbenchOptions options;
    private final WorkbenchSettings settings;
    private final SharedGraph graph = new SharedGraph();
    private final SharedSelection selection = new SharedSelection();
    private final MainWindow window;
    private final BackgroundTasks tasks;
    private final EditService edits;
    private final Time time;
    private final PluginHost plugins;
    private final long startNanos;
    private volatile OpenDatabase database;
    private volatile long readyMillis = -1;
    private EdtWatchdog watchdog;
    private final CountDownLatch ready = new CountDownLatch(1);

    private Workbench(WorkbenchOptions options, long startNanos) {
        this.options = options;
        this.startNanos = startNanos;
        this.settings = new WorkbenchSettings(options.userDir().resolve("workbench.properties"));
        Themes.install(settings.getBoolean("theme.dark", false));
        AtomicReference<StatusMessages> status = new AtomicReference<>();
        StatusMessages messages = new StatusMessages() {
            @Override
            public void info(String sentence) {
                status.get().info(sentence);
            }

            @Override
            public void error(String sentence) {
                status.get().error(sentence);
            }
        };
        this.tasks = new BackgroundTasks(messages);
        this.edits = new EditService(graph, () -> database == null ? null : database.store(), messages);
        this.time = new Time(new ShownDate(graph), new ChangePoller(this::store, edits, graph, messages));
        List<Path> roots = new ArrayList<>();
        if (options.pluginsDir() != null) {
            roots.add(options.pluginsDir());
        }
        roots.add(options.userPluginsDir());
        this.plugins = new PluginHost(roots, options.userPluginsDir(), options.development());
        this.window = new MainWindow(this);
        status.set(window.statusBar());
    }

    /**
     * Opens the workbench as the application: the window at once, the database and plugins in the
     * background; closing the window stops the database and exits. Call from any thread; returns
     * when the window is showing.
     *
     * @param source the database the options name, as the launcher builds it
     */
    public static void launch(WorkbenchOptions options, DatabaseSource source) {
        Workbench w = start(options, source);
        w.exitOnClose = true;
    }

    private volatile boolean exitOnClose;

    /** Opens the window on {@code source} and returns once it shows (tests, embedding). */
    static Workbench start(WorkbenchOptions options, DatabaseSource source) {
        long t0 = System.nanoTime();
        AtomicReference<Workbench> created = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                Workbench w = new Workbench(options, t0);
                created.set(w);
                w.window.setVisible(true);
                LOG.info("Window shown {} ms after start", (System.nanoTime() - t0) / 1_000_000);
                if (options.development()) {
                    w.watchdog = new EdtWatchdog(EdtWatchdog.STALL_MILLIS_DEFAULT).start();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                    "The workbench window could not open: " + e.getCause().getMessage(), e.getCause());
        }
        Workbench w = created.get();
        Containment.install(w);
        w.loadPlugins();
        w.openDatabase(source);
        return w;
    }

    private void loadPlugins() {
        tasks.submit(
                "Loading plugins",
                m -> {
                    plugins.load();
                    return plugins.views();
                },
                views -> {
                    window.pluginsLoaded(views, settings.get("layout.views", ""));
                    sayWhichFailed();
                });
    }

    /** A plugin that failed to load or start is said in the status bar, not only in the log. */
    private void sayWhichFailed() {
        List<String> failed = plugins.records().stream()
                .filter(r -> r.status() == PluginStatus.FAILED)
                .map(r -> "Plugin " + r.id() + " failed: " + r.error())
                .toList();
        if (!failed.isEmpty()) {
            window.statusBar().error(String.join(" ", failed) + " See Plugins > Plugin manager.");
        }
    }

    /** Opens {@code source} in the background, loading the sample graphs into an empty database. */
    void openDatabase(DatabaseSource source) {
        window.statusBar().setDatabase("Starting the database...");
        tasks.submit(
                "Database",
                m -> {
                    OpenDatabase db = source.open(m::message);
                    m.message("Checking for sample graphs...");
                    SampleGraphs.loadIfEmpty(db.store(), options.graphsDir(), m);
                    m.message("Reading the graph...");
                    graph.setViewer(db.store().user());
                    return read(db);
                },
                loaded -> {
                    OpenDatabase old = database;
                    database = loaded.db();
                    edits.clear();
                    edits.setWave(null);
                    graph.replace(loaded.graph(), "Loaded");
                    time.poller().start(ChangePoller.configured());
                    window.statusBar().setDatabase(loaded.db().description());
                    window.statusBar().setCounts(loaded.stats());
                    readyMillis = (System.nanoTime() - startNanos) / 1_000_000;
                    LOG.info("Database ready {} ms after start", readyMillis);
                    window.statusBar().info("Database ready (" + readyMillis / 1000.0 + " s).");
                    ready.countDown();
                    if (old != null && old != loaded.db()) {
                        new Thread(old::close, "pg-close-old-db").start();
                    }
                },
                e -> {
                    window.statusBar().setDatabase(database == null ? "No database" : database.description());
                    window.statusBar().error(StatusMessages.sentence(e));
                });
    }

    private record Loaded(OpenDatabase db, SharedGraph.Prepared graph, Map<String, Long> stats) {}

    /** The history (folded as of the date shown) and the counts; in the background. */
    private Loaded read(OpenDatabase db) {
        return new Loaded(
                db, graph.prepare(db.store().readHistory()), db.store().stats(null));
    }

    /** Reads the graph and counts again (after a load). */
    void reload(String reason) {
        OpenDatabase db = database;
        if (db == null) {
            return;
        }
        tasks.submit("Reading the graph", m -> read(db), l -> {
            graph.replace(l.graph(), reason);
            window.statusBar().setCounts(l.stats());
        });
    }

    /** Checks and loads a dataset folder; problems go to the problems panel. */
    void openDataset(Path folder) {
        OpenDatabase db = database;
        if (db == null) {
            window.statusBar().error("The database is not ready yet; open the folder again in a moment.");
            return;
        }
        tasks.submit(
                "Loading " + folder.getFileName(),
                m -> {
                    m.message("Checking...");
                    Dataset d;
                    try {
                        d = BundleReader.read(folder);
                    } catch (DatasetException e) {
                        return e;
                    }
                    loadCancellably("Loading " + folder.getFileName(), db, d.manifest(), d.graph(), m);
                    return d.manifest().name();
                },
                result -> {
                    if (result instanceof DatasetException e) {
                        window.showProblems(folder, e.problems());
                        window.statusBar()
                                .error(folder.getFileName() + " has "
                                        + e.problems().size()
                                        + " problem(s); nothing was loaded. See the Problems panel.");
                    } else {
                        window.showProblems(folder, List.of());
                        edits.clear();
                        window.statusBar().info("Loaded " + result + " from " + folder + ".");
                        reload("Loaded " + result);
                    }
                });
    }

    /**
     * Loads in one transaction that the task's Cancel rolls back (checked between batches). A
     * cancelled task's result is dropped, so what happened is said here, and the graph is read
     * again whatever the outcome (a cancel that came after the commit leaves the data loaded).
     */
    private void loadCancellably(
            String title,
            OpenDatabase db,
            org.partnergraph.model.Manifest manifest,
            PartnershipGraph loaded,
            org.partnergraph.plugin.TaskMonitor m) {
        long size = GraphStore.loadSize(loaded);
        try {
            db.store().load(manifest, loaded, done -> m.progress(done, size), m::isCancelled);
        } catch (RuntimeException e) {
            if (m.isCancelled()) {
                SwingUtilities.invokeLater(() -> {
                    window.statusBar().info(title + " was cancelled; nothing was loaded.");
                    reload("Cancelled: " + title);
                });
            }
            throw e;
        }
        if (m.isCancelled()) {
            SwingUtilities.invokeLater(() -> {
                edits.clear();
                window.statusBar()
                        .info(title + " had finished when it was cancelled; " + manifest.name() + " is loaded.");
                reload("Loaded " + manifest.name());
            });
        }
    }

    /** Reads {@code file} with a plugin's importer and loads the result like a bundle: all or nothing. */
    void importFile(org.partnergraph.plugin.Importer importer, Path file) {
        OpenDatabase db = database;
        if (db == null) {
            window.statusBar().error("The database is not ready yet; import again in a moment.");
            return;
        }
        tasks.submit(
                "Importing " + file.getFileName(),
                m -> {
                    m.message("Reading with " + importer.name() + "...");
                    org.partnergraph.plugin.ImportedDataset d = importer.read(file, m);
                    loadCancellably("Importing " + file.getFileName(), db, d.manifest(), d.graph(), m);
                    return d.manifest().name();
                },
                name -> {
                    edits.clear();
                    window.statusBar().info("Imported " + name + " from " + file + " with " + importer.name() + ".");
                    reload("Imported " + name);
                },
                e -> window.statusBar()
                        .error("Could not import " + file.getFileName() + " with " + importer.name() + ": "
                                + StatusMessages.sentence(e) + " Nothing was loaded."));
    }

    /** Writes the graph shown now to {@code target} with a plugin's exporter, in the background. */
    void exportGraph(org.partnergraph.plugin.Exporter exporter, Path target) {
        PartnershipGraph now = graph.current();
        tasks.submit(
                "Exporting " + target.getFileName(),
                m -> {
                    exporter.write(now, target, m);
                    return target;
                },
                written -> window.statusBar().info("Exported the graph as " + exporter.name() + " to " + written + "."),
                e -> window.statusBar()
                        .error("Could not export as " + exporter.name() + ": " + StatusMessages.sentence(e)));
    }

    /** Closes the window, stops the plugins and the database (in the background) and, as an application, exits. */
    void shutdown() {
        Containment.release(this);
        time.poller().close();
        window.saveLayout();
        window.dispose();
        if (watchdog != null) {
            watchdog.stop();
        }
        Thread t = new Thread(
                () -> {
                    plugins.stop();
                    settings.flush();
                    OpenDatabase db = database;
                    if (db != null) {
                        db.close();
                    }
                    if (exitOnClose) {
                        System.exit(0);
                    }
                },
                "pg-shutdown");
        t.start();
    }

    /** Waits until the database is open and the graph read (tests). */
    boolean awaitReady(long millis) throws InterruptedException {
        return ready.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    WorkbenchOptions options() {
        return options;
    }

    WorkbenchSettings settings() {
        return settings;
    }

    SharedGraph graph() {
        return graph;
    }

    SharedSelection selection() {
        return selection;
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    EditService edits() {
        return edits;
    }

    /** The date shown and the poller of others' changes. */
    record Time(ShownDate shown, ChangePoller poller) {}

    Time time() {
        return time;
    }

    PluginHost plugins() {
        return plugins;
    }

    Frame frame() {
        return window;
    }

    MainWindow window() {
        return window;
    }

    /** The open store, or null while it starts. */
    GraphStore store() {
        OpenDatabase db = database;
        return db == null ? null : db.store();
    }

    long readyMillis() {
        return readyMillis;
    }
}
