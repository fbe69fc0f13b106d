package org.partnergraph.analytics.overlap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.partnergraph.model.GroupTheme;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;

/** Partners side by side: who shares groups with a partner, and who bridges several themes. */
public final class PartnerOverlaps {

    /** A partner bridges themes when its groups work on at least this many. */
    public static final int BRIDGING_THEMES_DEFAULT = 2;

    /** Another partner and the groups the two share. */
    public record CoMember(String partnerId, List<String> sharedGroups) {
    }

    /** A partner whose groups work on several themes. */
    public record Bridge(String partnerId, List<String> themes, int groups) {
    }

    private PartnerOverlaps() {
    }

    /** Partners sharing at least one group with {@code partnerId}, most shared first. Linear in memberships. */
    public static List<CoMember> coMembers(PartnershipGraph graph, String partnerId) {
        Set<String> own = new HashSet<>();
        for (Membership m : graph.memberships()) {
            if (m.partnerId().equals(partnerId)) {
                own.add(m.groupId());
            }
        }
        Map<String, List<String>> shared = new HashMap<>();
        for (Membership m : graph.memberships()) {
            if (!m.partnerId().equals(partnerId) && own.contains(m.groupId())) {
                shared.computeIfAbsent(m.partnerId(), k -> new ArrayList<>()).add(m.groupId());
            }
        }
        List<CoMember> out = new ArrayList<>();
        shared.forEach((p, gs) -> out.add(new CoMember(p, gs.stream().sorted().toList())));
        out.sort(Comparator.comparingInt((CoMember c) -> c.sharedGroups().size()).reversed()
                .thenComparing(CoMember::partnerId));
        return out;
    }

    /**
     * Partners whose groups work on at least {@code minThemes} themes, most themes first.
     *
     * @throws IllegalArgumentException when {@code minThemes} is below 2
     */
    public static List<Bridge> bridges(PartnershipGraph graph, int minThemes) {
        if (minThemes < 2) {
            throw new IllegalArgumentException("bridging needs at least 2 themes, was " + minThemes);
        }
        Map<String, Set<String>> themesOfGroup = new HashMap<>();
        for (GroupTheme gt : graph.groupThemes()) {
            themesOfGroup.computeIfAbsent(gt.groupId(), k -> new TreeSet<>()).add(gt.themeId());
        }
        Map<String, Set<String>> themes = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
        for (Membership m : graph.memberships()) {
            groups.merge(m.partnerId(), 1, Integer::sum);
            themes.computeIfAbsent(m.partnerId(), k -> new TreeSet<>())
                    .addAll(themesOfGroup.getOrDefault(m.groupId(), Set.of()));
        }
        List<Bridge> out = new ArrayList<>();
        themes.forEach((p, ts) -> {
            if (ts.size() >= minThemes) {
                out.add(new Bridge(p, List.copyOf(ts), groups.get(p)));
            }
        });
        out.sort(Comparator.comparingInt((Bridge b) -> b.themes().size()).reversed()
                .thenComparing(Comparator.comparingInt(Bridge::groups).reversed()).thenComparing(Bridge::partnerId));
        return out;
    }
}
