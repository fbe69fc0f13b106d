package org.partnergraph.views.trajectories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.trajectory.TrajectoryStatus;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.swing.ViewExport;
import org.partnergraph.plugin.swing.testing.StubWorkbenchContext;

/** The two views on the real Hertfordshire bundle, without a window. */
class TrajectoryViewsTest {

    static PartnershipGraph hertfordshire;

    @BeforeAll
    static void read() throws Exception {
        Path dir = Path.of("../../graphs/hertfordshire");
        assertThat(Files.isDirectory(dir)).as(dir.toAbsolutePath().toString()).isTrue();
        hertfordshire = BundleReader.read(dir).graph();
    }

    private static TrajectoryPanel chartOn(StubWorkbenchContext context, String indicatorId) {
        TrajectoryPanel panel = new TrajectoryPanel(context);
        context.selection().publish("test", List.of(SelectedItem.node(indicatorId)));
        return panel;
    }

    @Test
    void theNi193ChartHoldsItsThreeBaselinesAndThreeTargetsLowerIsBetter() {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        TrajectoryPanel panel = chartOn(context, "hertfordshire:ni-193");
        ChartData shown = panel.shown();

        assertThat(shown.series(ChartData.BASELINE))
                .extracting(ChartData.Point::period, ChartData.Point::value)
                .containsExactly(tuple("2005/06", 62.54), tuple("2006/07", 60.49), tuple("2007/08", 56.13));
        assertThat(shown.series(ChartData.TARGET))
                .extracting(ChartData.Point::period, ChartData.Point::value)
                .containsExactly(tuple("2008/09", 56.00), tuple("2009/10", 55.00), tuple("2010/11", 49.00));
        assertThat(shown.series(ChartData.TARGET).get(2).date()).isEqualTo(LocalDate.of(2011, 3, 31));
        assertThat(shown.series(ChartData.TARGET_PATH))
                .first()
                .extracting(ChartData.Point::value)
                .isEqualTo(56.13);

        XYPlot plot = panel.chart().getXYPlot();
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
        assertThat(data.getSeries(ChartData.BASELINE).getItemCount()).isEqualTo(3);
        assertThat(data.getSeries(ChartData.TARGET).getY(2).doubleValue()).isEqualTo(49.00);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("%");
        assertThat(TrajectoryChart.subtitle(shown.trajectory())).contains("lower is better");
        assertThat(panel.chart().getLegend()).isNotNull();
    }

    @Test
    void theNi175TargetsAreTwentySixTwentyFiveTwentyFour() {
        TrajectoryPanel panel = chartOn(new StubWorkbenchContext(hertfordshire), "hertfordshire:ni-175");
        assertThat(panel.shown().series(ChartData.TARGET))
                .extracting(ChartData.Point::value)
                .containsExactly(26.0, 25.0, 24.0);
    }

    @Test
    void whoCanMoveNi193ListsItsLeadAndElevenSupporters() {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        TrajectoryPanel panel = chartOn(context, "hertfordshire:ni-193");
        MoversModel movers = panel.movers();
        List<MoversModel.Row> rows = java.util.stream.IntStream.range(0, movers.getRowCount())
                .mapToObj(movers::rowAt)
                .toList();
        assertThat(rows)
                .filteredOn(r -> r.role().equals("lead"))
                .extracting(MoversModel.Row::partnerId)
                .containsExactly("hertfordshire:hertfordshire-county-council");
        assertThat(rows)
                .filteredOn(r -> r.role().equals("supports"))
                .hasSize(11)
                .extracting(MoversModel.Row::partnerId)
                .contains("hertfordshire:hertfordshire-waste-partnership", "hertfordshire:stevenage-borough-council");
        assertThat(rows.get(0).partnerId()).isEqualTo("hertfordshire:hertfordshire-county-council");
        assertThat(rows.get(0).pageRank())
                .as("the lead's network position")
                .isNotNull()
                .isPositive();
        assertThat(context.taskFailures()).isEmpty();
    }

    @Test
    void selectingAMoverPublishesThePartnerAndAPartnerSelectedElsewhereIsFollowed() {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        TrajectoryPanel panel = chartOn(context, "hertfordshire:ni-193");
        context.selection().publish("test", List.of(SelectedItem.node("hertfordshire:stevenage-borough-council")));
        javax.swing.JTable table = findTable(panel);
        assertThat(table.getSelectedRow()).isGreaterThanOrEqualTo(0);
        assertThat(table.getValueAt(table.getSelectedRow(), 0)).isEqualTo("Stevenage Borough Council");

        table.getSelectionModel().setSelectionInterval(0, 0);
        assertThat(context.selection().items())
                .containsExactly(SelectedItem.node("hertfordshire:hertfordshire-county-council"));
        assertThat(panel.shown().trajectory().indicatorId())
                .as("a partner selection keeps the chart")
                .isEqualTo("hertfordshire:ni-193");
    }

    @Test
    void exportsParseAndTheCsvHoldsThePointsOnTheChart() throws Exception {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        TrajectoryPanel panel = chartOn(context, "hertfordshire:ni-193");
        panel.setSize(1000, 600);
        assertThat(context.exports()).extracting(ViewExport::fileExtension).containsExactly("png", "svg", "csv");

        assertThat(ImageIO.read(new ByteArrayInputStream(bytes(context, "png"))))
                .isNotNull();
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var svg = xml.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(context, "svg")));
        assertThat(svg.getDocumentElement().getNodeName()).isEqualTo("svg");
        List<CSVRecord> csv = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(bytes(context, "csv"), StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(csv)
                .filteredOn(r -> r.get("series").equals("Target"))
                .extracting(r -> r.get("period"), r -> r.get("value"))
                .containsExactly(tuple("2008/09", "56"), tuple("2009/10", "55"), tuple("2010/11", "49"));
        assertThat(csv).hasSize(panel.shown().points().size());
    }

    @Test
    void aDistrictTargetIsItsOwnSeries() {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        TrajectoryPanel panel = chartOn(context, "hertfordshire:ni-152");
        javax.swing.JComboBox<?> areas = find(panel, javax.swing.JComboBox.class, "trajectories.area");
        List<Object> ids = new java.util.ArrayList<>();
        for (int i = 0; i < areas.getItemCount(); i++) {
            ids.add(areas.getItemAt(i));
        }
        assertThat(ids).contains("hertfordshire:stevenage", "hertfordshire:broxbourne");
        areas.setSelectedItem("hertfordshire:stevenage");
        assertThat(panel.shown().trajectory().areaId()).isEqualTo("hertfordshire:stevenage");
    }

    @Test
    void theDashboardHasATilePerSeriesFiltersAndOpensTheChart() {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        DashboardPanel dashboard = new DashboardPanel(context);
        assertThat(context.taskFailures()).isEmpty();
        long series = new org.partnergraph.analytics.trajectory.TrajectoryAnalysis()
                .analyse(hertfordshire)
                .size();
        assertThat(dashboard.tiles()).hasSize((int) series);
        assertThat(dashboard.tiles().stream()
                        .map(t -> t.trajectory().indicatorId())
                        .distinct()
                        .count())
                .as("every indicator, with or without measurements")
                .isEqualTo(45);
        assertThat(dashboard.countLabel().getText())
                .startsWith(dashboard.tiles().stream()
                                .map(t -> t.trajectory().indicatorId())
                                .distinct()
                                .count() + " indicators");

        dashboard.strip().button(TrajectoryStatus.ON_TRACK).doClick();
        assertThat(dashboard.visibleTiles())
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.trajectory().status()).isEqualTo(TrajectoryStatus.ON_TRACK));
        assertThat(context.settings().get("status", null)).isEqualTo("ON_TRACK");
        dashboard.strip().button(null).doClick();

        DashboardModel.Choice county = findChoice(dashboard.leadBox(), "Hertfordshire County Council");
        dashboard.leadBox().setSelectedItem(county);
        assertThat(dashboard.visibleTiles())
                .extracting(t -> t.trajectory().indicatorId())
                .contains("hertfordshire:ni-193");
        dashboard.leadBox().setSelectedIndex(0);

        Tile ni193 = dashboard.tiles().stream()
                .filter(t -> t.trajectory().indicatorId().equals("hertfordshire:ni-193"))
                .findFirst()
                .orElseThrow();
        ni193.dispatchEvent(new java.awt.event.MouseEvent(
                ni193,
                java.awt.event.MouseEvent.MOUSE_PRESSED,
                0,
                0,
                10,
                10,
                2,
                false,
                java.awt.event.MouseEvent.BUTTON1));
        assertThat(context.selection().items()).containsExactly(SelectedItem.node("hertfordshire:ni-193"));
        assertThat(context.openedViews()).containsExactly(TrajectoryChartView.ID);
        assertThat(ni193.isSelected()).isTrue();
        assertThat(ni193.nextTarget()).isEqualTo("target 56 for 2008/09");
    }

    private static DashboardModel.Choice findChoice(javax.swing.JComboBox<DashboardModel.Choice> box, String label) {
        for (int i = 0; i < box.getItemCount(); i++) {
            if (box.getItemAt(i).label().equals(label)) {
                return box.getItemAt(i);
            }
        }
        throw new AssertionError("no " + label);
    }

    private static byte[] bytes(StubWorkbenchContext context, String extension) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.exports().stream()
                .filter(e -> e.fileExtension().equals(extension))
                .findFirst()
                .orElseThrow()
                .write(out);
        return out.toByteArray();
    }

    private static javax.swing.JTable findTable(java.awt.Container root) {
        return find(root, javax.swing.JTable.class, "trajectories.movers");
    }

    static <T extends java.awt.Component> T find(java.awt.Container root, Class<T> type, String name) {
        for (java.awt.Component c : root.getComponents()) {
            if (type.isInstance(c) && name.equals(c.getName())) {
                return type.cast(c);
            }
            if (c instanceof java.awt.Container inner) {
                T found = find(inner, type, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
