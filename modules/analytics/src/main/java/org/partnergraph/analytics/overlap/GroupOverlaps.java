package org.partnergraph.analytics.overlap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnergraph.analytics.network.Incidence;
import org.partnergraph.model.Group;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;

/**
 * Every pair of groups sharing at least one member, found through an inverted index: for each
 * group A, walk its members and each member's other groups B &gt; A, counting into a dense row.
 * The cost is the sum over partners of (groups per partner)², the number of overlapping
 * pair-incidences, not groups²; memory is one int row per group count plus the pairs found.
 */
public final class GroupOverlaps {

    /** Jaccard at or above this makes a merge candidate by default. */
    public static final double MERGE_THRESHOLD_DEFAULT = 0.5;

    private final List<GroupPair> pairs;
    private final Map<String, Integer> sizes;

    private GroupOverlaps(List<GroupPair> pairs, Map<String, Integer> sizes) {
        this.pairs = pairs;
        this.sizes = sizes;
    }

    public static GroupOverlaps of(PartnershipGraph graph) {
        List<Group> groups = graph.groups();
        Map<String, Integer> groupIndex = new HashMap<>(groups.size() * 2);
        for (int i = 0; i < groups.size(); i++) {
            groupIndex.put(groups.get(i).id(), i);
        }
        Map<String, Integer> partnerIndex = new HashMap<>();
        int[] groupOf = new int[graph.memberships().size()];
        int[] partnerOf = new int[groupOf.length];
        int n = 0;
        for (Membership m : graph.memberships()) {
            Integer g = groupIndex.get(m.groupId());
            if (g == null) {
                continue;
            }
            groupOf[n] = g;
            partnerOf[n] = partnerIndex.computeIfAbsent(m.partnerId(), k -> partnerIndex.size());
            n++;
        }
        int[][] groupsOfPartner = Incidence.rows(partnerOf, groupOf, n, partnerIndex.size());
        int[][] membersOfGroup = Incidence.rows(groupOf, partnerOf, n, groups.size());
        List<GroupPair> pairs = new ArrayList<>();
        int[] count = new int[groups.size()];
        int[] touched = new int[groups.size()];
        for (int a = 0; a < groups.size(); a++) {
            int t = 0;
            for (int p : membersOfGroup[a]) {
                for (int b : groupsOfPartner[p]) {
                    if (b > a) {
                        if (count[b] == 0) {
                            touched[t++] = b;
                        }
                        count[b]++;
                    }
                }
            }
            Arrays.sort(touched, 0, t);
            for (int i = 0; i < t; i++) {
                int b = touched[i];
                pairs.add(new GroupPair(groups.get(a).id(), groups.get(b).id(), count[b], membersOfGroup[a].length,
                        membersOfGroup[b].length));
                count[b] = 0;
            }
        }
        Map<String, Integer> sizes = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            sizes.put(groups.get(g).id(), membersOfGroup[g].length);
        }
        return new GroupOverlaps(pairs, sizes);
    }

    /** Every pair sharing a member, in group order. */
    public List<GroupPair> pairs() {
        return pairs;
    }

    /** Members of a group (0 for an unknown or empty group). */
    public int size(String groupId) {
        return sizes.getOrDefault(groupId, 0);
    }

    /**
     * Pairs at or above {@code threshold} on {@code measure}, strongest first.
     *
     * @throws IllegalArgumentException for a negative threshold, or one above 1 for a ratio
     */
    public List<GroupPair> mergeCandidates(OverlapMeasure measure, double threshold) {
        if (threshold < 0 || measure != OverlapMeasure.SHARED && threshold > 1) {
            throw new IllegalArgumentException("a " + measure.name().toLowerCase(java.util.Locale.ROOT)
                    + " threshold must be between 0 and 1, was " + threshold);
        }
        return pairs.stream().filter(p -> p.measure(measure) >= threshold)
                .sorted(Comparator.comparingDouble((GroupPair p) -> p.measure(measure)).reversed()
                        .thenComparing(Comparator.comparingInt(GroupPair::shared).reversed()))
                .toList();
    }
}
