package org.partnergraph.analytics.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnergraph.model.PartnershipGraph;

/**
 * Network position of every partner and group with a membership: weighted degree, PageRank,
 * betweenness and eigenvector centrality on the partner-group graph (an edge per membership,
 * weighted by role, {@link MembershipWeights}), and on its partner-partner projection (an edge
 * per pair of partners sharing a group, weighted by the number of groups shared; groups above
 * {@link NetworkSettings#projectionGroupCap()} members are left out and counted).
 *
 * <p>Each graph is scored by JGraphT when it has at most {@link NetworkSettings#jgraphtMaxNodes()}
 * nodes and by the array kernels above; betweenness is sampled above
 * {@link NetworkSettings#exactBetweennessMaxNodes()} nodes. {@link #bipartite()} and
 * {@link #projection()} say how each graph was scored. A partner listed twice in one group counts
 * once, with its strongest role. Cost: at 200,000 partners, 10,000 groups and 2,000,000
 * memberships, one to two minutes on two cores, almost all of it sampled betweenness
 * (docs/scoring-network.md).
 * Immutable.
 */
public final class NetworkPosition {

    private final List<PartnerPosition> positions;
    private final Map<String, PartnerPosition> byId;
    private final List<GroupPosition> groups;
    private final Map<String, GroupPosition> groupsById;
    private final Computation bipartite;
    private final Computation projection;
    private final int leftOut;
    private final NetworkSettings settings;
    /** The partnership of each partner with a membership ("" when the graph does not list it). */
    private final Map<String, String> partnershipOf;
    /** Each partnership's PageRanks, ascending, for percentiles by binary search. */
    private final Map<String, double[]> ranksAscending;

    private NetworkPosition(
            List<PartnerPosition> positions,
            List<GroupPosition> groups,
            Computation bipartite,
            Computation projection,
            int leftOut,
            NetworkSettings settings,
            Map<String, String> partnershipOf) {
        this.positions = List.copyOf(positions);
        this.byId = new HashMap<>();
        positions.forEach(p -> byId.put(p.partnerId(), p));
        this.groups = List.copyOf(groups);
        this.groupsById = new HashMap<>();
        groups.forEach(g -> groupsById.put(g.groupId(), g));
        this.bipartite = bipartite;
        this.projection = projection;
        this.leftOut = leftOut;
        this.settings = settings;
        this.partnershipOf = partnershipOf;
        Map<String, List<Double>> ranks = new HashMap<>();
        for (PartnerPosition p : positions) {
            ranks.computeIfAbsent(partnershipOf.getOrDefault(p.partnerId(), ""), k -> new ArrayList<>())
                    .add(p.pageRank());
        }
        this.ranksAscending = new HashMap<>();
        ranks.forEach((k, v) -> ranksAscending.put(
                k, v.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
    }

    public static NetworkPosition of(PartnershipGraph graph) {
        return of(graph, NetworkSettings.DEFAULTS);
    }

    public static NetworkPosition of(PartnershipGraph graph, NetworkSettings settings) {
        MembershipEdges index = MembershipEdges.of(graph, settings.membershipWeights());
        int partners = index.partners();
        int groupCount = index.groups();
        int edges = index.edges();
        int[] p = index.partnerOf;
        int[] g = index.groupOf;
        GraphScores bi = GraphScores.of(
                index.bipartite(), partners, settings, settings.jgraphtMaxNodes(), settings.betweennessSources());
        Projection projected = index.projection(settings.projectionGroupCap());
        GraphScores pr = GraphScores.of(
                projected.graph(), -1, settings, settings.jgraphtMaxNodes(), settings.projectionBetweennessSources());

        int[] groupsOf = new int[partners];
        int[] membersOf = new int[groupCount];
        for (int i = 0; i < edges; i++) {
            groupsOf[p[i]]++;
            membersOf[g[i]]++;
        }
        List<PartnerPosition> out = partnerPositions(index.partnerIds(), groupsOf, bi, pr);
        List<GroupPosition> groupOut = groupPositions(index.groupIds(), membersOf, partners, bi);
        Map<String, String> partnershipOf = new HashMap<>();
        graph.partners().forEach(x -> partnershipOf.put(x.id(), x.partnership() == null ? "" : x.partnership()));
        return new NetworkPosition(
                out, groupOut, bi.computation(), pr.computation(), projected.leftOut(), settings, partnershipOf);
    }

    private static List<PartnerPosition> partnerPositions(
            List<String> ids, int[] groupsOf, GraphScores bi, GraphScores pr) {
        int n = ids.size();
        Scale degree = new Scale(bi.degree(), 0, n);
        Scale rank = new Scale(bi.pageRank(), 0, n);
        Scale between = new Scale(bi.betweenness(), 0, n);
        Scale eigen = new Scale(bi.eigenvector(), 0, n);
        Scale strength = new Scale(pr.degree(), 0, n);
        Scale projRank = new Scale(pr.pageRank(), 0, n);
        Scale projBetween = new Scale(pr.betweenness(), 0, n);
        Scale projEigen = new Scale(pr.eigenvector(), 0, n);
        List<PartnerPosition> out = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            out.add(new PartnerPosition(
                    ids.get(v),
                    groupsOf[v],
                    degree.at(v),
                    rank.at(v),
                    between.at(v),
                    eigen.at(v),
                    strength.at(v),
                    projRank.at(v),
                    projBetween.at(v),
                    projEigen.at(v)));
        }
        out.sort(Comparator.comparingDouble(PartnerPosition::pageRank)
                .reversed()
                .thenComparing(PartnerPosition::partnerId));
        return out;
    }

    private static List<GroupPosition> groupPositions(List<String> ids, int[] membersOf, int offset, GraphScores bi) {
        int n = ids.size();
        Scale degree = new Scale(bi.degree(), offset, n);
        Scale rank = new Scale(bi.pageRank(), offset, n);
        Scale between = new Scale(bi.betweenness(), offset, n);
        Scale eigen = new Scale(bi.eigenvector(), offset, n);
        List<GroupPosition> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int v = offset + i;
            out.add(new GroupPosition(ids.get(i), membersOf[i], degree.at(v), rank.at(v), between.at(v), eigen.at(v)));
        }
        out.sort(Comparator.comparingDouble(GroupPosition::pageRank).reversed().thenComparing(GroupPosition::groupId));
        return out;
    }

    /** Values {@code [from, from + count)} divided by their maximum (left as 0 when all are 0). */
    @SuppressWarnings("ArrayRecordComponent") // a view of a result array; never compared
    private record Scale(double[] values, double max) {
        Scale(double[] values, int from, int count) {
            this(values, Arrays.stream(values, from, from + count).max().orElse(0));
        }

        double at(int v) {
            return max > 0 ? values[v] / max : 0;
        }
    }

    /** Partners with a membership, highest PageRank first. */
    public List<PartnerPosition> positions() {
        return positions;
    }

    public Optional<PartnerPosition> of(String partnerId) {
        return Optional.ofNullable(byId.get(partnerId));
    }

    /** Groups with a member, highest PageRank first. */
    public List<GroupPosition> groups() {
        return groups;
    }

    public Optional<GroupPosition> group(String groupId) {
        return Optional.ofNullable(groupsById.get(groupId));
    }

    /**
     * The share of the other partners of the same partnership whose PageRank is strictly below this
     * partner's: 1 for the top partner, 0.9 or more means the top 10%, 0 for a partner with no
     * membership. Within the partnership, so loading another partnership beside it does not change
     * the answer (partnerships share no membership, and PageRank keeps the order within each
     * component). O(log n).
     */
    public double pageRankPercentile(String partnerId) {
        PartnerPosition own = byId.get(partnerId);
        if (own == null) {
            return 0;
        }
        double[] ranks = ranksAscending.get(partnershipOf.getOrDefault(partnerId, ""));
        int lo = 0;
        int hi = ranks.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ranks[mid] < own.pageRank()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return ranks.length <= 1 ? 1 : (double) lo / (ranks.length - 1);
    }

    /** How the partner-group graph was scored. */
    public Computation bipartite() {
        return bipartite;
    }

    /** How the projection was scored. */
    public Computation projection() {
        return projection;
    }

    /** Whether betweenness on either graph was sampled rather than exact. */
    public boolean betweennessSampled() {
        return bipartite.betweennessSampled() || projection.betweennessSampled();
    }

    public int groupsLeftOutOfProjection() {
        return leftOut;
    }

    public NetworkSettings settings() {
        return settings;
    }
}
