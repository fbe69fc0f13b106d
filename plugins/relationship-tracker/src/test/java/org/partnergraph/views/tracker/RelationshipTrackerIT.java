package org.partnergraph.views.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.swing.JTable;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Stage;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.workbench.WorkbenchWindow;

/** The tracker in the real workbench under Xvfb: a stage edited in the table is written to Neo4j, and Ctrl+Z writes it back. */
@ExtendWith(EmbeddedDatabase.class)
class RelationshipTrackerIT {

    @Test
    void aStageEditedInTheTableIsInNeo4jAndCtrlZPutsTheOldOneBack(GraphStore store) throws Exception {
        try (WorkbenchWindow w = WorkbenchWindow.open(store, WorkbenchWindow.hertfordshire(), Path.of("."))) {
            w.openFromMenu("tracker.relationships", "Analysis", "Relationship tracker");
            var table = w.window().table("tracker.table");
            table.requireRowCount(25);
            Supplier<Stage> now = () -> store.relationship("hertfordshire:hsp", "hertfordshire:childrens-services")
                    .map(Relationship::now)
                    .orElseThrow();
            assertThat(now.get()).isEqualTo(Stage.COOPERATE);

            w.select("hertfordshire:childrens-services");
            int row = GuiActionRunner.execute(() -> table.target().getSelectedRow());
            assertThat(row).isGreaterThanOrEqualTo(0);
            table.requireCellValue(TableCell.row(row).column(0), "Children's Services");
            table.requireCellValue(TableCell.row(row).column(TrackerModel.NOW), "Cooperate");
            table.requireCellValue(TableCell.row(row).column(TrackerModel.WANTED), "Collaborate");
            w.screenshot(Path.of("target/screenshots/view-tracker.png"));

            table.enterValue(TableCell.row(row).column(TrackerModel.NOW), "Collaborate");
            WorkbenchWindow.eventually("Collaborate in Neo4j", () -> now.get() == Stage.COLLABORATE);
            WorkbenchWindow.eventually(
                    "the table shows it",
                    () -> GuiActionRunner.execute(() -> Stage.COLLABORATE.equals(
                            valueFor(table.target(), "Children's Services", TrackerModel.NOW))));

            table.click(TableCell.row(row).column(0), org.assertj.swing.core.MouseButton.LEFT_BUTTON);
            // AssertJ Swing maps the old-style masks (CTRL_MASK) to the keys it presses
            @SuppressWarnings("deprecation")
            int ctrl = InputEvent.CTRL_MASK;
            w.window()
                    .pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_Z)
                            .modifiers(ctrl));
            WorkbenchWindow.eventually("Cooperate back in Neo4j", () -> now.get() == Stage.COOPERATE);
            WorkbenchWindow.eventually(
                    "and in the table",
                    () -> GuiActionRunner.execute(() ->
                            Stage.COOPERATE.equals(valueFor(table.target(), "Children's Services", TrackerModel.NOW))));

            table.selectRows(0);
            assertThat(w.selection()).hasSize(2).first().isInstanceOf(SelectedItem.NodeRef.class);
            String csv = new String(w.export("tracker.relationships", "csv"), StandardCharsets.UTF_8);
            assertThat(csv.lines()).hasSize(26);
            assertThat(csv)
                    .contains("Children's Services,Strategic Leads,Cooperate,Collaborate,Cooperate -> Collaborate");
        }
    }

    private static Object valueFor(JTable table, String stakeholder, int column) {
        for (int r = 0; r < table.getRowCount(); r++) {
            if (stakeholder.equals(table.getValueAt(r, 0))) {
                return table.getValueAt(r, column);
            }
        }
        return null;
    }
}
