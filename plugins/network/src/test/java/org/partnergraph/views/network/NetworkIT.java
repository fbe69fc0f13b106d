package org.partnergraph.views.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.workbench.WorkbenchWindow;

/**
 * The network in the real workbench under Xvfb, on Hertfordshire. The plugin has its own class
 * loader; the canvas publishes what a test needs as client properties in JDK types.
 */
@ExtendWith(EmbeddedDatabase.class)
class NetworkIT {

    private static final String PH = "hertfordshire:public-health-hertfordshire";

    @Test
    void followsAndPublishesTheSelectionAndExportsGraphMl(GraphStore store) throws Exception {
        try (WorkbenchWindow w = WorkbenchWindow.open(store, WorkbenchWindow.hertfordshire(), Path.of("."))) {
            w.openFromMenu("network.graph", "Analysis", "Network");
            JComponent canvas = (JComponent) w.window().robot().finder().findByName("network.canvas");
            WorkbenchWindow.eventually(
                    "laid out",
                    () -> GuiActionRunner.execute(() -> w.window()
                            .label("network.status")
                            .target()
                            .getText()
                            .contains("iterations")));

            // the unconnected bodies are a count until the strip is opened; the Find field fits 16 columns
            var unconnected = w.window().toggleButton("network.unconnected");
            assertThat(unconnected.target().getText()).matches("\\d+ unconnected");
            unconnected.click();
            WorkbenchWindow.eventually(
                    "the strip opened",
                    () -> GuiActionRunner.execute(
                            () -> unconnected.target().getText().startsWith("Hide ")));
            unconnected.click();
            assertThat(GuiActionRunner.execute(
                            () -> w.window().textBox("network.search").target().getWidth()))
                    .isGreaterThan(150);

            w.select(PH);
            assertThat(GuiActionRunner.execute(() -> canvas.getClientProperty("network.selected")))
                    .isEqualTo(List.of(PH));

            @SuppressWarnings("unchecked")
            Function<String, Point> screenOf = (Function<String, Point>)
                    GuiActionRunner.execute(() -> canvas.getClientProperty("network.screenOf"));
            String county = "hertfordshire:hertfordshire-county-council";
            Point at = GuiActionRunner.execute(() -> screenOf.apply(county));
            w.robot().click(canvas, at, MouseButton.LEFT_BUTTON, 1);
            WorkbenchWindow.eventually("the clicked node selected everywhere", () -> w.selection()
                    .equals(List.of(SelectedItem.node(county))));
            w.select(PH);
            w.window().toggleButton("network.neighbourhood").click();
            w.screenshot(Path.of("target/screenshots/view-network.png"));
            w.window().toggleButton("network.neighbourhood").click();

            assertThat(ImageIO.read(new ByteArrayInputStream(w.export("network.graph", "png"))))
                    .isNotNull();
            Graph<String, DefaultEdge> back = new SimpleGraph<>(DefaultEdge.class);
            GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
            importer.setSchemaValidation(false);
            importer.setVertexFactory(id -> id);
            importer.importGraph(
                    back,
                    new InputStreamReader(
                            new ByteArrayInputStream(w.export("network.graph", "graphml")), StandardCharsets.UTF_8));
            assertThat(back.containsVertex(PH)).isTrue();
            assertThat(back.vertexSet().size()).isGreaterThan(150);
        }
    }
}
