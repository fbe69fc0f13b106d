package org.partnergraph.analytics.overlap;

import java.util.ArrayList;
import java.util.List;
import org.partnergraph.analytics.network.IdTable;
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
 * string look-ups happen here once, in an {@link IdTable} (no boxed keys), so the kernels see only ints.
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
        IdTable groupIndex = new IdTable(groups.size());
        int[] groupOfNumber = new int[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            int before = groupIndex.size();
            int number = groupIndex.add(groups.get(i).id());
            if (groupIndex.size() > before) {
                groupOfNumber[number] = i;
            }
        }
        IdTable partnerIndex = new IdTable(graph.partners().size());
        for (Partner p : graph.partners()) {
            partnerIndex.add(p.id());
        }
        List<Membership> memberships = graph.memberships();
        int[] groupOf = new int[memberships.size()];
        int[] partnerOf = new int[memberships.size()];
        int n = 0;
        for (int i = 0; i < memberships.size(); i++) {
            Membership m = memberships.get(i);
            int g = groupIndex.indexOf(m.groupId());
            if (g < 0) {
                continue;
            }
            groupOf[n] = groupOfNumber[g];
            partnerOf[n] = partnerIndex.add(m.partnerId());
            n++;
        }
        List<String> partnerIds = new ArrayList<>(partnerIndex.size());
        for (int i = 0; i < partnerIndex.size(); i++) {
            partnerIds.add(partnerIndex.id(i));
        }
        return new MembershipIndex(
                groups,
                List.copyOf(partnerIds),
                Incidence.rows(partnerOf, groupOf, n, partnerIds.size()),
                Incidence.rows(groupOf, partnerOf, n, groups.size()));
    }
}
