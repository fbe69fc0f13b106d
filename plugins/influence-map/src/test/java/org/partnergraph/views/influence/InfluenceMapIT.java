package org.partnergraph.views.influence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.swing.edt.GuiActionRunner;
import org.jfree.chart.ChartPanel;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.workbench.WorkbenchWindow;

/**
 * The influence map in the real workbench under Xvfb, on Hertfordshire. The plugin has its own
 * class loader, so the test reads the window through Swing and JFreeChart types only.
 */
@ExtendWith(EmbeddedDatabase.class)
class InfluenceMapIT {

    @Test
    void holdsOnePointPerRatingAndFollowsAndPublishesTheSelection(GraphStore store) throws Exception {
        try (WorkbenchWindow w = WorkbenchWindow.open(store, WorkbenchWindow.hertfordshire(), Path.of("."))) {
            w.openFromMenu("influence.map", "Analysis", "Influence map");
            ChartPanel chart = w.window().panel("influence.chart").targetCastedTo(ChartPanel.class);
            int points = GuiActionRunner.execute(() -> {
                XYSeriesCollection data =
                        (XYSeriesCollection) chart.getChart().getXYPlot().getDataset();
                int n = 0;
                for (int s = 0; s < 4; s++) {
                    n += data.getSeries(s).getItemCount();
                }
                return n;
            });
            assertThat(points)
                    .as("one point per rating of the 001 outcome table")
                    .isEqualTo(29);

            w.select("hertfordshire:public-health-hertfordshire");
            var table = w.window().table("influence.table");
            int row = GuiActionRunner.execute(() -> table.target().getSelectedRow());
            assertThat(GuiActionRunner.execute(() -> table.target().getValueAt(row, 0)))
                    .asString()
                    .startsWith("Public Health");
            int ringed = GuiActionRunner.execute(
                    () -> ((XYSeriesCollection) chart.getChart().getXYPlot().getDataset())
                            .getSeries("Selected partner")
                            .getItemCount());
            assertThat(ringed).isEqualTo(2);
            w.screenshot(Path.of("target/screenshots/view-influence-map.png"));

            table.selectRows(0);
            String first = GuiActionRunner.execute(
                    () -> table.target().getValueAt(0, 0).toString());
            assertThat(w.selection()).hasSize(1);
            assertThat(w.selection().get(0)).isInstanceOf(SelectedItem.NodeRef.class);
            assertThat(first).isIn("National Health Service", "Voluntary and Community Sector");

            assertThat(ImageIO.read(new ByteArrayInputStream(w.export("influence.map", "png"))))
                    .isNotNull();
            DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
            xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            assertThat(xml.newDocumentBuilder()
                            .parse(new ByteArrayInputStream(w.export("influence.map", "svg")))
                            .getDocumentElement()
                            .getNodeName())
                    .isEqualTo("svg");
            String csv = new String(w.export("influence.map", "csv"), StandardCharsets.UTF_8);
            assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Partner,Type,Ratings");
            assertThat(csv).contains("Public Health");
        }
    }

    @Test
    void worksAfterARestartAndTheManagerDoesNotListItFailed(GraphStore store) throws Exception {
        WorkbenchWindow first = WorkbenchWindow.open(store, WorkbenchWindow.hertfordshire(), Path.of("."));
        first.openFromMenu("influence.map", "Analysis", "Influence map");
        try (WorkbenchWindow w = first.restart()) {
            WorkbenchWindow.eventually("influence map reopened", () -> w.view("influence.map") != null);
            var table = w.window().table("influence.table");
            WorkbenchWindow.eventually(
                    "ranking shown",
                    () -> GuiActionRunner.execute(() -> table.target().getRowCount() > 0));
            WorkbenchWindow.eventually(
                    "positions shown",
                    () -> GuiActionRunner.execute(() -> table.target().getValueAt(0, 8) != null));
            w.robot().waitForIdle();
            assertThat(w.view("influence.map").getName()).isNotEqualTo("view.error");
            assertThat(w.pluginStatus("influence-map")).isEqualTo("started");
        }
    }
}
