package org.partnergraph.views.network;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * The network as shown, as GraphML (jgrapht-io): each node with its id, label, kind, type, score,
 * position (x, y, as laid out) and colour (r, g, b: the attribute names Gephi reads), each edge with
 * its kind. Opens in Gephi, Cytoscape and yEd.
 */
final class GraphMLWriter {

    private GraphMLWriter() {}

    static void write(
            NetworkModel model,
            double[] x,
            double[] y,
            double[] score,
            String scoreName,
            Color[] colours,
            OutputStream out)
            throws IOException {
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < model.size(); i++) {
            graph.addVertex(i);
        }
        Map<DefaultEdge, String> edgeKinds = new java.util.HashMap<>();
        for (int e = 0; e < model.edges(); e++) {
            DefaultEdge edge = graph.addEdge(model.edgeFrom[e], model.edgeTo[e]);
            if (edge != null) {
                edgeKinds.put(edge, model.edgeKinds[e]);
            }
        }
        GraphMLExporter<Integer, DefaultEdge> exporter = new GraphMLExporter<>(i -> model.ids[i]);
        exporter.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("kind", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("type", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("score", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("x", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("y", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("r", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("g", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("b", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("relationship", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(i -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(model.labels[i]));
            a.put("kind", DefaultAttribute.createAttribute(model.kinds[i].name().toLowerCase(java.util.Locale.ROOT)));
            a.put("type", DefaultAttribute.createAttribute(model.types[i]));
            a.put("score", DefaultAttribute.createAttribute(score[i]));
            a.put("x", DefaultAttribute.createAttribute(x[i]));
            a.put("y", DefaultAttribute.createAttribute(y[i]));
            a.put("r", DefaultAttribute.createAttribute(colours[i].getRed()));
            a.put("g", DefaultAttribute.createAttribute(colours[i].getGreen()));
            a.put("b", DefaultAttribute.createAttribute(colours[i].getBlue()));
            return a;
        });
        exporter.setEdgeAttributeProvider(
                e -> Map.of("relationship", DefaultAttribute.createAttribute(edgeKinds.get(e))));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(graph, writer);
        writer.flush();
    }
}
