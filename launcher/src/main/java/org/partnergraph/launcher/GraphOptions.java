package org.partnergraph.launcher;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Node;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.ThemeSlice;
import org.partnergraph.store.GraphStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Which part of the graph an analysis command reads: a partnership, a theme, an objective. */
final class GraphOptions {

    @Option(names = "--partnership", paramLabel = "ID", description = "Only this partnership (e.g. hertfordshire).")
    String partnership;

    @Option(names = "--theme", paramLabel = "ID", description = "Only this theme's part of the graph.")
    String theme;

    @Option(names = "--objective", paramLabel = "ID", description = "Only this objective (and what measures it).")
    String objective;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            converter = DateConverter.class,
            description = "The graph as it stood on this date (YYYY-MM-DD): each rating, stage, membership and"
                    + " measurement as last assessed on or before it (default: today).")
    LocalDate asOf;

    @Mixin
    UserOption user;

    /**
     * Reads the chosen part as of the chosen date, as the user sees it (their draft waves included);
     * ids may be given with or without the partnership prefix.
     */
    PartnershipGraph read(GraphStore store) {
        LocalDate date = asOf == null ? store.today() : asOf;
        String viewer = user.name();
        PartnershipGraph graph =
                partnership == null ? store.readGraph(date, viewer) : store.readGraph(partnership, date, viewer);
        if (theme != null) {
            graph = ThemeSlice.of(graph, resolve(graph, theme, graph.themes()).id());
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
    static Map<String, String> names(PartnershipGraph graph) {
        Map<String, String> names = new HashMap<>();
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
                        || (n instanceof Indicator i
                                && i.code()
                                        .toLowerCase(Locale.ROOT)
                                        .replace(" ", "")
                                        .equals(k)))
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
