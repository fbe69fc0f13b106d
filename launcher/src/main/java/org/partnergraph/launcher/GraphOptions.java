package org.partnergraph.launcher;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Node;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.store.GraphStore;
import picocli.CommandLine.Option;

/** Which part of the graph an analysis command reads: a partnership, a theme, an objective. */
final class GraphOptions {

    @Option(names = "--partnership", paramLabel = "ID", description = "Only this partnership (e.g. hertfordshire).")
    String partnership;

    @Option(names = "--theme", paramLabel = "ID", description = "Only this theme's part of the graph.")
    String theme;

    @Option(names = "--objective", paramLabel = "ID", description = "Only this objective (and what measures it).")
    String objective;

    /** Reads the chosen part; ids may be given with or without the partnership prefix. */
    PartnershipGraph read(GraphStore store) {
        PartnershipGraph graph = partnership == null ? store.readGraph() : store.readGraph(partnership);
        if (theme != null) {
            graph = store.readTheme(resolve(graph, theme, graph.themes()).id());
        }
        return graph;
    }

    /** The objective filter's full id, or null. */
    String objectiveId(PartnershipGraph graph) {
        return objective == null
                ? null
                : resolve(graph, objective, graph.objectives()).id();
    }

    /** Indicators measuring the objective filter (all when there is none). */
    Set<String> indicatorIds(PartnershipGraph graph) {
        String o = objectiveId(graph);
        return graph.indicators().stream()
                .filter(i -> o == null || i.measures().contains(o))
                .map(Indicator::id)
                .collect(Collectors.toSet());
    }

    /** Every node's name by id, for printing. */
    static java.util.Map<String, String> names(PartnershipGraph graph) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        graph.nodes().forEach(n -> names.put(n.id(), n.name()));
        return names;
    }

    /**
     * Finds a node by full id ({@code hertfordshire:ni-193}), local id ({@code ni-193}), or for
     * indicators by code ({@code "NI 193"}); refuses an unknown or ambiguous one with a sentence.
     */
    static <T extends Node> T resolve(PartnershipGraph graph, String key, List<T> nodes) {
        List<T> exact = nodes.stream().filter(n -> n.id().equals(key)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        String k = key.toLowerCase(Locale.ROOT).replace(" ", "");
        List<T> matches = nodes.stream()
                .filter(n -> n.id().toLowerCase(Locale.ROOT).endsWith(":" + key.toLowerCase(Locale.ROOT))
                        || n instanceof Indicator i
                                && i.code()
                                        .toLowerCase(Locale.ROOT)
                                        .replace(" ", "")
                                        .equals(k))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("There is no '" + key + "' in the graph read.");
        }
        throw new IllegalArgumentException("'" + key + "' is ambiguous: "
                + matches.stream().map(Node::id).toList() + "; give the full id or --partnership.");
    }
}
