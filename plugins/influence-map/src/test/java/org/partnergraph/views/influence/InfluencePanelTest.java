package org.partnergraph.views.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.influence.Quadrant;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.swing.testing.StubWorkbenchContext;

/** The influence map on the real Hertfordshire outcome table (001), without a window. */
class InfluencePanelTest {

    static PartnershipGraph hertfordshire;

    @BeforeAll
    static void read() throws Exception {
        hertfordshire = BundleReader.read(Path.of("../../graphs/hertfordshire")).graph();
    }

    private static MapPoints.Point point(InfluencePanel panel, String partner, String objective) {
        return panel.points().stream()
                .filter(p -> p.rating().partnerId().equals("hertfordshire:" + partner)
                        && p.rating().objectiveId().equals("hertfordshire:" + objective))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void oneDrawnPointPerRatingOfTheOutcomeTableAtItsScores() {
        InfluencePanel panel = new InfluencePanel(new StubWorkbenchContext(hertfordshire));
        assertThat(panel.points())
                .hasSize(29)
                .hasSize(hertfordshire.influences().size());
        XYSeriesCollection data = (XYSeriesCollection) panel.chart().getXYPlot().getDataset();
        int drawn = 0;
        for (int s = 0; s < 4; s++) {
            drawn += data.getSeries(s).getItemCount();
        }
        assertThat(drawn).isEqualTo(29);
        assertThat(panel.chart().getTitle().getText()).isEqualTo("Influence map: 29 ratings");

        MapPoints.Point ph = point(panel, "public-health-hertfordshire", "obj-2");
        assertThat(ph.rating().quality()).isEqualTo(5.0);
        assertThat(ph.rating().influence()).isEqualTo(5.0);
        assertThat(ph.x()).isCloseTo(5.0, within(MapPoints.SPREAD * 1.6));
        assertThat(ph.quadrant()).isEqualTo(Quadrant.KEEP_CLOSE);
        MapPoints.Point nhs = point(panel, "national-health-service", "obj-2");
        assertThat(nhs.rating().quality()).isEqualTo(3.0);
        assertThat(nhs.rating().influence()).isEqualTo(5.0);
        assertThat(nhs.quadrant()).isEqualTo(Quadrant.BUILD_RELATIONSHIP);
        assertThat(nhs.rating().gap()).isEqualTo(10.0);
    }

    @Test
    void pointsOnOneSpotAreSpreadSoEachStaysVisible() {
        InfluencePanel panel = new InfluencePanel(new StubWorkbenchContext(hertfordshire));
        List<MapPoints.Point> atFiveFive = panel.points().stream()
                .filter(p -> p.rating().quality() == 5 && p.rating().influence() == 5)
                .toList();
        assertThat(atFiveFive.size()).isGreaterThan(1);
        assertThat(atFiveFive.stream().map(p -> p.x() + "," + p.y()).distinct().count())
                .isEqualTo(atFiveFive.size());
        assertThat(atFiveFive).allSatisfy(p -> assertThat(p.together()).isEqualTo(atFiveFive.size()));
    }

    @Test
    void theObjectiveFilterAndTheThresholdChangeWhatIsDrawn() {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        InfluencePanel panel = new InfluencePanel(context);
        var box = panel.objectiveBox();
        for (int i = 0; i < box.getItemCount(); i++) {
            if (box.getItemAt(i).id().equals("hertfordshire:obj-2")) {
                box.setSelectedIndex(i);
            }
        }
        long onObjective2 = hertfordshire.influences().stream()
                .filter(i -> i.objectiveId().equals("hertfordshire:obj-2"))
                .count();
        assertThat(panel.points()).hasSize((int) onObjective2);
        assertThat(context.settings().get("objective", null)).isEqualTo("hertfordshire:obj-2");

        panel.thresholdSpinner().setValue(4.5);
        assertThat(point(panel, "public-health-hertfordshire", "obj-2").quadrant())
                .isEqualTo(Quadrant.KEEP_CLOSE);
        assertThat(point(panel, "national-health-service", "obj-2").quadrant()).isEqualTo(Quadrant.BUILD_RELATIONSHIP);
        long bothFive = hertfordshire.influences().stream()
                .filter(i -> i.objectiveId().equals("hertfordshire:obj-2")
                        && i.influence().mid() > 4.5
                        && i.quality().mid() > 4.5)
                .count();
        assertThat(panel.points().stream().filter(p -> p.quadrant() == Quadrant.KEEP_CLOSE))
                .hasSize((int) bothFive);
        assertThat(InfluencePanel.boundary(3)).isEqualTo(3.25);
    }

    @Test
    void theTableRanksByGapFiltersByNameAndFollowsAndPublishesTheSelection() {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        InfluencePanel panel = new InfluencePanel(context);
        var table = panel.table();
        assertThat((Double) table.getValueAt(0, 5)).isGreaterThanOrEqualTo((Double) table.getValueAt(1, 5));
        assertThat(table.getValueAt(0, 0)).isIn("National Health Service", "Voluntary and Community Sector");

        context.selection().publish("test", List.of(SelectedItem.node("hertfordshire:public-health-hertfordshire")));
        assertThat(panel.selectedPartners()).containsExactly("hertfordshire:public-health-hertfordshire");
        assertThat(table.getValueAt(table.getSelectedRow(), 0)).asString().startsWith("Public Health");
        XYSeriesCollection data = (XYSeriesCollection) panel.chart().getXYPlot().getDataset();
        long phRatings = hertfordshire.influences().stream()
                .filter(i -> i.partnerId().equals("hertfordshire:public-health-hertfordshire"))
                .count();
        assertThat(data.getSeries(InfluencePanel.SELECTED).getItemCount()).isEqualTo((int) phRatings);

        int nhs = -1;
        for (int r = 0; r < table.getRowCount(); r++) {
            if ("National Health Service".equals(table.getValueAt(r, 0))) {
                nhs = r;
            }
        }
        table.getSelectionModel().setSelectionInterval(nhs, nhs);
        assertThat(context.selection().items())
                .containsExactly(SelectedItem.node("hertfordshire:national-health-service"));

        panel.filterField().setText("public health");
        assertThat(table.getRowCount()).isGreaterThanOrEqualTo(1);
        for (int r = 0; r < table.getRowCount(); r++) {
            assertThat(table.getValueAt(r, 0) + " " + table.getValueAt(r, 1)).containsIgnoringCase("public health");
        }
    }

    @Test
    void exportsParseAndTheCsvIsTheTableAsShown() throws Exception {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        InfluencePanel panel = new InfluencePanel(context);
        panel.setSize(1200, 700);
        assertThat(ImageIO.read(new ByteArrayInputStream(bytes(context, "png"))))
                .isNotNull();
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertThat(xml.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(bytes(context, "svg")))
                        .getDocumentElement()
                        .getNodeName())
                .isEqualTo("svg");
        panel.filterField().setText("health");
        List<CSVRecord> csv = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(bytes(context, "csv"), StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(csv).hasSize(panel.table().getRowCount());
        assertThat(csv.get(0).get("Partner")).isEqualTo(panel.table().getValueAt(0, 0));
    }

    @Test
    void opensOnAnEmptyGraphAndShowsTheRankingWhenTheGraphArrives() {
        // At a restart the view reopens before the database is ready: its first graph is empty,
        // and the positions of that graph arrive with no rows in the table.
        StubWorkbenchContext context =
                new StubWorkbenchContext(PartnershipGraph.builder().build());
        InfluencePanel panel = new InfluencePanel(context);
        assertThat(panel.table().getRowCount()).isZero();

        context.setGraph(hertfordshire, "Loaded");
        assertThat(panel.points()).hasSize(29);
        assertThat(panel.table().getRowCount()).isPositive();
        assertThat(panel.table().getValueAt(0, 8)).as("PageRank shown").isNotNull();
        assertThat(context.taskFailures()).isEmpty();
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
}
