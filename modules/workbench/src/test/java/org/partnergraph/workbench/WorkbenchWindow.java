package org.partnergraph.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.swing.ViewExport;
import org.partnergraph.store.GraphStore;
import org.partnergraph.workbench.db.DatabaseSource;
import org.partnergraph.workbench.shell.ViewArea;

/**
 * The real workbench window for a plugin's window tests (under Xvfb): the shared embedded test
 * database (emptied per test by {@code EmbeddedDatabase}), the datasets of a folder loaded into it
 * as on a first start, and one plugin loaded from its build output (development mode), as a user
 * would run it.
 *
 * <pre>{@code
 * @ExtendWith(EmbeddedDatabase.class)
 * class InfluenceMapIT {
 *     @Test
 *     void opensFromTheMenu(GraphStore store) throws Exception {
 *         try (WorkbenchWindow w = WorkbenchWindow.open(store, WorkbenchWindow.hertfordshire(), Path.of("."))) {
 *             JComponent view = w.openFromMenu("influence.map", "Analysis", "Influence map");
 *             ...
 *         }
 *     }
 * }
 * }</pre>
 */
public final class WorkbenchWindow implements AutoCloseable {

    private final Workbench workbench;
    private final GraphStore store;
    private final Path dataset;
    private final boolean expectViews;
    private final Robot robot;
    private final FrameFixture window;

    private WorkbenchWindow(Workbench workbench, GraphStore store, Path dataset, boolean expectViews) {
        this.workbench = workbench;
        this.store = store;
        this.dataset = dataset;
        this.expectViews = expectViews;
        this.robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
        this.window = new FrameFixture(robot, workbench.window());
    }

    /** {@code graphs/hertfordshire} of this repository, from a module two levels down ({@code plugins/x}). */
    public static Path hertfordshire() {
        return repository().resolve("graphs/hertfordshire");
    }

    /** The repository's root, found upwards from the working directory. */
    public static Path repository() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("graphs/hertfordshire"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException(
                    "no graphs/hertfordshire above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /**
     * Opens the window, loads {@code dataset} (a bundle folder, or null for none) into the empty
     * {@code store} and loads the plugin whose project folder is {@code pluginProject} (holding
     * {@code plugin.properties} and {@code target/classes}; null for none). Returns when the
     * database is ready and the plugins are loaded.
     */
    public static WorkbenchWindow open(GraphStore store, Path dataset, Path pluginProject) throws Exception {
        Path temp = Files.createTempDirectory("pg-window");
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        if (pluginProject != null) {
            Path project = pluginProject.toAbsolutePath().normalize();
            Files.createSymbolicLink(plugins.resolve(project.getFileName()), project);
        }
        return start(store, dataset, temp, plugins, pluginProject != null);
    }

    /**
     * As {@link #open}, with the plugins of a plugins folder as the application has it (jars, e.g.
     * the distribution's {@code plugins/}), not in development mode.
     */
    public static WorkbenchWindow openWithPlugins(GraphStore store, Path dataset, Path pluginsFolder) throws Exception {
        return start(
                store,
                dataset,
                Files.createTempDirectory("pg-window"),
                pluginsFolder.toAbsolutePath().normalize(),
                true);
    }

    private static WorkbenchWindow start(GraphStore store, Path dataset, Path temp, Path plugins, boolean expectViews)
            throws Exception {
        Path graphs = Files.createDirectories(temp.resolve("graphs"));
        if (dataset != null) {
            Files.createSymbolicLink(
                    graphs.resolve(dataset.getFileName()),
                    dataset.toAbsolutePath().normalize());
        }
        WorkbenchOptions options = WorkbenchOptions.embedded(temp.resolve("unused"), graphs, plugins)
                .withUserDir(Files.createDirectories(temp.resolve("user")))
                .withDevelopment(true);
        return started(
                Workbench.start(options, DatabaseSource.of(store, "embedded (test)")), store, dataset, expectViews);
    }

    /**
     * Quits this workbench and starts it again in the same user folder, as a user would. The
     * database opens only once the views open at the exit are back, as the embedded database
     * (about 12 s to open) does in the application; so the views first see an empty graph.
     */
    public WorkbenchWindow restart() throws Exception {
        close();
        workbench.settings().flush();
        AtomicReference<Workbench> next = new AtomicReference<>();
        DatabaseSource late = progress -> {
            try {
                eventually("views of the last exit reopened", () -> {
                    Workbench w = next.get();
                    return w != null
                            && GuiActionRunner.execute(
                                    () -> !w.window().views().openViews().isEmpty());
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return DatabaseSource.of(store, "embedded (test)").open(progress);
        };
        next.set(Workbench.start(workbench.options(), late));
        return started(next.get(), store, dataset, expectViews);
    }

    private static WorkbenchWindow started(Workbench workbench, GraphStore store, Path dataset, boolean expectViews)
            throws Exception {
        assertThat(workbench.awaitReady(120_000)).as("database ready").isTrue();
        WorkbenchWindow w = new WorkbenchWindow(workbench, store, dataset, expectViews);
        GuiActionRunner.execute(() -> workbench.window().setSize(1400, 900));
        eventually(
                "plugins loaded",
                () -> !expectViews || !workbench.plugins().views().isEmpty());
        eventually(
                "graph read",
                () -> dataset == null
                        || !GuiActionRunner.execute(
                                () -> workbench.graph().current().partners().isEmpty()));
        return w;
    }

    /** The window, for AssertJ Swing's finders ({@code window().table("name")}). */
    public FrameFixture window() {
        return window;
    }

    public Robot robot() {
        return robot;
    }

    /**
     * Clicks {@code View > path...} and returns the component of view {@code viewId} once it shows.
     */
    public JComponent openFromMenu(String viewId, String... path) throws Exception {
        String[] full = new String[path.length + 1];
        full[0] = "View";
        System.arraycopy(path, 0, full, 1, path.length);
        window.menuItemWithPath(full).click();
        eventually("view " + viewId + " open", () -> view(viewId) != null);
        robot.waitForIdle();
        return view(viewId);
    }

    /** The component of the open view {@code viewId} (its error panel if it failed), or null. */
    public JComponent view(String viewId) {
        return GuiActionRunner.execute(() -> workbench.window().views().openViews().stream()
                .filter(v -> v.id().equals(viewId))
                .map(ViewArea.OpenView::component)
                .findFirst()
                .orElse(null));
    }

    /** Selects nodes by id in the shared selection, as another view would. */
    public void select(String... nodeIds) {
        GuiActionRunner.execute(() -> workbench
                .selection()
                .publish(
                        this,
                        java.util.Arrays.stream(nodeIds).map(SelectedItem::node).toList()));
        robot.waitForIdle();
    }

    /** What is selected now in the shared selection. */
    public List<SelectedItem> selection() {
        return GuiActionRunner.execute(() -> workbench.selection().items());
    }

    /** What the plugin manager shows as the status of plugin {@code pluginId} ({@code started}, {@code failed}...). */
    public String pluginStatus(String pluginId) {
        return workbench.plugins().records().stream()
                .filter(r -> r.id().equals(pluginId))
                .map(r -> r.status().toString())
                .findFirst()
                .orElse("not loaded");
    }

    /** What the open view {@code viewId} offers to export now. */
    public List<ViewExport> exports(String viewId) {
        return GuiActionRunner.execute(
                () -> workbench.window().contextOf(viewId).map(c -> c.exports()).orElse(List.of()));
    }

    /** Runs {@code viewId}'s export with the extension {@code extension} on the event thread; its bytes. */
    public byte[] export(String viewId, String extension) {
        ViewExport export = exports(viewId).stream()
                .filter(e -> e.fileExtension().equals(extension))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(viewId + " offers no ." + extension + " export: " + exports(viewId)));
        return GuiActionRunner.execute(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                export.write(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    /** A screenshot of the whole window into {@code file} (for docs/ and for looking at). */
    public Path screenshot(Path file) throws Exception {
        robot.waitForIdle();
        Thread.sleep(300);
        var bounds = GuiActionRunner.execute(() -> workbench.window().getBounds());
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(new java.awt.Robot().createScreenCapture(bounds), "png", file.toFile());
        return file;
    }

    /** The workbench (package-private parts are reachable from tests in {@code org.partnergraph.workbench}). */
    public Workbench workbench() {
        return workbench;
    }

    /** Waits up to 30 s for {@code condition}. */
    public static void eventually(String what, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + ": not within 30 s");
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        GuiActionRunner.execute(() -> workbench.shutdown());
        robot.cleanUpWithoutDisposingWindows();
    }
}
