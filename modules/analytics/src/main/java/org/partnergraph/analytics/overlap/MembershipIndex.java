package org.partnergraph.analytics.overlap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnergraph.analytics.network.Incidence;
import org.partnergraph.model.Group;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;

/**
 * Memberships as int rows both ways: the groups of each partner (the inverted index) and the
 * members of each group, each row sorted and without repeats (a partner listed twice in a group,
 * say as chair and member, counts once). Groups are numbered in the graph's order; partners in the
 * graph's order, then any partner a membership names that the graph does not list. Memberships
 * of a group the graph does not list are left out. Built in O(m log m) for m memberships; the
 * string look-ups happen here once, so the kernels see only ints.
 */
final class MembershipIndex {

    final List<Group> groups;
    final List<String> partnerIds;
    final int[][] groupsOfPartner;
    final int[][] membersOfGroup;

    private MembershipIndex(
            List<Group> groups, List<String> partnerIds, int[][] groupsOfPartner, int[][] membersOfGroup) {
        this.groups = groups;
        this.partnerIds = partnerIds;
        this.groupsOfPartner = groupsOfPartner;
        this.membersOfGroup = membersOfGroup;
    }

    static MembershipIndex of(PartnershipGraph graph) {
        List<Group> groups = graph.groups();
        Map<String, Integer> groupIndex = new HashMap<>(groups.size() * 2);
        for (int i = 0; i < groups.size(); i++) {
            groupIndex.putIfAbsent(groups.get(i).id(), i);
        }
        List<String> partnerIds = new ArrayList<>(graph.partners().size());
        Map<String, Integer> partnerIndex = new HashMap<>(graph.partners().size() * 2);
        for (Partner p : graph.partners()) {
            if (partnerIndex.putIfAbsent(p.id(), partnerIds.size()) == null) {
                partnerIds.add(p.id());
            }
        }
        List<Membership> memberships = graph.memberships();
        int[] groupOf = new int[memberships.size()];
        int[] partnerOf = new int[memberships.size()];
        int n = 0;
        for (Membership m : memberships) {
            Integer g = groupIndex.get(m.groupId());
            if (g == null) {
                continue;
            }
            Integer p = partnerIndex.get(m.partnerId());
            if (p == null) {
                p = partnerIds.size();
                partnerIndex.put(m.partnerId(), p);
                partnerIds.add(m.partnerId());
            }
            groupOf[n] = g;
            partnerOf[n] = p;
            n++;
        }
        return new MembershipIndex(
                groups,
                List.copyOf(partnerIds),
                Incidence.rows(partnerOf, groupOf, n, partnerIds.size()),
                Incidence.rows(groupOf, partnerOf, n, groups.size()));
    }
}
