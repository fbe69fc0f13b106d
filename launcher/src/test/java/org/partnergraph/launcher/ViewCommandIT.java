package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code view} command on Hertfordshire in a real embedded database, with the built-in
 * plugins from the distribution's plugins/ folder (built in the package phase, before this runs):
 * each view renders without a window and its exports parse.
 */
class ViewCommandIT {

    @TempDir
    static Path tmp;

    static String data;
    static final String PLUGINS =
            Path.of("target/partnergraph/plugins").toAbsolutePath().toString();

    @BeforeAll
    static void load() {
        data = tmp.resolve("data").toString();
        Cli load = Cli.run("load", Path.of("../graphs/hertfordshire").toString(), "--data-dir", data);
        assertThat(load.exitCode()).as(load.err()).isZero();
    }

    private static Cli view(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "view";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--plugins";
        all[args.length + 2] = PLUGINS;
        all[args.length + 3] = "--data-dir";
        all[args.length + 4] = data;
        return Cli.run(all);
    }

    @Test
    void listsTheBuiltInViews() {
        Cli list = view("--list", "--format", "csv");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out())
                .contains(
                        "influence.map,",
                        "network.graph,",
                        "overlaps.heatmap,",
                        "trajectories.chart,",
                        "trajectories.dashboard,",
                        "tracker.relationships,");
    }

    @Test
    void rendersEachViewWithoutAWindowAndTheExportsParse() throws Exception {
        Cli chart = view(
                "trajectories.chart",
                "--select",
                "NI 193",
                "--out",
                tmp.resolve("ni193.csv").toString());
        assertThat(chart.exitCode()).as(chart.err()).isZero();
        assertThat(Files.readString(tmp.resolve("ni193.csv")))
                .contains("Baseline,2005/06,2006-03-31,62.54")
                .contains("Target,2010/11,2011-03-31,49");

        Cli svg = view("influence.map", "--out", tmp.resolve("map.svg").toString(), "--size", "1000x700");
        assertThat(svg.exitCode()).as(svg.err()).isZero();
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = xml.newDocumentBuilder().parse(tmp.resolve("map.svg").toFile());
        assertThat(doc.getDocumentElement().getAttribute("width")).startsWith("1000");

        Cli png = view(
                "trajectories.dashboard", "--out", tmp.resolve("dashboard.png").toString());
        assertThat(png.exitCode()).as(png.err()).isZero();
        try (var in = new FileInputStream(tmp.resolve("dashboard.png").toFile())) {
            var image = ImageIO.read(in);
            assertThat(image.getWidth()).isEqualTo(1200);
            assertThat(image.getHeight()).isEqualTo(800);
        }

        Cli graphml =
                view("network.graph", "--out", tmp.resolve("network.graphml").toString());
        assertThat(graphml.exitCode()).as(graphml.err()).isZero();
        Graph<String, DefaultEdge> back = new SimpleGraph<>(DefaultEdge.class);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        try (var reader =
                new FileReader(tmp.resolve("network.graphml").toFile(), java.nio.charset.StandardCharsets.UTF_8)) {
            importer.importGraph(back, reader);
        }
        assertThat(back.containsVertex("hertfordshire:public-health-hertfordshire"))
                .isTrue();

        Cli tracker = view(
                "tracker.relationships", "--out", tmp.resolve("tracker.csv").toString());
        assertThat(tracker.exitCode()).as(tracker.err()).isZero();
        assertThat(Files.readAllLines(tmp.resolve("tracker.csv")))
                .hasSize(26)
                .anyMatch(l -> l.startsWith("Children's Services,Strategic Leads,Cooperate,Collaborate"));

        Cli overlaps =
                view("overlaps.heatmap", "--out", tmp.resolve("overlaps.csv").toString());
        assertThat(overlaps.exitCode()).as(overlaps.err()).isZero();
        assertThat(Files.readAllLines(tmp.resolve("overlaps.csv")).get(0)).startsWith("group,");
    }

    @Test
    void aFormatTheViewDoesNotOfferIsRefusedWithTheOnesItDoes() {
        Cli pdf = view("influence.map", "--out", tmp.resolve("map.pdf").toString());
        assertThat(pdf.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(pdf.err()).contains("Influence map (influence.map) exports png, svg, csv; not .pdf.");
        assertThat(tmp.resolve("map.pdf")).doesNotExist();

        Cli unknown = view("no.such.view", "--out", tmp.resolve("x.png").toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err())
                .contains("There is no view 'no.such.view'; the views are: example.relationship-gaps, history.changes,"
                        + " influence.map, network.graph");
    }
}
