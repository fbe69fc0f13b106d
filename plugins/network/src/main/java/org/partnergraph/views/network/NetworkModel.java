package org.partnergraph.views.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnergraph.analytics.network.MembershipWeights;
import org.partnergraph.analytics.trajectory.Trajectory;
import org.partnergraph.analytics.trajectory.TrajectoryAnalysis;
import org.partnergraph.analytics.trajectory.TrajectoryStatus;
import org.partnergraph.model.Delivery;
import org.partnergraph.model.Group;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.IndicatorRole;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;

/**
 * The network drawn: partners and groups joined by memberships, and optionally themes (joined to
 * the groups that work on them), indicators (joined to their lead and supporting partners) and
 * initiatives (joined to the partners and groups that lead or deliver them).
 * Nodes are numbered 0..n-1; edges are pairs of node numbers. Immutable.
 */
final class NetworkModel {

    enum Kind {
        PARTNER,
        GROUP,
        THEME,
        INDICATOR,
        INITIATIVE
    }

    final String[] ids;
    final String[] labels;
    final Kind[] kinds;
    final String[] types;
    final int[] edgeFrom;
    final int[] edgeTo;
    final String[] edgeKinds;
    /** The weight of each edge: a membership's role weight (MembershipWeights.DEFAULT), 1 for other edges. */
    final double[] edgeWeight;
    /** Ids of the partner nodes that are groups too (one organisation, one node). */
    final Set<String> alsoGroup;
    /** The worst status of the indicators a partner leads, or null. */
    final TrajectoryStatus[] leadStatus;

    final int[][] neighbours;
    private final Map<String, Integer> index;

    private NetworkModel(Nodes nodes, Edges edges, TrajectoryStatus[] leadStatus) {
        this(
                nodes.ids,
                nodes.labels,
                nodes.kinds,
                nodes.types,
                edges.pairs,
                edges.kinds,
                edges.weights.stream().mapToDouble(Double::doubleValue).toArray(),
                leadStatus,
                nodes.alsoGroup);
    }

    private NetworkModel(
            List<String> ids,
            List<String> labels,
            List<Kind> kinds,
            List<String> types,
            List<int[]> edges,
            List<String> edgeKinds,
            double[] edgeWeights,
            TrajectoryStatus[] leadStatus,
            Set<String> alsoGroup) {
        int n = ids.size();
        this.ids = ids.toArray(String[]::new);
        this.labels = labels.toArray(String[]::new);
        this.kinds = kinds.toArray(Kind[]::new);
        this.types = types.toArray(String[]::new);
        this.edgeFrom = edges.stream().mapToInt(e -> e[0]).toArray();
        this.edgeTo = edges.stream().mapToInt(e -> e[1]).toArray();
        this.edgeKinds = edgeKinds.toArray(String[]::new);
        this.edgeWeight = edgeWeights;
        this.leadStatus = leadStatus;
        this.alsoGroup = Set.copyOf(alsoGroup);
        this.index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(this.ids[i], i);
        }
        int[] degree = new int[n];
        for (int e = 0; e < edgeFrom.length; e++) {
            degree[edgeFrom[e]]++;
            degree[edgeTo[e]]++;
        }
        neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = new int[degree[i]];
        }
        int[] fill = new int[n];
        for (int e = 0; e < edgeFrom.length; e++) {
            neighbours[edgeFrom[e]][fill[edgeFrom[e]]++] = edgeTo[e];
            neighbours[edgeTo[e]][fill[edgeTo[e]]++] = edgeFrom[e];
        }
    }

    /** The network of {@code graph}; themes, indicators and initiatives when asked. */
    static NetworkModel of(
            PartnershipGraph graph, boolean withThemes, boolean withIndicators, boolean withInitiatives) {
        Nodes nodes = nodes(graph, withThemes, withIndicators, withInitiatives);
        Edges edges = new Edges(nodes.at);
        for (Membership m : graph.memberships()) {
            edges.add(m.partnerId(), m.groupId(), "member of", MembershipWeights.DEFAULT.of(m.role()));
        }
        if (withThemes) {
            graph.groupThemes().forEach(gt -> edges.add(gt.groupId(), gt.themeId(), "works on", 1));
        }
        if (withIndicators) {
            for (IndicatorLink l : graph.indicatorLinks()) {
                edges.add(l.partnerId(), l.indicatorId(), l.role().name().toLowerCase(Locale.ROOT), 1);
            }
        }
        if (withInitiatives) {
            for (Delivery d : graph.deliveries()) {
                edges.add(d.deliveredById(), d.initiativeId(), "lead".equals(d.role()) ? "leads" : "delivers", 1);
            }
        }
        return new NetworkModel(nodes, edges, status(graph, nodes.at, nodes.ids.size()));
    }

    private static Nodes nodes(
            PartnershipGraph graph, boolean withThemes, boolean withIndicators, boolean withInitiatives) {
        Nodes nodes = new Nodes();
        for (Partner p : graph.partners()) {
            nodes.add(
                    p.id(), p.name(), Kind.PARTNER, p.type() == null || p.type().isBlank() ? "not stated" : p.type());
        }
        for (Group g : graph.groups()) {
            // a body that is rated or tracked as a partner and has members as a group (e.g. a
            // waste partnership) is one organisation: one node, with both kinds of edges
            if (!nodes.at.containsKey(g.id())) {
                nodes.add(g.id(), g.name(), Kind.GROUP, g.kind() == null ? "" : g.kind());
            } else {
                nodes.alsoGroup.add(g.id());
            }
        }
        if (withThemes) {
            graph.themes().forEach(t -> nodes.add(t.id(), t.name(), Kind.THEME, "theme"));
        }
        if (withIndicators) {
            graph.indicators().forEach(i -> nodes.add(i.id(), i.label(), Kind.INDICATOR, "indicator"));
        }
        if (withInitiatives) {
            graph.initiatives()
                    .forEach(i -> nodes.add(
                            i.id(),
                            i.name(),
                            Kind.INITIATIVE,
                            i.phase() == null || i.phase().isBlank() ? "initiative" : i.phase()));
        }
        return nodes;
    }

    /** The worst status of each indicator, and of the indicators each partner leads. */
    private static TrajectoryStatus[] status(PartnershipGraph graph, Map<String, Integer> at, int n) {
        TrajectoryStatus[] status = new TrajectoryStatus[n];
        Map<String, TrajectoryStatus> worst = new HashMap<>();
        for (Trajectory t :
                new TrajectoryAnalysis().analyse(graph).wholeAreaOnly().all()) {
            worst.merge(t.indicatorId(), t.status(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        for (IndicatorLink l : graph.indicatorLinks()) {
            Integer p = at.get(l.partnerId());
            TrajectoryStatus s = worst.get(l.indicatorId());
            if (p != null
                    && s != null
                    && l.role() == IndicatorRole.LEAD
                    && (status[p] == null || s.compareTo(status[p]) < 0)) {
                status[p] = s;
            }
        }
        for (Map.Entry<String, TrajectoryStatus> e : worst.entrySet()) {
            Integer i = at.get(e.getKey());
            if (i != null) {
                status[i] = e.getValue();
            }
        }
        return status;
    }

    /** The nodes of a model being built, numbered in the order they are added. */
    private static final class Nodes {
        final List<String> ids = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final List<Kind> kinds = new ArrayList<>();
        final List<String> types = new ArrayList<>();
        final Map<String, Integer> at = new HashMap<>();
        /** Partners that are groups too (one node). */
        final Set<String> alsoGroup = new HashSet<>();

        void add(String id, String label, Kind kind, String type) {
            at.put(id, ids.size());
            ids.add(id);
            labels.add(label);
            kinds.add(kind);
            types.add(type);
        }
    }

    /** The edges of a model being built: one per pair of nodes, with the largest weight given for it. */
    private static final class Edges {
        final Map<String, Integer> at;
        final List<int[]> pairs = new ArrayList<>();
        final List<String> kinds = new ArrayList<>();
        final List<Double> weights = new ArrayList<>();
        final Map<Long, Integer> seen = new HashMap<>();

        Edges(Map<String, Integer> at) {
            this.at = at;
        }

        void add(String a, String b, String kind, double weight) {
            Integer x = at.get(a);
            Integer y = at.get(b);
            if (x == null || y == null || x.equals(y)) {
                return;
            }
            long key = Math.min(x, y) * 4_000_000_000L + Math.max(x, y);
            Integer known = seen.get(key);
            if (known == null) {
                seen.put(key, pairs.size());
                pairs.add(new int[] {x, y});
                kinds.add(kind);
                weights.add(weight);
            } else if (weight > weights.get(known)) {
                weights.set(known, weight);
            }
        }
    }

    /** A synthetic network of {@code nodes} nodes and about {@code edges} edges (the benchmark). */
    static NetworkModel synthetic(int nodes, int edges, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        List<String> types = new ArrayList<>();
        int groups = Math.max(1, nodes / 10);
        String[] typeNames = {"local authority", "NHS", "voluntary and community sector", "school", "police", "business"
        };
        for (int i = 0; i < nodes; i++) {
            boolean group = i < groups;
            ids.add((group ? "g" : "p") + i);
            labels.add((group ? "Group " : "Partner ") + i);
            kinds.add(group ? Kind.GROUP : Kind.PARTNER);
            types.add(group ? "board" : typeNames[i % typeNames.length]);
        }
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < nodes; i++) {
            at.put(ids.get(i), i);
        }
        Edges list = new Edges(at);
        while (list.pairs.size() < edges) {
            int p = groups + random.nextInt(nodes - groups);
            int g = (int) Math.min(groups - 1, Math.abs(random.nextGaussian()) * groups / 3);
            list.add(ids.get(p), ids.get(g), "member of", 1);
        }
        return new NetworkModel(
                ids,
                labels,
                kinds,
                types,
                list.pairs,
                list.kinds,
                list.weights.stream().mapToDouble(Double::doubleValue).toArray(),
                new TrajectoryStatus[nodes],
                Set.of());
    }

    int size() {
        return ids.length;
    }

    int edges() {
        return edgeFrom.length;
    }

    /** Whether node {@code i} has no edge (kept out of the layout: the "unconnected" strip). */
    boolean isolated(int i) {
        return neighbours[i].length == 0;
    }

    int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }
}
