package org.partnergraph.store.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import org.partnergraph.store.GraphStore;

/**
 * The whole database as sorted text lines, one per node and relationship with every property, so
 * two states can be compared exactly ("the graph is exactly as before").
 */
public final class GraphDump {

    private GraphDump() {}

    public static List<String> of(GraphStore store) {
        try (var session = store.connection().driver().session()) {
            return session.executeRead(tx -> {
                List<String> lines = new ArrayList<>();
                tx.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
                        .forEachRemaining(r -> lines.add("N " + r.get("l").asList() + " "
                                + new TreeMap<>(r.get("p").asMap())));
                tx.run("MATCH (a)-[x]->(b) RETURN a.id AS a, type(x) AS t, b.id AS b, properties(x) AS p")
                        .forEachRemaining(r -> lines.add("R " + r.get("a").asString() + " -"
                                + r.get("t").asString() + "-> " + r.get("b").asString() + " "
                                + new TreeMap<>(r.get("p").asMap())));
                Collections.sort(lines);
                return lines;
            });
        }
    }
}
