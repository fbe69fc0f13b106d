package org.partnergraph.analytics.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnergraph.model.Group;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;

/**
 * The partners' informal clusters, {@link Louvain} communities of a weighted partner network, set
 * against the formal groups: for each cluster, the groups holding two or more of its members, the
 * group that best matches it (highest Jaccard similarity of members), and whether any group holds
 * them all. A cluster of partners who work together in several groups, none of which holds them
 * all, is a working alliance that no board sees. Clusters of one are left out. O(memberships).
 */
public final class InformalClusters {

    /**
     * One cluster.
     *
     * @param partnerIds its members
     * @param sharedGroups groups holding at least two of its members, most members first
     * @param bestGroup the group whose members match the cluster best, or null when none holds two
     * @param bestJaccard that match's Jaccard similarity (0 when none)
     * @param heldByOneGroup whether a single group holds every member
     */
    public record Cluster(
            List<String> partnerIds,
            List<Group> sharedGroups,
            Group bestGroup,
            double bestJaccard,
            boolean heldByOneGroup) {

        public Cluster {
            partnerIds = List.copyOf(partnerIds);
            sharedGroups = List.copyOf(sharedGroups);
        }

        /** "these 7 partners work together in 4 groups but no group holds them all", or the like. */
        public String summary() {
            int n = partnerIds.size();
            int m = sharedGroups.size();
            if (heldByOneGroup) {
                return "these " + n + " partners all sit in " + bestGroup.name();
            }
            if (m == 0) {
                return "these " + n + " partners share no group: their ties are direct relationships";
            }
            return "these " + n + " partners work together in " + m + (m == 1 ? " group" : " groups")
                    + " but no group holds them all";
        }
    }

    private final List<Cluster> clusters;
    private final double modularity;
    private final int communities;

    private InformalClusters(List<Cluster> clusters, double modularity, int communities) {
        this.clusters = List.copyOf(clusters);
        this.modularity = modularity;
        this.communities = communities;
    }

    /**
     * The clusters Louvain found, named by their partners.
     *
     * @param ids the partner id of each node of the graph Louvain ran on
     * @param louvain the communities found
     */
    public static InformalClusters of(PartnershipGraph graph, List<String> ids, Louvain louvain) {
        int[] community = louvain.communities();
        Map<Integer, List<String>> members = new LinkedHashMap<>();
        for (int v = 0; v < community.length; v++) {
            members.computeIfAbsent(community[v], k -> new ArrayList<>()).add(ids.get(v));
        }
        Map<String, Set<String>> groupMembers = new HashMap<>();
        for (Membership m : graph.memberships()) {
            groupMembers
                    .computeIfAbsent(m.groupId(), k -> new LinkedHashSet<>())
                    .add(m.partnerId());
        }
        Map<String, Set<String>> groupsOf = new HashMap<>();
        groupMembers.forEach((g, ps) -> ps.forEach(
                p -> groupsOf.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(g)));
        Map<String, Group> groups = graph.groupsById();
        List<Cluster> out = new ArrayList<>();
        for (List<String> cluster : members.values()) {
            if (cluster.size() >= 2) {
                out.add(cluster(cluster, groupMembers, groupsOf, groups));
            }
        }
        out.sort(Comparator.comparingInt((Cluster c) -> c.partnerIds().size()).reversed());
        return new InformalClusters(out, louvain.modularity(), louvain.count());
    }

    private static Cluster cluster(
            List<String> partners,
            Map<String, Set<String>> groupMembers,
            Map<String, Set<String>> groupsOf,
            Map<String, Group> groups) {
        Map<String, Integer> inCluster = new LinkedHashMap<>();
        for (String p : partners) {
            groupsOf.getOrDefault(p, Set.of()).forEach(g -> inCluster.merge(g, 1, Integer::sum));
        }
        List<String> shared = inCluster.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
        String best = null;
        double bestJaccard = 0;
        boolean all = false;
        for (String g : shared) {
            int both = inCluster.get(g);
            int union = partners.size() + groupMembers.get(g).size() - both;
            double j = (double) both / union;
            if (j > bestJaccard) {
                best = g;
                bestJaccard = j;
            }
            all |= both == partners.size();
        }
        if (all) {
            best = shared.stream()
                    .filter(g -> inCluster.get(g) == partners.size())
                    .min(Comparator.comparingInt(g -> groupMembers.get(g).size()))
                    .orElseThrow();
            bestJaccard = (double) partners.size() / groupMembers.get(best).size();
        }
        List<Group> sharedGroups = shared.stream()
                .map(g -> groups.getOrDefault(g, new Group(g, g, "", List.of(), "", null)))
                .toList();
        Group bestGroup =
                best == null ? null : groups.getOrDefault(best, new Group(best, best, "", List.of(), "", null));
        return new Cluster(partners, sharedGroups, bestGroup, bestJaccard, all);
    }

    /** Clusters of two or more partners, largest first. */
    public List<Cluster> clusters() {
        return clusters;
    }

    public double modularity() {
        return modularity;
    }

    /** Communities found, clusters of one included. */
    public int communities() {
        return communities;
    }
}
