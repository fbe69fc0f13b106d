package org.partnergraph.views.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.swing.testing.StubWorkbenchContext;

/** The network view on Hertfordshire, without a window. */
class NetworkPanelTest {

    static PartnershipGraph hertfordshire;

    @BeforeAll
    static void read() throws Exception {
        hertfordshire = BundleReader.read(Path.of("../../graphs/hertfordshire")).graph();
    }

    @Test
    void theNetworkHoldsEveryPartnerAndGroupAndOneEdgePerMembership() {
        NetworkModel m = NetworkModel.of(hertfordshire, false, false, false);
        java.util.Set<String> partnerIds = new java.util.HashSet<>();
        hertfordshire.partners().forEach(p -> partnerIds.add(p.id()));
        long bothKinds = hertfordshire.groups().stream()
                .filter(g -> partnerIds.contains(g.id()))
                .count();
        assertThat(bothKinds).as("bodies that are both a partner and a group").isPositive();
        assertThat(m.size()).as("one node per organisation").isEqualTo((int)
                (hertfordshire.partners().size() + hertfordshire.groups().size() - bothKinds));
        long distinct = hertfordshire.memberships().stream()
                .map(x -> x.partnerId() + ">" + x.groupId())
                .distinct()
                .count();
        assertThat(m.edges()).isEqualTo((int) distinct);
        int ph = m.indexOf("hertfordshire:public-health-hertfordshire");
        long phGroups = hertfordshire.memberships().stream()
                .filter(x -> x.partnerId().equals(m.ids[ph]))
                .map(Membership::groupId)
                .distinct()
                .count();
        assertThat(m.neighbours[ph]).hasSize((int) phGroups);

        NetworkModel all = NetworkModel.of(hertfordshire, true, true, false);
        assertThat(all.size())
                .isEqualTo(m.size()
                        + hertfordshire.themes().size()
                        + hertfordshire.indicators().size());
        assertThat(m.indexOf("hertfordshire:hertfordshire-waste-partnership")).isNotNegative();
        int ni193 = all.indexOf("hertfordshire:ni-193");
        assertThat(all.neighbours[ni193]).hasSize(12);
        int county = all.indexOf("hertfordshire:hertfordshire-county-council");
        assertThat(all.leadStatus[county])
                .as("the county council leads indicators with a status")
                .isNotNull();
    }

    @Test
    void initiativesJoinTheBodiesThatOnlyDeliverToTheNetwork() {
        NetworkModel without = NetworkModel.of(hertfordshire, false, false, false);
        NetworkModel with = NetworkModel.of(hertfordshire, false, false, true);
        assertThat(with.size())
                .isEqualTo(without.size() + hertfordshire.initiatives().size());
        // the Money Advice Unit is named only in the recovery strategy's initiatives (002)
        assertThat(without.neighbours[without.indexOf("hertfordshire:money-advice-unit")])
                .isEmpty();
        int unit = with.indexOf("hertfordshire:money-advice-unit");
        assertThat(java.util.Arrays.stream(with.neighbours[unit]).mapToObj(j -> with.labels[j]))
                .containsExactlyInAnyOrder("Improving Life Chances", "Referrals to the Money Advice Unit");
        int growthBoard = with.indexOf("hertfordshire:growth-board");
        assertThat(java.util.Arrays.stream(with.neighbours[growthBoard])
                        .filter(j -> with.kinds[j] == NetworkModel.Kind.INITIATIVE))
                .hasSize(5);
        int respond = with.indexOf("hertfordshire:recovery-respond-winter-support-grant");
        assertThat(with.types[respond]).isEqualTo("Respond");
        long deliveries = hertfordshire.deliveries().stream()
                .map(d -> d.deliveredById() + ">" + d.initiativeId())
                .distinct()
                .count();
        assertThat(with.edges()).isEqualTo(without.edges() + (int) deliveries);
    }

    @Test
    void theLayoutSeparatesNodesAndKeepsPinnedOnesStill() {
        NetworkModel m = NetworkModel.of(hertfordshire, false, false, false);
        boolean[] pins = new boolean[m.size()];
        pins[0] = true;
        double[] x = new double[m.size()];
        double[] y = new double[m.size()];
        java.util.Arrays.fill(x, Double.NaN);
        java.util.Arrays.fill(y, Double.NaN);
        x[0] = 123;
        y[0] = -45;
        ForceLayout layout = new ForceLayout(m, x, y, pins, 1);
        double move = Double.MAX_VALUE;
        while (!layout.settled(move)) {
            move = layout.step();
        }
        double[][] s = layout.snapshot();
        assertThat(s[0][0]).isEqualTo(123);
        assertThat(s[1][0]).isEqualTo(-45);
        int coincident = 0;
        for (int i = 0; i < m.size(); i++) {
            for (int j = i + 1; j < m.size(); j++) {
                if (Math.hypot(s[0][i] - s[0][j], s[1][i] - s[1][j]) < 1) {
                    coincident++;
                }
            }
        }
        assertThat(coincident).as("nodes closer than 1 unit after the layout").isLessThan(m.size() / 20 + 1);
        for (int e = 0; e < m.edges(); e++) {
            int a = m.edgeFrom[e];
            int b = m.edgeTo[e];
            assertThat(Math.hypot(s[0][a] - s[0][b], s[1][a] - s[1][b]))
                    .as("edge length")
                    .isLessThan(600);
        }
    }

    @Test
    void selectionIsFollowedAndPublishedAndTheExportsParse() throws Exception {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        NetworkPanel panel = new NetworkPanel(context);
        assertThat(context.taskFailures()).isEmpty();
        panel.setSize(1200, 800);
        panel.doLayout();
        panel.canvas().setSize(1000, 700);
        panel.canvas().fit();
        NetworkModel m = panel.model();
        assertThat(m).isNotNull();
        int ph = m.indexOf("hertfordshire:public-health-hertfordshire");
        var at = panel.canvas().screenOf(ph);
        assertThat(panel.canvas().nodeAt(at.x, at.y)).isEqualTo(ph);
        panel.canvas()
                .dispatchEvent(new java.awt.event.MouseEvent(
                        panel.canvas(),
                        java.awt.event.MouseEvent.MOUSE_CLICKED,
                        0,
                        0,
                        at.x,
                        at.y,
                        1,
                        false,
                        java.awt.event.MouseEvent.BUTTON1));
        assertThat(context.selection().items())
                .containsExactly(SelectedItem.node("hertfordshire:public-health-hertfordshire"));

        assertThat(context.exports()).extracting(e -> e.fileExtension()).containsExactly("png", "svg", "graphml");
        assertThat(ImageIO.read(new ByteArrayInputStream(bytes(context, "png"))))
                .isNotNull();
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertThat(xml.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(bytes(context, "svg")))
                        .getDocumentElement()
                        .getNodeName())
                .isEqualTo("svg");

        Graph<String, DefaultEdge> back = new SimpleGraph<>(DefaultEdge.class);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> attributes = new HashMap<>();
        importer.addVertexAttributeConsumer((pair, attribute) -> attributes
                .computeIfAbsent(pair.getFirst(), k -> new HashMap<>())
                .put(pair.getSecond(), attribute.getValue()));
        importer.importGraph(
                back,
                new InputStreamReader(new ByteArrayInputStream(bytes(context, "graphml")), StandardCharsets.UTF_8));
        assertThat(back.vertexSet()).hasSize(m.size());
        assertThat(back.edgeSet()).hasSize(m.edges());
        Map<String, String> phAttributes = attributes.get("hertfordshire:public-health-hertfordshire");
        assertThat(phAttributes)
                .containsEntry("label", "Public Health Hertfordshire")
                .containsEntry("kind", "partner")
                .containsEntry("type", "public health")
                .containsKeys("x", "y", "score", "r", "g", "b");
        assertThat(Double.parseDouble(phAttributes.get("x")))
                .isEqualTo(panel.canvas().positions()[0][ph]);
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
