package org.partnergraph.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.store.testing.TestBundles;
import org.partnergraph.workbench.db.DatabaseSource;
import org.partnergraph.workbench.plugins.PluginStatus;

/**
 * Installing, disabling and enabling a plugin from the plugin manager takes effect at once: its
 * view, importer and exporter appear in and leave the menus, its open view closes, and the status
 * bar says what happened. In the real window under Xvfb, with a plugin jar built here.
 */
@ExtendWith(EmbeddedDatabase.class)
class LivePluginsIT {

    private static final String VIEW_ITEM = "menu.view.test.listener";
    private static final String IMPORT_ITEM = "menu.import.Partner list";
    private static final String EXPORT_ITEM = "menu.exportGraph.Partner names";

    @TempDir
    Path temp;

    private Robot robot;
    private Workbench workbench;
    private FrameFixture window;

    @AfterEach
    void close() {
        if (window != null) {
            GuiActionRunner.execute(() -> workbench.shutdown());
            robot.cleanUpWithoutDisposingWindows();
        }
    }

    @Test
    void installDisableAndEnableTakeEffectAtOnce(GraphStore store) throws Exception {
        Path jar = PluginJars.build(
                Files.createDirectories(temp.resolve("jars")),
                "live-plugin",
                "2.0",
                null,
                List.of(ListenerThrowingView.class, LinesImporter.class, NamesExporter.class),
                List.of());
        WorkbenchOptions options = WorkbenchOptions.embedded(
                        temp.resolve("unused"),
                        TestBundles.small().getParent(),
                        Files.createDirectories(temp.resolve("plugins")))
                .withUserDir(Files.createTempDirectory("pg-user-live"))
                .withDevelopment(true);
        workbench = Workbench.start(options, DatabaseSource.of(store, "embedded (test)"));
        assertThat(workbench.awaitReady(180_000)).isTrue();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
        window = new FrameFixture(robot, workbench.window());
        eventually(
                "plugins loaded",
                () -> GuiActionRunner.execute(() -> workbench.window().pluginsLoaded()));
        assertThat(menuItemNames()).doesNotContain(VIEW_ITEM, IMPORT_ITEM, EXPORT_ITEM);
        window.menuItem("menu.import").requireDisabled();
        int listeners = workbench.plugins().changeListenerCount();

        DialogFixture manager = openManager();
        manager.button("plugins.install").click();
        var chooser =
                JFileChooserFinder.findFileChooser("plugins.install.chooser").using(robot);
        chooser.selectFile(jar.toFile());
        chooser.approve();
        eventually("installed", () -> status("live-plugin") == PluginStatus.STARTED);
        robot.waitForIdle();
        window.label("status.message")
                .requireText("live-plugin 0.0.1 is installed; its views are in the View menu: Listener view;"
                        + " importers in File > Import: 1; exporters in File > Export graph: 1.");
        assertThat(menuItemNames()).contains(VIEW_ITEM, IMPORT_ITEM, EXPORT_ITEM);
        window.menuItem("menu.import").requireEnabled();
        window.menuItemWithPath("View", "Test", "Listener view").click();
        window.button("test.listener.button").requireVisible();

        select(manager, "live-plugin");
        manager.button("plugins.disable").click();
        eventually("disabled", () -> status("live-plugin") == PluginStatus.DISABLED);
        robot.waitForIdle();
        assertThat(menuItemNames()).doesNotContain(VIEW_ITEM, IMPORT_ITEM, EXPORT_ITEM);
        window.menuItem("menu.import").requireDisabled();
        assertThat(GuiActionRunner.execute(() -> workbench.window().views().openViews()))
                .as("its open view closed")
                .noneMatch(v -> v.id().equals("test.listener"));
        window.label("status.message")
                .requireText(
                        "live-plugin is disabled: its views, importers and exporters are gone until it is enabled.");

        select(manager, "live-plugin");
        manager.button("plugins.enable").click();
        eventually("enabled", () -> status("live-plugin") == PluginStatus.STARTED);
        robot.waitForIdle();
        assertThat(menuItemNames()).contains(VIEW_ITEM, IMPORT_ITEM, EXPORT_ITEM);
        window.label("status.message")
                .requireText("live-plugin 0.0.1 is enabled; its views are in the View menu: Listener view;"
                        + " importers in File > Import: 1; exporters in File > Export graph: 1.");
        window.menuItemWithPath("View", "Test", "Listener view").click();
        window.button("test.listener.button").requireVisible();

        manager.moveToFront();
        manager.button("plugins.close").click();
        window.moveToFront();
        DialogFixture again = openManager();
        again.moveToFront();
        again.button("plugins.close").click();
        robot.waitForIdle();
        assertThat(workbench.plugins().changeListenerCount())
                .as("closed plugin manager windows leave no listener behind")
                .isEqualTo(listeners);
    }

    private DialogFixture openManager() {
        window.moveToFront();
        window.menuItemWithPath("Plugins", "Plugin manager...").click();
        return window.dialog("plugins.dialog");
    }

    private void select(DialogFixture manager, String id) throws Exception {
        eventually(id + " listed", () -> rowOf(manager, id) >= 0);
        // Xvfb has no window manager: clicking the main window raised it over the dialog.
        manager.moveToFront();
        int row = rowOf(manager, id);
        GuiActionRunner.execute(() -> manager.table("plugins.table").target().setRowSelectionInterval(row, row));
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(
                        () -> manager.table("plugins.table").target().getSelectedRow()))
                .isEqualTo(rowOf(manager, id));
    }

    private static int rowOf(DialogFixture manager, String id) {
        return GuiActionRunner.execute(() -> {
            var t = manager.table("plugins.table").target();
            for (int r = 0; r < t.getRowCount(); r++) {
                if (id.equals(t.getValueAt(r, 0))) {
                    return r;
                }
            }
            return -1;
        });
    }

    private PluginStatus status(String id) {
        return workbench.plugins().records().stream()
                .filter(r -> r.id().equals(id))
                .map(r -> r.status())
                .findFirst()
                .orElse(null);
    }

    /** The names of every item in the menu bar, submenus included. */
    private List<String> menuItemNames() {
        return GuiActionRunner.execute(() -> {
            List<String> names = new ArrayList<>();
            var bar = workbench.window().getJMenuBar();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                collect(bar.getMenu(i), names);
            }
            return names;
        });
    }

    private static void collect(JMenu menu, List<String> names) {
        for (Component c : menu.getMenuComponents()) {
            if (c instanceof JMenu sub) {
                collect(sub, names);
            }
            if (c instanceof JMenuItem item && item.getName() != null) {
                names.add(item.getName());
            }
        }
    }

    private void eventually(String what, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + ": not within 30 s; the status bar says: "
                        + GuiActionRunner.execute(
                                () -> workbench.window().statusBar().messageText()));
            }
            Thread.sleep(50);
        }
    }
}
