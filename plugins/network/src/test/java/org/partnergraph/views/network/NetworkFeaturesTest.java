package org.partnergraph.views.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.community.InformalClusters;
import org.partnergraph.analytics.community.Louvain;
import org.partnergraph.analytics.network.NetworkPosition;
import org.partnergraph.analytics.resilience.PartnerNetwork;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.support.PartnerTypeColours;
import org.partnergraph.plugin.swing.testing.StubWorkbenchContext;

/** The network view's board-slide features on the sample partnerships (issue 16), without a window. */
class NetworkFeaturesTest {

    static PartnershipGraph hertfordshire;
    static PartnershipGraph staffordshire;

    /** The bodies that are both a partner and a group, with members but no membership of their own. */
    static final List<String> BOTH = List.of(
            "hertfordshire:dv-strategic-programme-board",
            "hertfordshire:hertfordshire-waste-partnership",
            "hertfordshire:hertfordshire-adult-learning-partnership");

    @BeforeAll
    static void read() throws Exception {
        hertfordshire = BundleReader.read(Path.of("../../graphs/hertfordshire")).graph();
        staffordshire = BundleReader.read(Path.of("../../graphs/staffordshire")).graph();
    }

    @Test
    void bodiesThatAreBothPartnerAndGroupAreSizedByTheirGroupScores() throws Exception {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        NetworkPanel panel = new NetworkPanel(context);
        assertThat(context.taskFailures()).isEmpty();
        NetworkModel m = panel.model();
        NetworkPosition position = NetworkPosition.of(hertfordshire);
        double[] scores = panel.scores();
        Map<String, Map<String, String>> graphml = graphml(context);
        for (String id : BOTH) {
            int i = m.indexOf(id);
            assertThat(m.kinds[i]).isEqualTo(NetworkModel.Kind.PARTNER);
            assertThat(m.alsoGroup).contains(id);
            double groupRank = position.group(id).orElseThrow().pageRank();
            assertThat(groupRank).as(id + " PageRank as a group").isPositive();
            assertThat(scores[i]).as(id + " size in the view").isEqualTo(groupRank);
            assertThat(Double.parseDouble(graphml.get(id).get("score")))
                    .as(id + " score in the GraphML")
                    .isEqualTo(groupRank);
        }
    }

    @Test
    void everySampleTypeHasItsOwnFixedColour() {
        Set<String> types = new HashSet<>();
        for (PartnershipGraph g : List.of(hertfordshire, staffordshire)) {
            g.partners().forEach(p -> types.add(p.type()));
        }
        assertThat(types).hasSizeGreaterThan(20);
        for (String type : types) {
            assertThat(PartnerTypeColours.known(type)).as(type).isTrue();
        }
        List<Color> colours = PartnerTypeColours.COLOURS;
        assertThat(new HashSet<>(colours)).hasSize(colours.size()).doesNotContain(PartnerTypeColours.OTHER);
        double closest = Double.MAX_VALUE;
        for (int a = 0; a < colours.size(); a++) {
            closest = Math.min(closest, deltaE(colours.get(a), PartnerTypeColours.OTHER));
            for (int b = a + 1; b < colours.size(); b++) {
                closest = Math.min(closest, deltaE(colours.get(a), colours.get(b)));
            }
        }
        assertThat(closest).as("the closest two colours, CIE76").isGreaterThanOrEqualTo(14);
        // the same partner has the same colour whatever else is loaded
        NetworkModel alone = NetworkModel.of(hertfordshire, false, false, false);
        NetworkModel both = NetworkModel.of(together(hertfordshire, staffordshire), false, false, false);
        Color[] a = NetworkStyle.colours(alone, NetworkStyle.ColourBy.TYPE, new int[alone.size()]);
        Color[] b = NetworkStyle.colours(both, NetworkStyle.ColourBy.TYPE, new int[both.size()]);
        Set<Color> seen = new HashSet<>();
        for (Partner p : hertfordshire.partners()) {
            assertThat(b[both.indexOf(p.id())]).as(p.id()).isEqualTo(a[alone.indexOf(p.id())]);
            seen.add(a[alone.indexOf(p.id())]);
        }
        assertThat(seen).as("distinct colours of Hertfordshire's partners").hasSize(26);
    }

    @Test
    void unconnectedBodiesStayOutOfTheLayoutUntilTheStripIsOpened() {
        Set<String> connected = new HashSet<>();
        for (Membership ms : hertfordshire.memberships()) {
            connected.add(ms.partnerId());
            connected.add(ms.groupId());
        }
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        NetworkPanel panel = new NetworkPanel(context);
        assertThat(context.taskFailures()).isEmpty();
        NetworkModel m = panel.model();
        BitSet isolated = new BitSet();
        for (int i = 0; i < m.size(); i++) {
            if (!connected.contains(m.ids[i])) {
                isolated.set(i);
            }
        }
        assertThat(isolated.cardinality())
                .as("Hertfordshire's bodies with no membership")
                .isGreaterThan(50);
        assertThat(panel.canvas().hidden).isEqualTo(isolated);
        assertThat(panel.controls().unconnected.getText()).isEqualTo(isolated.cardinality() + " unconnected");

        panel.controls().unconnected.doClick();
        assertThat(panel.canvas().hidden.isEmpty()).isTrue();
        assertThat(context.settings().getBoolean("unconnected", false)).isTrue();
        double[][] p = panel.canvas().positions();
        double lowest = -Double.MAX_VALUE;
        for (int i = 0; i < m.size(); i++) {
            if (!isolated.get(i)) {
                lowest = Math.max(lowest, p[1][i]);
            }
        }
        for (int i = isolated.nextSetBit(0); i >= 0; i = isolated.nextSetBit(i + 1)) {
            assertThat(p[1][i]).as("the strip is below the network").isGreaterThan(lowest);
        }
    }

    @Test
    void theStressLayoutLowersItsStressAndTheChoiceIsRemembered() {
        NetworkModel m = NetworkModel.of(hertfordshire, false, false, false);
        double[][] start = new ForceLayout(m, null, null, null, 7).snapshot();
        StressLayout layout = new StressLayout(m, start[0], start[1], null);
        double before = layout.stress();
        double move = Double.MAX_VALUE;
        while (!layout.settled(move)) {
            move = layout.step();
        }
        assertThat(layout.stress())
                .as("stress after, against %s before", before)
                .isLessThan(before / 3);
        double[][] end = layout.snapshot();
        for (int i = 0; i < m.size(); i++) {
            if (m.isolated(i)) {
                assertThat(end[0][i]).as("an unconnected node is not moved").isEqualTo(start[0][i]);
            }
        }

        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        NetworkPanel panel = new NetworkPanel(context);
        assertThat(context.taskFailures()).isEmpty();
        panel.controls().layout.setSelectedItem(Layout.Kind.STRESS);
        assertThat(context.settings().get("layout", "")).isEqualTo("STRESS");
        assertThat(panel.controls().status.getText()).contains("stress layout");
        assertThat(new NetworkControls(context.settings()).layout.getSelectedItem())
                .isEqualTo(Layout.Kind.STRESS);
    }

    @Test
    void communitiesAreTheClustersCommandsAndFiltersKeepANetwork() {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        NetworkPanel panel = new NetworkPanel(context);
        assertThat(context.taskFailures()).isEmpty();
        NetworkModel m = panel.model();
        int[] community = panel.communities();
        PartnerNetwork network = PartnerNetwork.of(hertfordshire);
        InformalClusters clusters = InformalClusters.of(hertfordshire, network.ids(), new Louvain(network.graph()));
        assertThat(clusters.clusters()).hasSizeGreaterThan(2);
        Set<Integer> numbers = new HashSet<>();
        for (InformalClusters.Cluster c : clusters.clusters()) {
            Set<Integer> of = new HashSet<>();
            c.partnerIds().forEach(id -> of.add(community[m.indexOf(id)]));
            assertThat(of).as("one community per cluster").hasSize(1);
            assertThat(numbers.add(of.iterator().next()))
                    .as("a community number per cluster")
                    .isTrue();
        }

        NetworkFilter nhs = NetworkFilter.options(hertfordshire, m).stream()
                .filter(f -> f.label().equals("Type: NHS"))
                .findFirst()
                .orElseThrow();
        BitSet hidden = nhs.hidden(m, panel.scores(), 0);
        for (int i = 0; i < m.size(); i++) {
            boolean isNhs = m.kinds[i] == NetworkModel.Kind.PARTNER && m.types[i].equals("NHS") && !m.isolated(i);
            boolean besideNhs = java.util.Arrays.stream(m.neighbours[i])
                    .anyMatch(j -> m.kinds[j] == NetworkModel.Kind.PARTNER && m.types[j].equals("NHS"));
            assertThat(hidden.get(i)).as(m.labels[i]).isEqualTo(!(isNhs || besideNhs));
        }
        double[] scores = panel.scores();
        double max = java.util.Arrays.stream(scores).max().orElseThrow();
        BitSet strong = NetworkFilter.EVERYTHING.hidden(m, scores, 0.5);
        for (int i = 0; i < m.size(); i++) {
            assertThat(strong.get(i)).isEqualTo(scores[i] < 0.5 * max);
        }
        panel.controls().minScore.setValue(50);
        assertThat(panel.canvas().hidden.cardinality()).isGreaterThanOrEqualTo(strong.cardinality());
        assertThat(panel.controls().search.getColumns()).isGreaterThanOrEqualTo(16);
    }

    private static Map<String, Map<String, String>> graphml(StubWorkbenchContext context) throws Exception {
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
                new InputStreamReader(
                        new ByteArrayInputStream(NetworkLookTest.bytes(context, "graphml")), StandardCharsets.UTF_8));
        return attributes;
    }

    static PartnershipGraph together(PartnershipGraph a, PartnershipGraph b) {
        PartnershipGraph.Builder x = PartnershipGraph.builder();
        for (PartnershipGraph g : List.of(a, b)) {
            x.partners.addAll(g.partners());
            x.groups.addAll(g.groups());
            x.themes.addAll(g.themes());
            x.objectives.addAll(g.objectives());
            x.indicators.addAll(g.indicators());
            x.measurements.addAll(g.measurements());
            x.memberships.addAll(g.memberships());
            x.indicatorLinks.addAll(g.indicatorLinks());
            x.groupThemes.addAll(g.groupThemes());
        }
        return x.build();
    }

    /** CIE76 colour difference in CIELAB (D65). */
    static double deltaE(Color a, Color b) {
        double[] x = lab(a);
        double[] y = lab(b);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    private static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
        double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
        double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
        return new double[] {116 * y - 16, 500 * (x - y), 200 * (y - z)};
    }

    private static double linear(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
