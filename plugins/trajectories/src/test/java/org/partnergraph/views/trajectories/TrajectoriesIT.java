package org.partnergraph.views.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.swing.edt.GuiActionRunner;
import org.jfree.chart.ChartPanel;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.workbench.WorkbenchWindow;

/**
 * Both views in the real workbench under Xvfb, on Hertfordshire loaded into the embedded database.
 * The plugin runs in its own class loader, so the test reads the window through Swing and
 * JFreeChart types (shared with the application), never through the plugin's own classes.
 */
@ExtendWith(EmbeddedDatabase.class)
class TrajectoriesIT {

    private static final String DASHBOARD = "trajectories.dashboard";
    private static final String CHART = "trajectories.chart";

    @Test
    void theDashboardOpensTheNi193ChartWithItsBaselinesAndTargets(GraphStore store) throws Exception {
        try (WorkbenchWindow w = WorkbenchWindow.open(store, WorkbenchWindow.hertfordshire(), Path.of("."))) {
            long t0 = System.nanoTime();
            JComponent dashboard = w.openFromMenu(DASHBOARD, "Analysis", "Indicator dashboard");
            WorkbenchWindow.eventually("dashboard tiles", () -> tiles(dashboard).size() == 49);
            System.out.println("Dashboard of every Hertfordshire indicator open in "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms (menu click to 49 tiles)");
            w.window()
                    .label("dashboard.count")
                    .requireText(java.util.regex.Pattern.compile("45 indicators \\(49 series\\): .*"));
            w.screenshot(Path.of("target/screenshots/view-dashboard.png"));
            // the summary strip: its counts add up to the tiles, and a count filters them
            String all = w.window().toggleButton("dashboard.filter.ALL").text();
            assertThat(all).isEqualTo("All 49");
            String onTrack =
                    w.window().toggleButton("dashboard.filter.ON_TRACK").text();
            int expected = Integer.parseInt(onTrack.substring(0, onTrack.indexOf(' ')));
            w.window().toggleButton("dashboard.filter.ON_TRACK").click();
            WorkbenchWindow.eventually("on track only", () -> tiles(dashboard).size() == expected);
            w.window().toggleButton("dashboard.filter.ALL").click();
            WorkbenchWindow.eventually("all again", () -> tiles(dashboard).size() == 49);

            Component ni193 = tiles(dashboard).stream()
                    .filter(t -> t.getName().equals("dashboard.tile.hertfordshire:ni-193"))
                    .findFirst()
                    .orElseThrow();
            w.robot().doubleClick(ni193);
            WorkbenchWindow.eventually("the chart the tile opens", () -> w.view(CHART) != null);
            assertThat(w.selection()).containsExactly(SelectedItem.node("hertfordshire:ni-193"));
            ChartPanel chart = w.window().panel("trajectories.chart").targetCastedTo(ChartPanel.class);
            WorkbenchWindow.eventually(
                    "NI 193 charted",
                    () -> GuiActionRunner.execute(() -> chart.getChart() != null
                            && chart.getChart().getTitle().getText().startsWith("NI 193")));
            assertThat(values(chart, "Baseline")).containsExactly(62.54, 60.49, 56.13);
            assertThat(values(chart, "Target")).containsExactly(56.0, 55.0, 49.0);
            assertThat(GuiActionRunner.execute(
                            () -> chart.getChart().getXYPlot().getRangeAxis().getLabel()))
                    .isEqualTo("%");

            WorkbenchWindow.eventually(
                    "movers",
                    () -> GuiActionRunner.execute(() ->
                            w.window().table("trajectories.movers").target().getRowCount() >= 12));
            w.window().table("trajectories.movers").selectRows(0);
            assertThat(w.selection()).containsExactly(SelectedItem.node("hertfordshire:hertfordshire-county-council"));

            w.select("hertfordshire:ni-175");
            WorkbenchWindow.eventually(
                    "NI 175 charted",
                    () -> GuiActionRunner.execute(
                            () -> chart.getChart().getTitle().getText().startsWith("NI 175")));
            assertThat(values(chart, "Target")).containsExactly(26.0, 25.0, 24.0);
            w.select("hertfordshire:ni-193");
            w.window().checkBox("trajectories.xmr").click();
            w.screenshot(Path.of("target/screenshots/view-trajectory.png"));

            assertThat(ImageIO.read(new ByteArrayInputStream(w.export(CHART, "png"))))
                    .isNotNull();
            DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
            xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            assertThat(xml.newDocumentBuilder()
                            .parse(new ByteArrayInputStream(w.export(CHART, "svg")))
                            .getDocumentElement()
                            .getNodeName())
                    .isEqualTo("svg");
            assertThat(new String(w.export(CHART, "csv"), StandardCharsets.UTF_8))
                    .contains("Baseline,2005/06,2006-03-31,62.54");
            assertThat(new String(w.export(DASHBOARD, "csv"), StandardCharsets.UTF_8).lines())
                    .hasSize(50);
            assertThat(ImageIO.read(new ByteArrayInputStream(w.export(DASHBOARD, "png"))))
                    .isNotNull();
        }
    }

    private static List<Double> values(ChartPanel chart, String series) {
        return GuiActionRunner.execute(() -> {
            XYSeries s = ((XYSeriesCollection) chart.getChart().getXYPlot().getDataset()).getSeries(series);
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < s.getItemCount(); i++) {
                values.add(s.getY(i).doubleValue());
            }
            return values;
        });
    }

    private static List<Component> tiles(Container root) {
        return GuiActionRunner.execute(() -> {
            List<Component> found = new ArrayList<>();
            collect(root, found);
            return found;
        });
    }

    private static void collect(Container root, List<Component> found) {
        for (Component c : root.getComponents()) {
            if (c.getName() != null && c.getName().startsWith("dashboard.tile.")) {
                found.add(c);
            } else if (c instanceof Container inner) {
                collect(inner, found);
            }
        }
    }
}
