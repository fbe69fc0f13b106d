package org.partnergraph.analytics.overlap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.partnergraph.model.PartnershipGraph;

/**
 * Every pair of partners sharing at least {@code minShared} groups, by the same sparse kernel as
 * {@link GroupOverlaps} with the roles swapped ({@link SharedCounts}).
 *
 * <p>The cost is the sum over groups of (members per group)², so one very large group (a county
 * network of 5,000) would dominate everything else and say little about who works with whom:
 * groups with more than {@code largeGroupCap} members are left out of the count, and listed by
 * {@link #groupsLeftOut()}. With the defaults (at least {@value #MIN_SHARED_DEFAULT} shared groups,
 * cap {@value #LARGE_GROUP_CAP_DEFAULT}) a pair met in one meeting does not count as working together.
 */
public final class PartnerPairs {

    /** Pairs sharing fewer groups than this are left out by default: one shared group is a coincidence of seating. */
    public static final int MIN_SHARED_DEFAULT = 2;

    /** Groups with more members than this are left out of the count by default. */
    public static final int LARGE_GROUP_CAP_DEFAULT = 1000;

    private final List<PartnerPair> pairs;
    private final List<String> groupsLeftOut;

    private PartnerPairs(List<PartnerPair> pairs, List<String> groupsLeftOut) {
        this.pairs = List.copyOf(pairs);
        this.groupsLeftOut = List.copyOf(groupsLeftOut);
    }

    /** With {@link #MIN_SHARED_DEFAULT} and {@link #LARGE_GROUP_CAP_DEFAULT}. */
    public static PartnerPairs of(PartnershipGraph graph) {
        return of(graph, MIN_SHARED_DEFAULT, LARGE_GROUP_CAP_DEFAULT);
    }

    /**
     * The pairs of partners that share at least {@code minShared} groups.
     *
     * @param minShared at least 1
     * @param largeGroupCap at least 2; groups with more members are not counted
     * @throws IllegalArgumentException for a setting outside those ranges
     */
    public static PartnerPairs of(PartnershipGraph graph, int minShared, int largeGroupCap) {
        if (minShared < 1) {
            throw new IllegalArgumentException("pairs must share at least 1 group, was " + minShared);
        }
        if (largeGroupCap < 2) {
            throw new IllegalArgumentException("the large-group cap must be at least 2 members, was " + largeGroupCap);
        }
        MembershipIndex index = MembershipIndex.of(graph);
        int[][] membersOfGroup = index.membersOfGroup.clone();
        List<String> leftOut = new ArrayList<>();
        for (int g = 0; g < membersOfGroup.length; g++) {
            if (membersOfGroup[g].length > largeGroupCap) {
                leftOut.add(index.groups.get(g).id());
                membersOfGroup[g] = new int[0];
            }
        }
        int[][] groupsOfPartner = new int[index.groupsOfPartner.length][];
        for (int p = 0; p < groupsOfPartner.length; p++) {
            groupsOfPartner[p] = Arrays.stream(index.groupsOfPartner[p])
                    .filter(g -> index.membersOfGroup[g].length <= largeGroupCap)
                    .toArray();
        }
        PairTable table = SharedCounts.count(groupsOfPartner, membersOfGroup, minShared, true);
        List<PartnerPair> pairs = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            pairs.add(new PartnerPair(
                    index.partnerIds.get(table.first(i)), index.partnerIds.get(table.second(i)), table.count(i)));
        }
        // stable: equal counts stay in partner order
        pairs.sort(Comparator.comparingInt(PartnerPair::shared).reversed());
        return new PartnerPairs(pairs, leftOut);
    }

    /** The pairs, most shared groups first, then in the graph's partner order. */
    public List<PartnerPair> pairs() {
        return pairs;
    }

    /** Ids of the groups above the cap, left out of the count, in the graph's order. */
    public List<String> groupsLeftOut() {
        return groupsLeftOut;
    }
}
