package org.partnergraph.analytics.network;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;

/**
 * The memberships of a graph as a simple weighted partner-group edge list over int node numbers:
 * the index {@link NetworkPosition} builds before scoring. A partner listed twice in one group
 * counts once, with its strongest role. Partners are numbered {@code 0..partners-1} in id order,
 * groups {@code 0..groups-1} in id order (node {@code partners + g} on the partner-group graph).
 * Immutable.
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

    /**
     * Indexes the memberships, weighting each by its role. Partners and groups are numbered by
     * their ids in sorted order, and the edges listed by partner then group, so the same
     * memberships give the same numbers, the same graphs and the same scores (sampled betweenness
     * included) whatever order the store returned them in. Primitive arrays throughout: ids are
     * hashed once each ({@link IdTable}), duplicates found by a counting sort on partner and a sort
     * of each partner's groups. O(m log d) for m memberships and d groups per partner.
     */
    public static MembershipEdges of(PartnershipGraph graph, MembershipWeights weights) {
        List<Membership> memberships = graph.memberships();
        int m = memberships.size();
        IdTable partnerTable = new IdTable(Math.max(16, m / 8));
        IdTable groupTable = new IdTable(Math.max(16, m / 64));
        int[] rawPartner = new int[m];
        int[] rawGroup = new int[m];
        double[] rawWeight = new double[m];
        for (int i = 0; i < m; i++) {
            Membership ms = memberships.get(i);
            rawPartner[i] = partnerTable.add(ms.partnerId());
            rawGroup[i] = groupTable.add(ms.groupId());
            rawWeight[i] = weights.of(ms.role());
        }
        int[] partnerRank = partnerTable.sortedOrder();
        int[] groupRank = groupTable.sortedOrder();
        int partners = partnerTable.size();
        // a counting sort by partner; each key holds the group above and the membership below
        int[] start = new int[partners + 1];
        for (int i = 0; i < m; i++) {
            start[partnerRank[rawPartner[i]] + 1]++;
        }
        for (int p = 0; p < partners; p++) {
            start[p + 1] += start[p];
        }
        int[] fill = Arrays.copyOf(start, partners);
        long[] keys = new long[m];
        for (int i = 0; i < m; i++) {
            keys[fill[partnerRank[rawPartner[i]]]++] = ((long) groupRank[rawGroup[i]] << 32) | i;
        }
        int[] p = new int[m];
        int[] g = new int[m];
        double[] w = new double[m];
        int edges = 0;
        for (int partner = 0; partner < partners; partner++) {
            Arrays.sort(keys, start[partner], start[partner + 1]);
            for (int j = start[partner]; j < start[partner + 1]; j++) {
                int group = (int) (keys[j] >>> 32);
                double weight = rawWeight[(int) keys[j]];
                if (j > start[partner] && g[edges - 1] == group) {
                    w[edges - 1] = Math.max(w[edges - 1], weight);
                    continue;
                }
                p[edges] = partner;
                g[edges] = group;
                w[edges++] = weight;
            }
        }
        return new MembershipEdges(
                sortedIds(partnerTable, partnerRank), sortedIds(groupTable, groupRank), p, g, w, edges);
    }

    private static List<String> sortedIds(IdTable table, int[] rank) {
        String[] out = new String[table.size()];
        for (int i = 0; i < out.length; i++) {
            out[rank[i]] = table.id(i);
        }
        return Collections.unmodifiableList(Arrays.asList(out));
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
