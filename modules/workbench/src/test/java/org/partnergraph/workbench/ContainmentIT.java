package org.partnergraph.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.store.testing.TestBundles;
import org.partnergraph.workbench.db.DatabaseSource;
import org.partnergraph.workbench.plugins.PluginRecord;
import org.partnergraph.workbench.plugins.PluginStatus;

/**
 * Plugins whose code throws where nothing of theirs catches it (a Swing listener, paint code, a
 * thread of their own, {@code start()}), in real jars built here, in the real window under Xvfb:
 * the plugin is marked failed, its view shows the error with Restart view, the shell goes on.
 */
@ExtendWith(EmbeddedDatabase.class)
class ContainmentIT {

    @TempDir
    Path temp;

    private Robot robot;
    private Workbench workbench;
    private FrameFixture window;

    private void open(GraphStore store, Path plugins) throws Exception {
        WorkbenchOptions options = WorkbenchOptions.embedded(
                        temp.resolve("unused"), TestBundles.small().getParent(), plugins)
                .withUserDir(Files.createTempDirectory("pg-user"))
                .withDevelopment(true);
        workbench = Workbench.start(options, DatabaseSource.of(store, "embedded (test)"));
        assertThat(workbench.awaitReady(180_000)).as("database ready").isTrue();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
        window = new FrameFixture(robot, workbench.window());
        eventually("plugins loaded", () -> !workbench.plugins().records().isEmpty());
    }

    @AfterEach
    void close() {
        if (window != null) {
            GuiActionRunner.execute(() -> workbench.shutdown());
            robot.cleanUpWithoutDisposingWindows();
        }
    }

    @Test
    void aListenerThatThrowsShowsItsErrorInItsViewAndRestartViewBringsItBack(GraphStore store) throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginJars.build(plugins, "listener-plugin", "2.0", ListenerThrowingView.class);
        open(store, plugins);
        openFromMenu("Listener view");
        window.button("test.listener.button").click();

        window.panel("view.error").requireVisible();
        window.label("view.error.message")
                .requireText(Pattern.compile(
                        ".*Listener view \\(plugin listener-plugin\\) threw: the listener always throws.*"));
        assertThat(record("listener-plugin").status()).isEqualTo(PluginStatus.FAILED);
        assertThat(record("listener-plugin").error()).contains("the listener always throws");
        window.label("status.message").requireText(Pattern.compile(".*the listener always throws.*"));
        shellStillWorks();

        window.button("view.error.restart").click();
        window.button("test.listener.button").requireVisible();
        assertThat(record("listener-plugin").status()).isEqualTo(PluginStatus.STARTED);
    }

    @Test
    void paintCodeThatThrowsShowsItsErrorInItsView(GraphStore store) throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginJars.build(
                plugins, "paint-plugin", "2.0", null, List.of(PaintThrowingView.class), List.of(ThrowingPaint.class));
        open(store, plugins);
        openFromMenu("Paint view");

        window.panel("view.error").requireVisible();
        window.label("view.error.message").requireText(Pattern.compile(".*paint always throws.*"));
        assertThat(record("paint-plugin").status()).isEqualTo(PluginStatus.FAILED);
        window.button("view.error.restart").requireVisible();
        shellStillWorks();
    }

    @Test
    void aThreadOfThePluginsOwnThatThrowsFailsItsView(GraphStore store) throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginJars.build(plugins, "thread-plugin", "2.0", ThreadThrowingView.class);
        open(store, plugins);
        openFromMenu("Thread view");

        window.panel("view.error").requireVisible();
        window.label("view.error.message").requireText(Pattern.compile(".*the thread always throws.*"));
        assertThat(record("thread-plugin").status()).isEqualTo(PluginStatus.FAILED);
        shellStillWorks();
    }

    @Test
    void startThatThrowsMarksThePluginFailedAndSaysSo(GraphStore store) throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginJars.build(
                plugins,
                "start-plugin",
                "2.0",
                StartThrowingPlugin.class,
                List.of(ListenerThrowingView.class),
                List.of());
        open(store, plugins);
        eventually("start-plugin listed", () -> workbench.plugins().records().stream()
                .anyMatch(r -> r.id().equals("start-plugin")));

        PluginRecord r = record("start-plugin");
        assertThat(r.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(r.error()).isEqualTo("start always throws");
        assertThat(workbench.plugins().views()).noneMatch(v -> v.pluginId().equals("start-plugin"));
        // The status bar may show "Database ready" by now; the last error stays as its tooltip.
        assertThat(GuiActionRunner.execute(
                        () -> window.label("status.message").target().getToolTipText()))
                .contains("Plugin start-plugin failed: start always throws");
        shellStillWorks();
    }

    /** The window still answers: a menu opens and the navigator shows the graph. */
    private void shellStillWorks() {
        window.menuItemWithPath("View", "Problems").click();
        window.tree("navigator.tree").requireVisible();
        assertThat(GuiActionRunner.execute(() -> workbench.graph().current().partners()))
                .isNotEmpty();
    }

    private void openFromMenu(String title) throws Exception {
        eventually("view menu filled", () -> !workbench.plugins().views().isEmpty());
        robot.waitForIdle();
        window.menuItemWithPath("View", "Test", title).click();
        robot.waitForIdle();
    }

    private PluginRecord record(String id) {
        return workbench.plugins().records().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static void eventually(String what, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + ": not within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
