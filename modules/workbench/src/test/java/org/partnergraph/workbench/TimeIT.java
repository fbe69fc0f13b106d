package org.partnergraph.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergraph.workbench.WorkbenchWindow.eventually;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.model.Influence;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Score;
import org.partnergraph.model.Wave;
import org.partnergraph.plugin.WaveComparison;
import org.partnergraph.store.EditOptions;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;

/**
 * Time in the window, on the Hertfordshire sample through the real embedded Neo4j: a dated edit
 * and the date control, waves started, compared and refused, and a second user ("sam", a store
 * on the same database, as the command line would be) whose changes appear and whose later change
 * makes an edit stale. A test view plugin (API 2.1) shows what a view is told.
 */
@ExtendWith(EmbeddedDatabase.class)
class TimeIT {

    private static final String NHS = AsOfView.NHS;
    private static final String OBJ2 = AsOfView.OBJ2;

    @TempDir
    Path temp;

    private WorkbenchWindow w;

    @BeforeAll
    static void pollOften() {
        System.setProperty("partnergraph.poll.millis", "300");
    }

    @AfterAll
    static void pollAsUsual() {
        System.clearProperty("partnergraph.poll.millis");
    }

    @AfterEach
    void close() {
        if (w != null) {
            w.close();
        }
    }

    private WorkbenchWindow open(GraphStore store) throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginJars.build(plugins, "asof-plugin", "2.1", AsOfView.class);
        w = WorkbenchWindow.openWithPlugins(store, WorkbenchWindow.hertfordshire(), plugins);
        w.openFromMenu("test.asof", "Test", "As-of view");
        return w;
    }

    @Test
    void aDatedEditShowsFromItsDateAndTheDateControlTakesTheViewsAndTheInspectorBack(GraphStore store)
            throws Exception {
        open(store);
        assertThat(label("test.asof.rating")).isEqualTo("5/3");
        w.select(OBJ2);
        w.window().textBox("inspector.holdsFrom").setText("2025-06-01");
        setQualityInInspector("4");

        eventually("saved as of 2025-06-01", () -> quality(store.readGraph(LocalDate.of(2025, 6, 2), store.user()))
                .equals(Optional.of(Score.of(4))));
        assertThat(quality(store.readGraph(LocalDate.of(2025, 5, 31), store.user())))
                .contains(Score.of(3));
        assertThat(quality(store.readGraph())).contains(Score.of(4));
        eventually("the view shows 4 now", () -> label("test.asof.rating").equals("5/4"));
        assertThat(inspectorQuality()).isEqualTo("4");
        assertThat(GuiActionRunner.execute(() -> dateStops()))
                .contains(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 1));

        // Home: the first stop, the day before the first change
        w.window().slider("date.slider").focus();
        w.robot().pressAndReleaseKeys(KeyEvent.VK_HOME);
        eventually("the view shows 2025-05-31", () -> label("test.asof.date").equals("2025-05-31"));
        assertThat(label("test.asof.rating")).isEqualTo("5/3");
        assertThat(quality(GuiActionRunner.execute(() -> w.workbench().graph().current())))
                .contains(Score.of(3));
        eventually("the inspector shows 3", () -> inspectorQuality().equals("3"));
        w.window().label("date.label").requireText("As of 2025-05-31");
        w.screenshot(Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "time-before.png"));
        assertThat(historyRows()).anySatisfy(r -> assertThat(r)
                .startsWith("rating: ")
                .contains("| 2025-06-01 | influence 5, quality 4 |")
                .contains("| " + store.user() + " |"));

        w.robot().pressAndReleaseKeys(KeyEvent.VK_END);
        eventually("the view shows now again", () -> label("test.asof.date").equals("now"));
        assertThat(label("test.asof.rating")).isEqualTo("5/4");
        assertThat(label("test.asof.reasons")).contains("As of 2025-05-31", "Now");

        // undo takes back the one dated record: 3 holds again on every date
        w.window().menuItemWithPath("Edit", "Undo").click();
        eventually("undone in Neo4j", () -> quality(store.readGraph()).equals(Optional.of(Score.of(3))));
        eventually("undone in the view", () -> label("test.asof.rating").equals("5/3"));
        assertThat(GuiActionRunner.execute(() -> dateStops())).doesNotContain(LocalDate.of(2025, 6, 1));
    }

    @Test
    void twoWavesChosenAreComparedAndTheViewIsToldAndAWaveTheStoreRefusesChangesNothing(GraphStore store)
            throws Exception {
        open(store);
        startWave("2024 review", "2024-04-01");
        eventually("the first draft", () -> drafts().size() == 1 && !wave().isEmpty());
        startWave("2025 review", "2025-06-01");
        eventually(
                "the second draft is the one edited into",
                () -> drafts().size() == 2 && wave().equals(drafts().get(1).id()));
        w.select(OBJ2);
        setQualityInInspector("4");
        eventually("saved into the wave", () -> store.readHistory().influences().stream()
                .anyMatch(i -> i.partnerId().equals(NHS)
                        && i.objectiveId().equals(OBJ2)
                        && i.quality().equals(Score.of(4))
                        && i.dating().wave().equals(drafts().get(1).id())
                        && LocalDate.of(2025, 6, 1).equals(i.dating().asOf())));

        w.window().menuItemWithPath("Waves", "Compare waves...").click();
        DialogFixture compare = w.window().dialog();
        compare.comboBox("waves.then").requireSelection("2024 review (2024-04-01, draft)");
        compare.comboBox("waves.now").requireSelection("2025 review (2025-06-01, draft)");
        compare.button(JButtonMatcher.withText("OK")).click();
        eventually("compared", () -> GuiActionRunner.execute(
                        () -> w.workbench().graph().comparison())
                .isPresent());
        WaveComparison c =
                GuiActionRunner.execute(() -> w.workbench().graph().comparison().orElseThrow());
        assertThat(c.then().name()).isEqualTo("2024 review");
        assertThat(c.now().name()).isEqualTo("2025 review");
        assertThat(quality(c.thenGraph())).contains(Score.of(3));
        assertThat(quality(c.nowGraph())).contains(Score.of(4));
        eventually("the view was told", () -> label("test.asof.comparison")
                .equals("2024 review -> 2025 review: 5/3 -> 5/4"));
        assertThat(label("test.asof.reasons")).contains("Compare 2024 review -> 2025 review");

        w.window().menuItemWithPath("Waves", "Stop comparing").click();
        eventually("stopped", () -> label("test.asof.comparison").isEmpty());
        assertThat(label("test.asof.reasons")).contains("Stop comparing");

        // the store refuses a second wave of the same name: nothing changes in the window
        PartnershipGraph before =
                GuiActionRunner.execute(() -> w.workbench().graph().history());
        String editedInto = wave();
        startWave("2025 review", "2025-07-01");
        eventually("refused", () -> status().contains("There is already a wave '2025 review'"));
        assertThat(status()).startsWith("Starting wave 2025 review failed: ");
        assertThat(GuiActionRunner.execute(() -> w.workbench().graph().history()))
                .isSameAs(before);
        assertThat(wave()).isEqualTo(editedInto);
        assertThat(store.waves("hertfordshire")).hasSize(2);
    }

    @Test
    void anotherUsersChangeAppearsWithinSecondsAndAnEditOnAValueTheyChangedSinceIsRefused(GraphStore store)
            throws Exception {
        open(store);
        GraphStore sam = new GraphStore(store.connection(), Clock.systemUTC(), "sam");
        sam.setInfluence(NHS, OBJ2, Score.of(5), Score.of(2), Provenance.of("typed in by sam"), EditOptions.NOW);
        long t0 = System.nanoTime();
        eventually("sam's change shown", () -> label("test.asof.rating").equals("5/2"));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(millis).as("shown within 5 s").isLessThan(5_000);
        eventually("said", () -> status().startsWith("sam changed the rating of "));
        assertThat(status()).contains("influence 5, quality 3 -> influence 5, quality 2");

        // this window stops listening; sam changes the rating again; an edit here is then stale
        w.workbench().time().poller().close();
        Thread.sleep(400);
        sam.setInfluence(NHS, OBJ2, Score.of(5), Score.of(1), Provenance.of("typed in by sam"), EditOptions.NOW);
        w.select(OBJ2);
        setQualityInInspector("4");
        eventually("refused", () -> status().contains("since you read it"));
        assertThat(status())
                .startsWith("Could not save \"set influence 5, quality 4\": sam changed the rating of National Health"
                        + " Service on Objective 2")
                .contains("since you read it; it is now influence 5, quality 1. Nothing was changed.");
        eventually("the new value shown", () -> label("test.asof.rating").equals("5/1"));
        assertThat(quality(store.readGraph())).contains(Score.of(1));
    }

    private void startWave(String name, String date) {
        w.window().menuItemWithPath("Waves", "Start wave...").click();
        DialogFixture d = w.window().dialog();
        d.comboBox("waves.partnership").selectItem("hertfordshire");
        d.textBox("waves.name").setText(name);
        d.textBox("waves.date").setText(date);
        d.button(JButtonMatcher.withText("OK")).click();
    }

    private List<LocalDate> dateStops() {
        return ((org.partnergraph.workbench.shell.DateStrip)
                        w.window().panel("date.strip").target())
                .dates();
    }

    private List<Wave> drafts() {
        return GuiActionRunner.execute(() -> w.workbench().graph().history().waves().stream()
                .filter(x -> !x.published())
                .sorted(java.util.Comparator.comparing(Wave::date))
                .toList());
    }

    private String wave() {
        return GuiActionRunner.execute(() -> w.workbench().edits().wave());
    }

    private String status() {
        return GuiActionRunner.execute(() -> w.workbench().window().statusBar().messageText());
    }

    private String label(String name) {
        return GuiActionRunner.execute(
                () -> ((JLabel) w.robot().finder().findByName(w.view("test.asof"), name, true)).getText());
    }

    private int nhsRow(JTable t) {
        String name = w.workbench().graph().current().partnersById().get(NHS).name();
        for (int r = 0; r < t.getRowCount(); r++) {
            if (name.equals(t.getValueAt(r, 0))) {
                return r;
            }
        }
        throw new AssertionError("no row for " + name);
    }

    private void setQualityInInspector(String value) {
        GuiActionRunner.execute(() -> {
            JTable t = w.window().table("inspector.influences").target();
            t.setValueAt(value, nhsRow(t), 2);
        });
    }

    private String inspectorQuality() {
        return GuiActionRunner.execute(() -> {
            JTable t = w.window().table("inspector.influences").target();
            return String.valueOf(t.getValueAt(nhsRow(t), 2));
        });
    }

    private List<String> historyRows() {
        return GuiActionRunner.execute(() -> {
            JTable t = w.window().table("inspector.history").target();
            List<String> rows = new java.util.ArrayList<>();
            for (int r = 0; r < t.getRowCount(); r++) {
                StringBuilder b = new StringBuilder();
                for (int c = 0; c < t.getColumnCount(); c++) {
                    b.append(c == 0 ? "" : " | ").append(t.getValueAt(r, c));
                }
                rows.add(b.toString());
            }
            return rows;
        });
    }

    private static Optional<Score> quality(PartnershipGraph g) {
        return g.influences().stream()
                .filter(i -> i.partnerId().equals(NHS) && i.objectiveId().equals(OBJ2))
                .map(Influence::quality)
                .findFirst();
    }
}
