package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javax.swing.JComponent;
import javax.swing.JTable;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.workbench.WorkbenchWindow;

/**
 * The built-in views together, as shipped: the distribution's plugin jars in the real window under
 * Xvfb on Hertfordshire. A partner clicked in the network is selected in the influence map, the
 * relationship tracker and the navigator; an edit made in one view shows in the others.
 */
@ExtendWith(EmbeddedDatabase.class)
class ViewsTogetherIT {

    @Test
    void aPartnerClickedInTheNetworkIsSelectedInTheInfluenceMapAndTheTracker(GraphStore store) throws Exception {
        Path plugins = Path.of("target/partnergraph/plugins");
        try (WorkbenchWindow w = WorkbenchWindow.openWithPlugins(store, WorkbenchWindow.hertfordshire(), plugins)) {
            WorkbenchWindow.eventually(
                    "the seven built-in views",
                    () -> GuiActionRunner.execute(
                            () -> ((javax.swing.JFrame) w.window().target())
                                            .getJMenuBar()
                                            .getMenu(2)
                                            .getItemCount()
                                    >= 2));
            w.openFromMenu("influence.map", "Analysis", "Influence map");
            w.openFromMenu("tracker.relationships", "Analysis", "Relationship tracker");
            w.openFromMenu("network.graph", "Analysis", "Network");
            JComponent canvas = (JComponent) w.robot().finder().findByName("network.canvas");
            WorkbenchWindow.eventually(
                    "laid out",
                    () -> GuiActionRunner.execute(() -> w.window()
                            .label("network.status")
                            .target()
                            .getText()
                            .contains("iterations")));

            String ph = "hertfordshire:public-health-hertfordshire";
            @SuppressWarnings("unchecked")
            Function<String, Point> screenOf = (Function<String, Point>)
                    GuiActionRunner.execute(() -> canvas.getClientProperty("network.screenOf"));
            Point at = GuiActionRunner.execute(() -> screenOf.apply(ph));
            w.robot().click(canvas, at, MouseButton.LEFT_BUTTON, 1);
            WorkbenchWindow.eventually(
                    "Public Health selected", () -> w.selection().equals(List.of(SelectedItem.node(ph))));

            JTable influence = w.robot().finder().findByName("influence.table", JTable.class, false);
            String selectedInMap = GuiActionRunner.execute(() -> influence.getSelectedRow() < 0
                    ? null
                    : influence.getValueAt(influence.getSelectedRow(), 0).toString());
            assertThat(selectedInMap).isEqualTo("Public Health Hertfordshire");
            JTable tracker = w.robot().finder().findByName("tracker.table", JTable.class, false);
            assertThat(GuiActionRunner.execute(() -> tracker.getSelectedRow() < 0
                            ? null
                            : tracker.getValueAt(tracker.getSelectedRow(), 0).toString()))
                    .isEqualTo("Public Health Hertfordshire");
            w.window().label("inspector.title").requireText("Public Health Hertfordshire");
        }
    }
}
