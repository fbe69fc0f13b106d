package org.partnergraph.analytics.overlap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnergraph.model.Group;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;

/**
 * The definitions, computed the plain way: every pair of groups (or partners) compared as sets,
 * O(groups² x members). The reference the sparse kernel is checked against; tests only.
 */
final class QuadraticOverlaps {

    private QuadraticOverlaps() {}

    static List<GroupPair> groupPairs(PartnershipGraph graph) {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (Group g : graph.groups()) {
            members.put(g.id(), new HashSet<>());
        }
        for (Membership m : graph.memberships()) {
            Set<String> of = members.get(m.groupId());
            if (of != null) {
                of.add(m.partnerId());
            }
        }
        return pairs(members, 1).stream()
                .map(p -> new GroupPair(
                        p.a,
                        p.b,
                        p.shared,
                        members.get(p.a).size(),
                        members.get(p.b).size()))
                .toList();
    }

    static List<PartnerPair> partnerPairs(PartnershipGraph graph, int minShared, int largeGroupCap) {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (Membership m : graph.memberships()) {
            members.computeIfAbsent(m.groupId(), k -> new HashSet<>()).add(m.partnerId());
        }
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (Partner p : graph.partners()) {
            groups.put(p.id(), new HashSet<>());
        }
        for (Membership m : graph.memberships()) {
            if (members.get(m.groupId()).size() <= largeGroupCap) {
                groups.computeIfAbsent(m.partnerId(), k -> new HashSet<>()).add(m.groupId());
            }
        }
        return pairs(groups, minShared).stream()
                .map(p -> new PartnerPair(p.a, p.b, p.shared))
                .toList();
    }

    private record Pair(String a, String b, int shared) {}

    private static List<Pair> pairs(Map<String, Set<String>> sets, int minShared) {
        List<String> keys = new ArrayList<>(sets.keySet());
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                Set<String> both = new HashSet<>(sets.get(keys.get(i)));
                both.retainAll(sets.get(keys.get(j)));
                if (both.size() >= minShared) {
                    out.add(new Pair(keys.get(i), keys.get(j), both.size()));
                }
            }
        }
        return out;
    }
}
