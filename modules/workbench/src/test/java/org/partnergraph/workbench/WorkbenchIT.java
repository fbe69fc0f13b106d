package org.partnergraph.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.TreePath;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Score;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.store.testing.TestBundles;
import org.partnergraph.workbench.db.DatabaseSource;
import org.partnergraph.workbench.plugins.PluginRecord;
import org.partnergraph.workbench.plugins.PluginStatus;

/** The real window under Xvfb, on the shared embedded database loaded with the small bundle. */
@ExtendWith(EmbeddedDatabase.class)
class WorkbenchIT {

    @TempDir
    Path temp;

    private Robot robot;
    private Workbench workbench;
    private FrameFixture window;

    private Workbench open(GraphStore store, Path plugins) throws Exception {
        WorkbenchOptions options = WorkbenchOptions.embedded(
                        temp.resolve("unused"), TestBundles.small().getParent(), plugins)
                .withUserDir(Files.createTempDirectory("pg-user"))
                .withDevelopment(true);
        workbench = Workbench.start(options, DatabaseSource.of(store, "embedded (test)"));
        assertThat(workbench.awaitReady(60_000)).as("database ready").isTrue();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
        window = new FrameFixture(robot, workbench.window());
        return workbench;
    }

    @AfterEach
    void close() {
        if (window != null) {
            GuiActionRunner.execute(() -> workbench.shutdown());
            robot.cleanUpWithoutDisposingWindows();
        }
    }

    @Test
    void selectingAPartnerShowsItsValuesInTheInspector(GraphStore store) throws Exception {
        open(store, null);
        window.label("status.counts").requireText(java.util.regex.Pattern.compile("\\d+ nodes, \\d+ relationships"));
        selectInTree("Public Health Testshire");
        window.label("inspector.title").requireText("Public Health Testshire");
        window.table("inspector.properties").requireCellValue(TableCell.row(0).column(1), "testshire:ph");
        window.table("inspector.properties").requireCellValue(TableCell.row(1).column(1), "public health");
        window.table("inspector.influences").requireCellValue(TableCell.row(0).column(1), "5");
    }

    @Test
    void editingAScoreWritesItAndUndoWritesTheOldOneBack(GraphStore store) throws Exception {
        open(store, null);
        selectInTree("NHS Testshire, Clinical Commissioning");
        Supplier<Score> quality = () -> store.influence("testshire:nhs", "testshire:obj-1")
                .map(Influence::quality)
                .orElseThrow();
        assertThat(quality.get()).isEqualTo(Score.of(3));

        GuiActionRunner.execute(
                () -> window.table("inspector.influences").target().setValueAt("1", 0, 2));
        eventually(() -> quality.get().equals(Score.of(1)));
        window.table("inspector.influences").requireCellValue(TableCell.row(0).column(2), "1");

        window.menuItem("menu.undo").requireEnabled();
        assertThat(window.menuItem("menu.undo").target().getAccelerator())
                .isEqualTo(javax.swing.KeyStroke.getKeyStroke(KeyEvent.VK_Z, java.awt.event.InputEvent.CTRL_DOWN_MASK));
        window.menuItemWithPath("Edit", "Undo").click();
        eventually(() -> quality.get().equals(Score.of(3)));
        window.table("inspector.influences").requireCellValue(TableCell.row(0).column(2), "3");

        window.menuItemWithPath("Edit", "Redo").click();
        eventually(() -> quality.get().equals(Score.of(1)));
    }

    @Test
    void aViewThatThrowsShowsItsErrorAndTheWorkbenchStaysUsable(GraphStore store) throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginJars.build(plugins, "throwing-plugin", "2.0", ThrowingView.class);
        open(store, plugins);
        eventually(() ->
                workbench.plugins().views().stream().anyMatch(v -> v.info().id().equals("test.throwing")));
        eventually(() -> GuiActionRunner.execute(
                () -> workbench.window().getJMenuBar().getMenu(2).getItemCount() > 2));
        window.menuItemWithPath("View", "Test", "Throwing view").click();
        window.panel("view.error").requireVisible();
        window.label("view.error.message")
                .requireText(java.util.regex.Pattern.compile(
                        ".*the throwing view always throws.*", java.util.regex.Pattern.DOTALL));
        assertThat(record("throwing-plugin").status()).isEqualTo(PluginStatus.FAILED);

        selectInTree("Public Health Testshire");
        window.label("inspector.title").requireText("Public Health Testshire");
    }

    @Test
    void fileExportViewWritesWhatTheActiveViewOffers(GraphStore store) throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginJars.build(plugins, "exporting-plugin", "2.0", ExportingView.class);
        open(store, plugins);
        eventually(() ->
                workbench.plugins().views().stream().anyMatch(v -> v.info().id().equals("test.exporting")));
        eventually(() -> GuiActionRunner.execute(
                () -> workbench.window().getJMenuBar().getMenu(2).getItemCount() > 2));
        window.menuItemWithPath("View", "Test", "Exporting view").click();
        window.table("test.exporting.table").requireRowCount(5);

        Path out = temp.resolve("exports");
        window.menuItemWithPath("File", "Export view...").click();
        var chooser = window.fileChooser("export.chooser");
        chooser.setCurrentDirectory(Files.createDirectories(out).toFile());
        chooser.fileNameTextBox().setText("partners.csv");
        chooser.approve();
        eventually(() -> Files.exists(out.resolve("partners.csv")));
        List<String> lines = Files.readAllLines(out.resolve("partners.csv"));
        assertThat(lines).hasSize(6).first().isEqualTo("Partner");
        assertThat(lines).contains("Public Health Testshire");

        GuiActionRunner.execute(() -> workbench.window().exportView("test.exporting", "png", out.resolve("table.png")));
        eventually(() -> Files.exists(out.resolve("table.png")) && Files.size(out.resolve("table.png")) > 0);
        assertThat(ImageIO.read(out.resolve("table.png").toFile())).isNotNull();
    }

    @Test
    void fileImportAndExportGraphUseThePluginsImporterAndExporter(GraphStore store) throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginJars.build(plugins, "io-plugin", "2.0", LinesImporter.class, NamesExporter.class);
        open(store, plugins);
        eventually(() -> GuiActionRunner.execute(
                () -> window.menuItem("menu.import").target().isEnabled()));

        Path list = Files.writeString(temp.resolve("partners.txt"), "Parish Council of Ware\nHertford Rowing Club\n");
        window.menuItemWithPath("File", "Import", "Partner list...").click();
        var chooser = window.fileChooser("import.chooser");
        chooser.selectFile(list.toFile());
        chooser.approve();
        // A load in the background, then a read; once took more than 20 s in a full build.
        eventually(() -> store.readGraph("imported").partners().size() == 2, Duration.ofSeconds(60));
        eventually(() -> GuiActionRunner.execute(
                () -> workbench.graph().current().partnerships().contains("imported")));

        Path out = Files.createDirectories(temp.resolve("out"));
        window.menuItemWithPath("File", "Export graph", "Partner names...").click();
        var save = window.fileChooser("export.graph.chooser");
        save.setCurrentDirectory(out.toFile());
        save.fileNameTextBox().setText("all.names");
        save.approve();
        eventually(() -> Files.exists(out.resolve("all.names")));
        assertThat(Files.readAllLines(out.resolve("all.names")))
                .contains("Hertford Rowing Club", "Public Health Testshire")
                .hasSize(7);
    }

    @Test
    void connectRemembersTheUriAndUserButNeverThePassword(GraphStore store) throws Exception {
        open(store, null);
        window.menuItemWithPath("File", "Connect to a server...").click();
        var dialog = window.dialog();
        dialog.textBox("connect.uri").setText("neo4j://127.0.0.1:1");
        dialog.textBox("connect.user").setText("analyst");
        dialog.textBox("connect.password").setText("s3cret-pw");
        dialog.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("OK"))
                .click();
        // The driver gives up on a routing URI after its connection and retry timeouts (10 s and 15 s),
        // later than 20 s on a loaded machine; the failure itself is what is checked.
        eventually(
                () -> GuiActionRunner.execute(
                                () -> window.label("status.message").target().getText())
                        .contains("neo4j://127.0.0.1:1"),
                Duration.ofSeconds(60));
        window.label("status.database").requireText(java.util.regex.Pattern.compile("embedded.*"));
        GuiActionRunner.execute(() -> workbench.settings().flush());
        String saved = Files.readString(workbench.options().userDir().resolve("workbench.properties"));
        assertThat(saved)
                .contains("connect.uri=neo4j\\://127.0.0.1\\:1")
                .contains("connect.user=analyst")
                .doesNotContain("s3cret-pw");
    }

    @Test
    void theWindowSizeAndTheOpenViewsComeBackAfterARestart(GraphStore store) throws Exception {
        Path user = Files.createTempDirectory("pg-user-restart");
        WorkbenchOptions options = WorkbenchOptions.embedded(
                        temp.resolve("unused"),
                        TestBundles.small().getParent(),
                        Path.of("../../plugins").toAbsolutePath().normalize())
                .withUserDir(user)
                .withDevelopment(true);
        Workbench first = Workbench.start(options, DatabaseSource.of(store, "embedded (test)"));
        assertThat(first.awaitReady(60_000)).isTrue();
        eventually(() -> !first.plugins().views().isEmpty());
        GuiActionRunner.execute(() -> {
            first.window().setSize(1111, 777);
            first.plugins().views().forEach(v -> first.window().openView(v, null));
        });
        GuiActionRunner.execute(first::shutdown);

        workbench = Workbench.start(options, DatabaseSource.of(store, "embedded (test)"));
        assertThat(workbench.awaitReady(60_000)).isTrue();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        window = new FrameFixture(robot, workbench.window());
        assertThat(GuiActionRunner.execute(() -> workbench.window().getSize()))
                .isEqualTo(new java.awt.Dimension(1111, 777));
        eventually(() -> GuiActionRunner.execute(() -> workbench.window().views().openViews().stream()
                .anyMatch(v -> v.id().equals("example.relationship-gaps"))));
    }

    @Test
    void aPluginBuiltFor1xIsRefusedWithASentenceNamingBothVersions(GraphStore store) throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginJars.build(plugins, "old-plugin", "1.1", ThrowingView.class);
        open(store, plugins);
        eventually(() -> workbench.plugins().records().stream().anyMatch(r -> r.id().equals("old-plugin")));
        PluginRecord r = record("old-plugin");
        assertThat(r.status()).isEqualTo(PluginStatus.REFUSED);
        assertThat(r.error())
                .isEqualTo("Plugin 'old-plugin' needs plugin API 1.1, but this workbench provides plugin API 2.1;"
                        + " ask for a version of the plugin built for 2.x.");
        assertThat(workbench.plugins().views()).noneMatch(v -> v.pluginId().equals("old-plugin"));

        window.menuItemWithPath("Plugins", "Plugin manager...").click();
        window.dialog("plugins.dialog")
                .textBox("plugins.error")
                .requireText(java.util.regex.Pattern.compile(
                        ".*needs plugin API 1.1, but this workbench provides plugin API 2\\.1.*",
                        java.util.regex.Pattern.DOTALL));
        window.dialog("plugins.dialog").button("plugins.close").click();
    }

    @Test
    void screenshotsLightAndDark(GraphStore store) throws Exception {
        Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(out);
        open(store, Path.of("../../plugins").toAbsolutePath().normalize());
        GuiActionRunner.execute(() -> workbench.window().setSize(1260, 800));
        eventually(() -> !workbench.plugins().views().isEmpty());
        GuiActionRunner.execute(() ->
                workbench.plugins().views().forEach(v -> workbench.window().openView(v, null)));
        selectInTree("NHS Testshire, Clinical Commissioning");
        robot.waitForIdle();
        Thread.sleep(400);
        shoot(out.resolve("workbench-light.png"));
        GuiActionRunner.execute(() -> workbench.window().setDark(true));
        robot.waitForIdle();
        Thread.sleep(400);
        shoot(out.resolve("workbench-dark.png"));
        GuiActionRunner.execute(() -> workbench.window().setDark(false));
    }

    private void shoot(Path file) throws Exception {
        var bounds = GuiActionRunner.execute(() -> workbench.window().getBounds());
        var image = new java.awt.Robot().createScreenCapture(bounds);
        ImageIO.write(image, "png", file.toFile());
    }

    private PluginRecord record(String id) {
        return workbench.plugins().records().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private void selectInTree(String label) {
        JTree tree = window.tree("navigator.tree").target();
        TreePath path = GuiActionRunner.execute(() -> {
            var root = (DefaultMutableTreeNode) tree.getModel().getRoot();
            var e = root.breadthFirstEnumeration();
            while (e.hasMoreElements()) {
                var n = (DefaultMutableTreeNode) e.nextElement();
                if (n.getUserObject().toString().equals(label)) {
                    return new TreePath(n.getPath());
                }
            }
            return null;
        });
        assertThat(path).as("tree entry " + label).isNotNull();
        window.tree("navigator.tree").clickPath(pathText(path));
    }

    private static String pathText(TreePath p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < p.getPathCount(); i++) {
            sb.append(i > 1 ? "/" : "").append(p.getPathComponent(i));
        }
        return sb.toString();
    }

    private static void eventually(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        eventually(condition, Duration.ofSeconds(20));
    }

    private static void eventually(java.util.concurrent.Callable<Boolean> condition, Duration within) throws Exception {
        long end = System.nanoTime() + within.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + within.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }
}
