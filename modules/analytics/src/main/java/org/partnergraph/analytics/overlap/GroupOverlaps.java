package org.partnergraph.analytics.overlap;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnergraph.model.Group;
import org.partnergraph.model.PartnershipGraph;

/**
 * Every pair of groups that share at least one member, with the shared count, Jaccard and
 * overlap coefficient ({@link GroupPair}), and the merge candidates among them.
 *
 * <p>Computed sparsely ({@link SharedCounts}): through the inverted index of each partner's
 * groups, so the cost is the sum over partners of (groups per partner)², the overlapping
 * pair-incidences, never groups². At 10,000 groups, 200,000 partners and 2,000,000 memberships
 * it takes about a second on two cores (docs/scoring-influence.md#overlaps). Pairs are held in
 * int arrays and become {@link GroupPair} records only when read. Immutable once built.
 */
public final class GroupOverlaps {

    /** The measure merge candidates are judged on by default: Jaccard, the strictest of the three. */
    public static final OverlapMeasure MERGE_MEASURE_DEFAULT = OverlapMeasure.JACCARD;

    /** Jaccard at or above this makes a merge candidate by default: at least half the union shared. */
    public static final double MERGE_THRESHOLD_DEFAULT = 0.5;

    /** Groups above this many memberships count their pairs on both cores. */
    static final int PARALLEL_MEMBERSHIPS_DEFAULT = 100_000;

    private final List<Group> groups;
    private final int[] sizes;
    private final Map<String, Integer> indexOf;
    private final PairTable table;
    private final List<GroupPair> pairs;

    private GroupOverlaps(List<Group> groups, int[] sizes, PairTable table) {
        this.groups = groups;
        this.sizes = sizes;
        this.table = table;
        this.indexOf = new HashMap<>(groups.size() * 2);
        for (int g = 0; g < groups.size(); g++) {
            indexOf.putIfAbsent(groups.get(g).id(), g);
        }
        this.pairs = new AbstractList<>() {
            @Override
            public GroupPair get(int i) {
                return pair(i);
            }

            @Override
            public int size() {
                return table.size();
            }
        };
    }

    /** Overlaps of every pair of groups in the graph. O(sum over partners of their groups²). */
    public static GroupOverlaps of(PartnershipGraph graph) {
        MembershipIndex index = MembershipIndex.of(graph);
        int[] sizes = new int[index.groups.size()];
        long memberships = 0;
        for (int g = 0; g < sizes.length; g++) {
            sizes[g] = index.membersOfGroup[g].length;
            memberships += sizes[g];
        }
        PairTable table = SharedCounts.count(
                index.membersOfGroup, index.groupsOfPartner, 1, memberships >= PARALLEL_MEMBERSHIPS_DEFAULT);
        return new GroupOverlaps(index.groups, sizes, table);
    }

    /** Every pair sharing a member, in the graph's group order (A before B); an unmodifiable view. */
    public List<GroupPair> pairs() {
        return pairs;
    }

    /** Members of a group, each partner once (0 for an unknown or empty group). */
    public int size(String groupId) {
        Integer g = indexOf.get(groupId);
        return g == null ? 0 : sizes[g];
    }

    /**
     * The two groups' overlap, whichever order they are given in; shared 0 when they share no one.
     * O(log pairs).
     *
     * @throws IllegalArgumentException when either group is not in the graph
     */
    public GroupPair pair(String groupA, String groupB) {
        Integer a = indexOf.get(groupA);
        Integer b = indexOf.get(groupB);
        if (a == null || b == null) {
            throw new IllegalArgumentException("no group '" + (a == null ? groupA : groupB) + "' in the graph");
        }
        int i = find(Math.min(a, b), Math.max(a, b));
        return i >= 0 ? pair(i) : new GroupPair(groupA, groupB, 0, sizes[a], sizes[b]);
    }

    /** Merge candidates on the default measure and threshold (Jaccard at least 0.5). */
    public List<GroupPair> mergeCandidates() {
        return mergeCandidates(MERGE_MEASURE_DEFAULT, MERGE_THRESHOLD_DEFAULT);
    }

    /**
     * Pairs at or above {@code threshold} on {@code measure}, strongest first, then most shared,
     * then in group order. Linear in the pairs, plus a sort of the candidates.
     *
     * @param threshold 0 to 1 for Jaccard and the overlap coefficient; 0 or more for the shared count
     * @throws IllegalArgumentException for a threshold outside that range, or not a number
     */
    public List<GroupPair> mergeCandidates(OverlapMeasure measure, double threshold) {
        if (measure == null) {
            throw new IllegalArgumentException("a merge candidate needs a measure: shared, jaccard or overlap");
        }
        double max = measure == OverlapMeasure.SHARED ? Double.POSITIVE_INFINITY : 1;
        if (!(threshold >= 0 && threshold <= max)) {
            throw new IllegalArgumentException("a " + measure.name().toLowerCase(Locale.ROOT) + " threshold must be "
                    + (measure == OverlapMeasure.SHARED ? "0 or more" : "between 0 and 1") + ", was " + threshold);
        }
        List<GroupPair> out = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            int shared = table.count(i);
            double value = OverlapMeasure.value(measure, shared, sizes[table.first(i)], sizes[table.second(i)]);
            if (value >= threshold) {
                out.add(pair(i));
            }
        }
        // the list is in group order already; a stable sort keeps it as the last tie-break
        out.sort(Comparator.comparingDouble((GroupPair p) -> p.measure(measure))
                .reversed()
                .thenComparing(Comparator.comparingInt(GroupPair::shared).reversed()));
        return List.copyOf(out);
    }

    /** Binary search of the table, which is ordered by first then second index; -1 when absent. */
    private int find(int a, int b) {
        int lo = 0;
        int hi = table.size() - 1;
        long key = ((long) a << 32) | b;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long k = ((long) table.first(mid) << 32) | table.second(mid);
            if (k < key) {
                lo = mid + 1;
            } else if (k > key) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private GroupPair pair(int i) {
        int a = table.first(i);
        int b = table.second(i);
        return new GroupPair(groups.get(a).id(), groups.get(b).id(), table.count(i), sizes[a], sizes[b]);
    }
}
