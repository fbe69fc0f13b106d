package org.partnergraph.views.influence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnergraph.analytics.influence.InfluenceFilter;
import org.partnergraph.analytics.influence.InfluenceMap;
import org.partnergraph.analytics.influence.PartnerInfluence;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.WaveComparison;

/** What the influence map computes off the event thread: the map, its points and, with two waves, the moves. */
final class MapComputation {

    private MapComputation() {}

    /**
     * What the map is computed from: the graph (the later wave's when two are compared), the waves
     * compared if any, and the filters chosen now.
     */
    record Request(
            PartnershipGraph graph,
            WaveComparison comparison,
            InfluenceFilter filter,
            double threshold,
            boolean filtered) {

        @SuppressWarnings("ReferenceEquality") // the graph and comparison are immutable and replaced whole
        boolean sameAs(Request other) {
            return graph == other.graph
                    && comparison == other.comparison
                    && filter.equals(other.filter)
                    && threshold == other.threshold;
        }
    }

    /** The map, its drawn points and, when two waves are compared, the earlier map and the moves. */
    record Computed(
            InfluenceMap map,
            List<MapPoints.Point> points,
            InfluenceMap then,
            List<MapMoves.Move> moves,
            String compared) {}

    static Computed compute(Request request) {
        InfluenceMap map = InfluenceMap.of(request.graph(), request.threshold(), request.filter());
        List<MapPoints.Point> points = MapPoints.of(map, names(request.graph()));
        if (request.comparison() == null) {
            return new Computed(map, points, null, List.of(), "");
        }
        PartnershipGraph earlier = request.comparison().thenGraph();
        InfluenceMap then = InfluenceMap.of(earlier, request.threshold(), request.filter());
        return new Computed(
                map,
                points,
                then,
                MapMoves.of(MapPoints.of(then, names(earlier)), points),
                request.comparison().label());
    }

    private static Map<String, String> names(PartnershipGraph graph) {
        Map<String, String> names = new HashMap<>();
        graph.nodes().forEach(n -> names.put(n.id(), n.name()));
        return names;
    }

    /**
     * The partners rated (or tracked, unfiltered); when compared, also those rated only in the
     * earlier wave (their row is the earlier wave's, which the table shows as not rated now).
     */
    static List<PartnerInfluence> rows(InfluenceMap map, InfluenceMap then, boolean filtered) {
        List<PartnerInfluence> rows = new ArrayList<>(map.partners().stream()
                .filter(p -> !p.ratings().isEmpty() || (!filtered && p.stageGap() > 0))
                .toList());
        if (then != null) {
            Set<String> listed = new HashSet<>();
            rows.forEach(p -> listed.add(p.partner().id()));
            then.partners().stream()
                    .filter(p -> !p.ratings().isEmpty()
                            && !listed.contains(p.partner().id()))
                    .forEach(rows::add);
        }
        return rows;
    }
}
