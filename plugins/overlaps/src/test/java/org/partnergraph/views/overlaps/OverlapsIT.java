package org.partnergraph.views.overlaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.JList;
import javax.swing.JTable;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.workbench.WorkbenchWindow;

/** The overlaps view in the real workbench under Xvfb, on Hertfordshire (read through Swing types: the plugin has its own class loader). */
@ExtendWith(EmbeddedDatabase.class)
class OverlapsIT {

    @Test
    void showsEveryGroupWithMembersAndWhoTwoGroupsShare(GraphStore store) throws Exception {
        try (WorkbenchWindow w = WorkbenchWindow.open(store, WorkbenchWindow.hertfordshire(), Path.of("."))) {
            w.openFromMenu("overlaps.heatmap", "Analysis", "Overlaps");
            long withMembers = store.readGraph().memberships().stream()
                    .map(m -> m.groupId())
                    .distinct()
                    .count();
            WorkbenchWindow.eventually(
                    "computed", () -> w.exports("overlaps.heatmap").size() == 3);
            String matrix = new String(w.export("overlaps.heatmap", "csv"), StandardCharsets.UTF_8);
            assertThat(matrix.lines()).hasSize((int) withMembers + 1);

            // the working group and the alliance have two members each: below the default minimum of 3
            JTable candidates = w.window().table("overlaps.candidates").target();
            WorkbenchWindow.eventually("candidates", () -> GuiActionRunner.execute(() -> !hasPair(candidates)));
            w.window().spinner("overlaps.minsize").enterTextAndCommit("2");
            WorkbenchWindow.eventually(
                    "two-member candidates", () -> GuiActionRunner.execute(() -> hasPair(candidates)));
            int row = GuiActionRunner.execute(() -> {
                for (int r = 0; r < candidates.getRowCount(); r++) {
                    String a = candidates.getValueAt(r, 0).toString();
                    String b = candidates.getValueAt(r, 1).toString();
                    if ((a + b).contains("Health and Physical Activity Working")
                            && (a + b).contains("Physical Activity Alliance")) {
                        return r;
                    }
                }
                return -1;
            });
            assertThat(row)
                    .as("the working group and the alliance are merge candidates")
                    .isGreaterThanOrEqualTo(0);
            w.window().table("overlaps.candidates").selectRows(row);
            JList<?> shared = w.window().list("overlaps.shared").target();
            WorkbenchWindow.eventually(
                    "shared members",
                    () -> GuiActionRunner.execute(() -> shared.getModel().getSize() == 2));
            assertThat(w.window().list("overlaps.shared").contents()).contains("Public Health Hertfordshire");
            assertThat(w.selection()).hasSize(2).allSatisfy(i -> assertThat(i)
                    .isInstanceOf(SelectedItem.NodeRef.class));
            w.window().list("overlaps.shared").selectItem("Public Health Hertfordshire");
            assertThat(w.selection()).containsExactly(SelectedItem.node("hertfordshire:public-health-hertfordshire"));
            w.screenshot(Path.of("target/screenshots/view-overlaps.png"));

            assertThat(ImageIO.read(new ByteArrayInputStream(w.export("overlaps.heatmap", "png"))))
                    .isNotNull();
            DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
            xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            assertThat(xml.newDocumentBuilder()
                            .parse(new ByteArrayInputStream(w.export("overlaps.heatmap", "svg")))
                            .getDocumentElement()
                            .getNodeName())
                    .isEqualTo("svg");
        }
    }

    private static boolean hasPair(JTable candidates) {
        for (int r = 0; r < candidates.getRowCount(); r++) {
            String ab = candidates.getValueAt(r, 0).toString() + candidates.getValueAt(r, 1);
            if (ab.contains("Health and Physical Activity Working") && ab.contains("Physical Activity Alliance")) {
                return true;
            }
        }
        return false;
    }
}
