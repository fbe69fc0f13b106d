package org.partnergraph.views.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.swing.SwingUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.support.ThemeColours;
import org.partnergraph.plugin.swing.testing.StubWorkbenchContext;

/** The trajectory chart follows the theme when built and when the theme is switched under it. */
class TrajectoryChartLookTest {

    static PartnershipGraph graph;

    @BeforeAll
    static void read() throws Exception {
        graph = Screens.withMadeUpSeries(
                BundleReader.read(Path.of("../../graphs/hertfordshire")).graph());
    }

    @AfterAll
    static void light() throws Exception {
        Screens.theme(false);
    }

    private static TrajectoryPanel chartOf(String indicatorId, boolean xmr) {
        StubWorkbenchContext context = new StubWorkbenchContext(graph);
        context.settings().put("xmr", Boolean.toString(xmr));
        TrajectoryPanel panel = new TrajectoryPanel(context);
        context.selection().publish("test", List.of(SelectedItem.node(indicatorId)));
        return panel;
    }

    private static void assertThemed(JFreeChart chart, boolean dark) {
        Color background = (Color) chart.getBackgroundPaint();
        XYPlot plot = chart.getXYPlot();
        assertThat(ThemeColours.luminance(background) < 0.18)
                .as("chart background")
                .isEqualTo(dark);
        assertThat(ThemeColours.contrast((Color) plot.getRangeAxis().getLabelPaint(), background))
                .isGreaterThanOrEqualTo(4.5);
        assertThat(ThemeColours.contrast((Color) plot.getDomainAxis().getTickLabelPaint(), background))
                .isGreaterThanOrEqualTo(4.5);
        assertThat(ThemeColours.contrast((Color) chart.getTitle().getPaint(), background))
                .isGreaterThanOrEqualTo(4.5);
        assertThat(ThemeColours.contrast((Color) chart.getLegend().getItemPaint(), background))
                .isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void chartsAreBuiltInTheThemeAndPaintAt1280x800() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            Screens.theme(dark);
            for (String id : List.of("hertfordshire:ni-193", Screens.MADE_UP)) {
                TrajectoryPanel panel = chartOf(id, true);
                assertThemed(panel.chart(), dark);
                BufferedImage image = Screens.paint(panel, new Dimension(1280, 800));
                String name = id.equals(Screens.MADE_UP) ? "made-up" : "ni-193";
                Screens.save(image, "trajectory-" + name + "-" + (dark ? "dark" : "light") + ".png");
            }
        }
    }

    @Test
    void switchingTheThemeReThemesTheChartShown() throws Exception {
        Screens.theme(false);
        TrajectoryPanel panel = chartOf("hertfordshire:ni-193", false);
        assertThemed(panel.chart(), false);

        Screens.theme(true);
        SwingUtilities.invokeAndWait(() -> SwingUtilities.updateComponentTreeUI(panel));
        assertThemed(panel.chart(), true);
    }
}
