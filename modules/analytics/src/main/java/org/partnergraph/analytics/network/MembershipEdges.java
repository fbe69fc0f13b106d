package org.partnergraph.analytics.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;

/**
 * The memberships of a graph as a simple weighted partner-group edge list over int node numbers:
 * the index {@link NetworkPosition} builds before scoring. A partner listed twice in one group
 * counts once, with its strongest role. Partners are numbered {@code 0..partners-1}, groups
 * {@code 0..groups-1} (node {@code partners + g} on the partner-group graph). Immutable.
 */
public final class MembershipEdges {

    private final List<String> partnerIds;
    private final List<String> groupIds;
    final int[] partnerOf;
    final int[] groupOf;
    final double[] weight;
    final int edges;

    private MembershipEdges(
            List<String> partnerIds,
            List<String> groupIds,
            int[] partnerOf,
            int[] groupOf,
            double[] weight,
            int edges) {
        this.partnerIds = partnerIds;
        this.groupIds = groupIds;
        this.partnerOf = partnerOf;
        this.groupOf = groupOf;
        this.weight = weight;
        this.edges = edges;
    }

    /** Indexes the memberships, weighting each by its role. */
    public static MembershipEdges of(PartnershipGraph graph, MembershipWeights weights) {
        Map<String, Integer> partnerIndex = new LinkedHashMap<>();
        Map<String, Integer> groupIndex = new LinkedHashMap<>();
        Map<Long, Integer> edgeOf = new HashMap<>();
        int m = graph.memberships().size();
        int[] p = new int[m];
        int[] g = new int[m];
        double[] w = new double[m];
        int edges = 0;
        for (Membership ms : graph.memberships()) {
            int pi = partnerIndex.computeIfAbsent(ms.partnerId(), k -> partnerIndex.size());
            int gi = groupIndex.computeIfAbsent(ms.groupId(), k -> groupIndex.size());
            double weight = weights.of(ms.role());
            Integer seen = edgeOf.putIfAbsent(((long) pi << 32) | gi, edges);
            if (seen != null) {
                w[seen] = Math.max(w[seen], weight);
                continue;
            }
            p[edges] = pi;
            g[edges] = gi;
            w[edges++] = weight;
        }
        return new MembershipEdges(
                new ArrayList<>(partnerIndex.keySet()), new ArrayList<>(groupIndex.keySet()), p, g, w, edges);
    }

    /** Partners with a membership. */
    public int partners() {
        return partnerIds.size();
    }

    /** Groups with a member. */
    public int groups() {
        return groupIds.size();
    }

    /** Distinct partner-group edges. */
    public int edges() {
        return edges;
    }

    /** The id of partner {@code i}. */
    public String partnerId(int i) {
        return partnerIds.get(i);
    }

    /** The id of group {@code i}. */
    public String groupId(int i) {
        return groupIds.get(i);
    }

    List<String> partnerIds() {
        return partnerIds;
    }

    List<String> groupIds() {
        return groupIds;
    }

    /** The partner-group graph: partners {@code 0..partners-1}, then the groups, an edge per membership. */
    public CsrGraph bipartite() {
        int partners = partners();
        int[] b = new int[edges];
        for (int i = 0; i < edges; i++) {
            b[i] = partners + groupOf[i];
        }
        return CsrGraph.undirected(partners + groups(), partnerOf, b, weight, edges);
    }

    /** The partner-partner projection, groups above {@code cap} members left out. */
    Projection projection(int cap) {
        return Projection.of(partnerOf, groupOf, edges, partners(), groups(), cap);
    }

    /**
     * The partner-partner projection (an edge per pair sharing a group, weighted by the groups
     * shared), groups above {@code cap} members left out.
     */
    public CsrGraph projectionGraph(int cap) {
        return projection(cap).graph();
    }
}
