package org.partnergraph.views.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnergraph.analytics.trajectory.Trajectory;
import org.partnergraph.analytics.trajectory.TrajectoryAnalysis;
import org.partnergraph.analytics.trajectory.TrajectoryStatus;
import org.partnergraph.model.Delivery;
import org.partnergraph.model.Group;
import org.partnergraph.model.GroupTheme;
import org.partnergraph.model.IndicatorLink;
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
    /** The worst status of the indicators a partner leads, or null. */
    final TrajectoryStatus[] leadStatus;

    final int[][] neighbours;
    private final Map<String, Integer> index;

    private NetworkModel(
            List<String> ids,
            List<String> labels,
            List<Kind> kinds,
            List<String> types,
            List<int[]> edges,
            List<String> edgeKinds,
            TrajectoryStatus[] leadStatus) {
        int n = ids.size();
        this.ids = ids.toArray(String[]::new);
        this.labels = labels.toArray(String[]::new);
        this.kinds = kinds.toArray(Kind[]::new);
        this.types = types.toArray(String[]::new);
        this.edgeFrom = edges.stream().mapToInt(e -> e[0]).toArray();
        this.edgeTo = edges.stream().mapToInt(e -> e[1]).toArray();
        this.edgeKinds = edgeKinds.toArray(String[]::new);
        this.leadStatus = leadStatus;
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
        List<String> ids = nodes.ids;
        Map<String, Integer> at = nodes.at;
        List<int[]> edges = new ArrayList<>();
        List<String> edgeKinds = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Membership m : graph.memberships()) {
            add(at, m.partnerId(), m.groupId(), "member of", edges, edgeKinds, seen);
        }
        if (withThemes) {
            for (GroupTheme gt : graph.groupThemes()) {
                add(at, gt.groupId(), gt.themeId(), "works on", edges, edgeKinds, seen);
            }
        }
        if (withIndicators) {
            for (IndicatorLink l : graph.indicatorLinks()) {
                add(
                        at,
                        l.partnerId(),
                        l.indicatorId(),
                        l.role().name().toLowerCase(java.util.Locale.ROOT),
                        edges,
                        edgeKinds,
                        seen);
            }
        }
        if (withInitiatives) {
            for (Delivery d : graph.deliveries()) {
                add(
                        at,
                        d.deliveredById(),
                        d.initiativeId(),
                        "lead".equals(d.role()) ? "leads" : "delivers",
                        edges,
                        edgeKinds,
                        seen);
            }
        }
        TrajectoryStatus[] status = new TrajectoryStatus[ids.size()];
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
                    && l.role() == org.partnergraph.model.IndicatorRole.LEAD
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
        return new NetworkModel(ids, nodes.labels, nodes.kinds, nodes.types, edges, edgeKinds, status);
    }

    /** The nodes of a model being built, numbered in the order they are added. */
    private static final class Nodes {
        final List<String> ids = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final List<Kind> kinds = new ArrayList<>();
        final List<String> types = new ArrayList<>();
        final Map<String, Integer> at = new HashMap<>();

        void add(String id, String label, Kind kind, String type) {
            at.put(id, ids.size());
            ids.add(id);
            labels.add(label);
            kinds.add(kind);
            types.add(type);
        }
    }

    private static void add(
            Map<String, Integer> at,
            String a,
            String b,
            String kind,
            List<int[]> edges,
            List<String> edgeKinds,
            java.util.Set<Long> seen) {
        Integer x = at.get(a);
        Integer y = at.get(b);
        if (x == null || y == null || x.equals(y)) {
            return;
        }
        long key = Math.min(x, y) * 4_000_000_000L + Math.max(x, y);
        if (seen.add(key)) {
            edges.add(new int[] {x, y});
            edgeKinds.add(kind);
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
        List<int[]> list = new ArrayList<>();
        List<String> kindsOfEdges = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < nodes; i++) {
            at.put(ids.get(i), i);
        }
        while (list.size() < edges) {
            int p = groups + random.nextInt(nodes - groups);
            int g = (int) Math.min(groups - 1, Math.abs(random.nextGaussian()) * groups / 3);
            add(at, ids.get(p), ids.get(g), "member of", list, kindsOfEdges, seen);
        }
        return new NetworkModel(ids, labels, kinds, types, list, kindsOfEdges, new TrajectoryStatus[nodes]);
    }

    int size() {
        return ids.length;
    }

    int edges() {
        return edgeFrom.length;
    }

    int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }
}
