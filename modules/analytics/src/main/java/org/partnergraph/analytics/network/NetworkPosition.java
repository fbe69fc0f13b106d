package org.partnergraph.analytics.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;

/**
 * Network position of every partner with a membership: on the partner-group graph (each
 * membership an edge of weight 1) and on its partner-partner projection (weight = groups shared).
 *
 * <p>Betweenness is exact up to {@link #EXACT_BETWEENNESS_NODES_DEFAULT} nodes and sampled from
 * {@link #BETWEENNESS_SOURCES_DEFAULT} seeded sources above. The projection leaves out groups
 * larger than {@link #PROJECTION_GROUP_CAP_DEFAULT} members (a 2,000-member network would add two
 * million pairs and says little about who works with whom); {@link #groupsLeftOutOfProjection()}
 * counts them.
 */
public final class NetworkPosition {

    public static final int EXACT_BETWEENNESS_NODES_DEFAULT = 5_000;
    public static final int BETWEENNESS_SOURCES_DEFAULT = 500;
    /** Sources for the projection's betweenness: denser than the partner-group graph, so fewer (error in docs). */
    public static final int PROJECTION_BETWEENNESS_SOURCES_DEFAULT = 100;
    public static final int PROJECTION_GROUP_CAP_DEFAULT = 100;
    public static final long SEED_DEFAULT = 2026;

    private final List<PartnerPosition> positions;
    private final Map<String, PartnerPosition> byId;
    private final boolean sampled;
    private final int leftOut;
    /** Every partner's PageRank, ascending, for percentiles by binary search. */
    private final double[] ranksAscending;

    private NetworkPosition(List<PartnerPosition> positions, boolean sampled, int leftOut) {
        this.positions = List.copyOf(positions);
        this.byId = new HashMap<>();
        positions.forEach(p -> byId.put(p.partnerId(), p));
        this.sampled = sampled;
        this.leftOut = leftOut;
        this.ranksAscending = positions.stream().mapToDouble(PartnerPosition::pageRank).sorted().toArray();
    }

    public static NetworkPosition of(PartnershipGraph graph) {
        return of(graph, EXACT_BETWEENNESS_NODES_DEFAULT, PROJECTION_GROUP_CAP_DEFAULT);
    }

    /**
     * @param exactBetweennessNodes above this many nodes betweenness is sampled
     * @param projectionGroupCap groups with more members are left out of the projection
     * @throws IllegalArgumentException for a cap below 2
     */
    public static NetworkPosition of(PartnershipGraph graph, int exactBetweennessNodes, int projectionGroupCap) {
        if (projectionGroupCap < 2) {
            throw new IllegalArgumentException("the projection group cap must be at least 2, was " + projectionGroupCap);
        }
        Map<String, Integer> partnerIndex = new HashMap<>();
        Map<String, Integer> groupIndex = new HashMap<>();
        List<String> partnerIds = new ArrayList<>();
        int m = graph.memberships().size();
        int[] p = new int[m];
        int[] g = new int[m];
        for (int i = 0; i < m; i++) {
            Membership ms = graph.memberships().get(i);
            p[i] = partnerIndex.computeIfAbsent(ms.partnerId(), k -> {
                partnerIds.add(k);
                return partnerIds.size() - 1;
            });
            g[i] = groupIndex.computeIfAbsent(ms.groupId(), k -> groupIndex.size());
        }
        int partners = partnerIds.size();
        int nodes = partners + groupIndex.size();
        int[] b = new int[m];
        for (int i = 0; i < m; i++) {
            b[i] = partners + g[i];
        }
        double[] ones = new double[m];
        Arrays.fill(ones, 1);
        CsrGraph bipartite = CsrGraph.undirected(nodes, p, b, ones, m);
        boolean sampled = nodes > exactBetweennessNodes;
        double[] degree = Centralities.strength(bipartite);
        double[] pageRank = Centralities.pageRank(bipartite, Centralities.DAMPING_DEFAULT);
        double[] betweenness = Centralities.betweenness(bipartite,
                sampled ? BETWEENNESS_SOURCES_DEFAULT : nodes, SEED_DEFAULT);
        double[] eigen = Centralities.eigenvectorBipartite(bipartite, partners);

        Projection projection = Projection.of(p, g, m, partners, groupIndex.size(), projectionGroupCap);
        double[] strength = Centralities.strength(projection.graph());
        double[] projRank = Centralities.pageRank(projection.graph(), Centralities.DAMPING_DEFAULT);
        double[] projEigen = Centralities.eigenvector(projection.graph());
        double[] projBetween = Centralities.betweenness(projection.graph(),
                partners > exactBetweennessNodes ? PROJECTION_BETWEENNESS_SOURCES_DEFAULT : partners, SEED_DEFAULT);

        double maxRank = max(pageRank, partners);
        double maxBetween = max(betweenness, partners);
        double maxEigen = max(eigen, partners);
        double maxStrength = max(strength, partners);
        double maxProjRank = max(projRank, partners);
        double maxProjEigen = max(projEigen, partners);
        double maxProjBetween = max(projBetween, partners);
        List<PartnerPosition> out = new ArrayList<>(partners);
        for (int v = 0; v < partners; v++) {
            out.add(new PartnerPosition(partnerIds.get(v), (int) degree[v], pageRank[v] / maxRank,
                    betweenness[v] / maxBetween, eigen[v] / maxEigen, strength[v] / maxStrength,
                    projRank[v] / maxProjRank, projBetween[v] / maxProjBetween, projEigen[v] / maxProjEigen));
        }
        out.sort(Comparator.comparingDouble(PartnerPosition::pageRank).reversed().thenComparing(PartnerPosition::partnerId));
        return new NetworkPosition(out, sampled, projection.leftOut());
    }

    private static double max(double[] values, int count) {
        double max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, values[i]);
        }
        return max == 0 ? 1 : max;
    }

    /** Partners with a membership, highest PageRank first. */
    public List<PartnerPosition> positions() {
        return positions;
    }

    public Optional<PartnerPosition> of(String partnerId) {
        return Optional.ofNullable(byId.get(partnerId));
    }

    /** The share of partners strictly below this partner's PageRank: 0.9 means top 10%. */
    public double pageRankPercentile(String partnerId) {
        PartnerPosition own = byId.get(partnerId);
        if (own == null) {
            return 0;
        }
        int lo = 0;
        int hi = ranksAscending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ranksAscending[mid] < own.pageRank()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return positions.size() <= 1 ? 1 : (double) lo / (positions.size() - 1);
    }

    /** Whether betweenness was sampled rather than exact. */
    public boolean betweennessSampled() {
        return sampled;
    }

    public int groupsLeftOutOfProjection() {
        return leftOut;
    }
}
