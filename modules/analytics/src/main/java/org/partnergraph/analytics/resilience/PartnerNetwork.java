package org.partnergraph.analytics.resilience;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnergraph.analytics.community.WeightedGraph;
import org.partnergraph.analytics.network.Incidence;
import org.partnergraph.analytics.network.NetworkSettings;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Relationship;

/**
 * The partner network that fragmentation, key players and clusters are measured on: one node per
 * partner with at least one membership or a direct relationship with another partner; an edge
 * between two partners who share a group (the partner projection of the partner-group graph) or
 * who have a relationship recorded between them (either direction, counted once). The weight is
 * the number of groups shared plus 1 for a direct relationship. Groups with more than the cap's
 * members are left out of the projection, as in {@code NetworkPosition} (a 2,000-member network
 * says little about who works with whom); relationships to groups are not partner ties.
 *
 * <p>Built like the projection: for each partner its groups' other members are counted into a
 * dense row, so the cost is the sum over partners of their groups' sizes. Immutable.
 */
public final class PartnerNetwork {

    public static final int GROUP_CAP_DEFAULT = NetworkSettings.PROJECTION_GROUP_CAP_DEFAULT;

    private final List<String> ids;
    private final Map<String, Integer> index;
    private final WeightedGraph graph;
    private final int groupsLeftOut;

    private PartnerNetwork(List<String> ids, Map<String, Integer> index, WeightedGraph graph, int groupsLeftOut) {
        this.ids = List.copyOf(ids);
        this.index = index;
        this.graph = graph;
        this.groupsLeftOut = groupsLeftOut;
    }

    public static PartnerNetwork of(PartnershipGraph graph) {
        return of(graph, GROUP_CAP_DEFAULT);
    }

    /**
     * The network of partners joined by the groups they share, leaving out groups over {@code groupCap}.
     *
     * @throws IllegalArgumentException for a cap below 2
     */
    public static PartnerNetwork of(PartnershipGraph graph, int groupCap) {
        if (groupCap < 2) {
            throw new IllegalArgumentException("the group cap must be at least 2, was " + groupCap);
        }
        Set<String> partnerIds = new java.util.HashSet<>();
        graph.partners().stream().map(Partner::id).forEach(partnerIds::add);
        graph.memberships().forEach(m -> partnerIds.add(m.partnerId()));
        List<Relationship> ties = graph.relationships().stream()
                .filter(r -> partnerIds.contains(r.fromId())
                        && partnerIds.contains(r.toId())
                        && !r.fromId().equals(r.toId()))
                .toList();
        Set<String> inNetwork = new java.util.HashSet<>();
        graph.memberships().forEach(m -> inNetwork.add(m.partnerId()));
        ties.forEach(r -> {
            inNetwork.add(r.fromId());
            inNetwork.add(r.toId());
        });
        Map<String, Integer> index = new LinkedHashMap<>();
        graph.partners().stream()
                .map(Partner::id)
                .filter(inNetwork::contains)
                .forEach(id -> index.putIfAbsent(id, index.size()));
        graph.memberships().forEach(m -> index.putIfAbsent(m.partnerId(), index.size()));
        Map<String, Integer> groupIndex = new HashMap<>();
        int m = graph.memberships().size();
        int[] p = new int[m];
        int[] g = new int[m];
        for (int i = 0; i < m; i++) {
            Membership ms = graph.memberships().get(i);
            p[i] = index.get(ms.partnerId());
            g[i] = groupIndex.computeIfAbsent(ms.groupId(), k -> groupIndex.size());
        }
        int[] ta = new int[2 * ties.size()];
        int[] tb = new int[2 * ties.size()];
        for (int i = 0; i < ties.size(); i++) {
            int a = index.get(ties.get(i).fromId());
            int b = index.get(ties.get(i).toId());
            ta[2 * i] = a;
            tb[2 * i] = b;
            ta[2 * i + 1] = b;
            tb[2 * i + 1] = a;
        }
        int n = index.size();
        int[][] tiesOf = Incidence.rows(ta, tb, ta.length, n);
        Edges edges = project(p, g, m, n, groupIndex.size(), groupCap, tiesOf);
        return new PartnerNetwork(
                new ArrayList<>(index.keySet()),
                index,
                WeightedGraph.ofDistinct(n, edges.a, edges.b, edges.w, edges.size),
                edges.leftOut);
    }

    private static Edges project(int[] p, int[] g, int m, int n, int groups, int cap, int[][] tiesOf) {
        int[][] membersOf = Incidence.rows(g, p, m, groups);
        int[][] groupsOf = Incidence.rows(p, g, m, n);
        Edges out = new Edges();
        for (int[] members : membersOf) {
            if (members.length > cap) {
                out.leftOut++;
            }
        }
        double[] count = new double[n];
        int[] touched = new int[n];
        for (int a = 0; a < n; a++) {
            int t = 0;
            for (int gi : groupsOf[a]) {
                if (membersOf[gi].length > cap) {
                    continue;
                }
                for (int b : membersOf[gi]) {
                    if (b > a) {
                        if (count[b] == 0) {
                            touched[t++] = b;
                        }
                        count[b]++;
                    }
                }
            }
            for (int b : tiesOf[a]) {
                if (b > a) {
                    if (count[b] == 0) {
                        touched[t++] = b;
                    }
                    count[b]++;
                }
            }
            for (int i = 0; i < t; i++) {
                out.add(a, touched[i], count[touched[i]]);
                count[touched[i]] = 0;
            }
        }
        return out;
    }

    /** A growable edge list. */
    private static final class Edges {
        int[] a = new int[16];
        int[] b = new int[16];
        double[] w = new double[16];
        int size;
        int leftOut;

        void add(int x, int y, double weight) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
                b = Arrays.copyOf(b, size * 2);
                w = Arrays.copyOf(w, size * 2);
            }
            a[size] = x;
            b[size] = y;
            w[size++] = weight;
        }
    }

    /** The weighted graph; node {@code v} is partner {@link #id(int) id(v)}. */
    public WeightedGraph graph() {
        return graph;
    }

    public int size() {
        return ids.size();
    }

    public String id(int v) {
        return ids.get(v);
    }

    /** Partner ids in node order. */
    public List<String> ids() {
        return ids;
    }

    /** The node of a partner, or empty for a partner outside the network (no membership, no partner tie). */
    public Optional<Integer> node(String partnerId) {
        return Optional.ofNullable(index.get(partnerId));
    }

    public int groupsLeftOut() {
        return groupsLeftOut;
    }
}
