package org.partnergraph.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.store.testing.GraphDump;
import org.partnergraph.store.testing.TestBundles;
import org.partnergraph.workbench.db.DatabaseSource;

/** Cancel on a running load, in the real window on the real embedded Neo4j: the graph is as it was. */
@ExtendWith(EmbeddedDatabase.class)
class CancelLoadIT {

    /** Partners added to the small bundle: several batches, seconds of writing, so Cancel lands mid-load. */
    private static final int EXTRA_PARTNERS = 40_000;

    @TempDir
    Path temp;

    private Robot robot;
    private Workbench workbench;

    @AfterEach
    void close() {
        if (robot != null) {
            GuiActionRunner.execute(() -> workbench.shutdown());
            robot.cleanUpWithoutDisposingWindows();
        }
    }

    @Test
    void cancellingARunningLoadLeavesTheGraphExactlyAsItWas(GraphStore store) throws Exception {
        Path big = TestBundles.copyOfSmall(Files.createDirectories(temp.resolve("big")));
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < EXTRA_PARTNERS; i++) {
            rows.append("extra-").append(i).append(",Extra partner ").append(i).append(",school,,,,test: many,,\n");
        }
        Files.writeString(big.resolve("partners.csv"), rows, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        WorkbenchOptions options = WorkbenchOptions.embedded(
                        temp.resolve("unused"), TestBundles.small().getParent(), null)
                .withUserDir(Files.createTempDirectory("pg-user-live"))
                .withDevelopment(true);
        workbench = Workbench.start(options, DatabaseSource.of(store, "embedded (test)"));
        assertThat(workbench.awaitReady(180_000)).isTrue();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        FrameFixture window = new FrameFixture(robot, workbench.window());
        List<String> before = GraphDump.of(store);
        PartnershipGraph shown = GuiActionRunner.execute(() -> workbench.graph().current());

        GuiActionRunner.execute(() -> workbench.openDataset(big));
        eventually("the load is writing", () -> workbench.tasks().running().stream()
                .anyMatch(t -> t.title().startsWith("Loading") && t.fraction() > 0));
        window.button("status.cancel").click();

        eventually("the cancel is said", () -> GuiActionRunner.execute(
                        () -> workbench.window().statusBar().messageText())
                .equals("Loading small was cancelled; nothing was loaded."));
        eventually("the task ended", () -> workbench.tasks().running().isEmpty());
        assertThat(GraphDump.of(store)).isEqualTo(before);
        PartnershipGraph after = GuiActionRunner.execute(() -> workbench.graph().current());
        assertThat(after.partners()).isEqualTo(shown.partners());
        assertThat(after.node("testshire:extra-0")).isEmpty();
    }

    private static void eventually(String what, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + ": not within 60 s");
            }
            Thread.sleep(10);
        }
    }
}
