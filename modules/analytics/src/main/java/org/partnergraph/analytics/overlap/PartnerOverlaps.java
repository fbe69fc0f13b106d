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

/**
 * Partners side by side: the groups two partners share, who shares groups with a partner, and
 * which partners bridge several themes (their groups, through {@code (Group)-[:WORKS_ON]->(Theme)},
 * work on at least {@link #BRIDGING_THEMES_DEFAULT} distinct themes). Each is one pass over the
 * memberships, O(m) for m memberships (bridges O(m x themes per group)). For every partner pair
 * at once see {@link PartnerPairs}.
 */
public final class PartnerOverlaps {

    /** A partner bridges themes when its groups work on at least this many distinct themes. */
    public static final int BRIDGING_THEMES_DEFAULT = 2;

    /**
     * Another partner and the groups the two share.
     *
     * @param sharedGroups group ids, sorted
     */
    public record CoMember(String partnerId, List<String> sharedGroups) {
        public CoMember {
            sharedGroups = List.copyOf(sharedGroups);
        }
    }

    /**
     * A partner whose groups work on several themes.
     *
     * @param themes the distinct theme ids, sorted
     * @param groups the partner's groups, each counted once, whether or not they work on a theme
     */
    public record Bridge(String partnerId, List<String> themes, int groups) {
        public Bridge {
            themes = List.copyOf(themes);
        }

        /** How many distinct themes the partner's groups work on. */
        public int themeCount() {
            return themes.size();
        }
    }

    private PartnerOverlaps() {}

    /** The groups both partners are members of, sorted by id; empty when they share none. */
    public static List<String> sharedGroups(PartnershipGraph graph, String partnerA, String partnerB) {
        Set<String> ofA = new HashSet<>();
        Set<String> ofB = new HashSet<>();
        for (Membership m : graph.memberships()) {
            if (m.partnerId().equals(partnerA)) {
                ofA.add(m.groupId());
            }
            if (m.partnerId().equals(partnerB)) {
                ofB.add(m.groupId());
            }
        }
        ofA.retainAll(ofB);
        return ofA.stream().sorted().toList();
    }

    /** Partners sharing at least one group with {@code partnerId}, most shared first, then by id. */
    public static List<CoMember> coMembers(PartnershipGraph graph, String partnerId) {
        Set<String> own = new HashSet<>();
        for (Membership m : graph.memberships()) {
            if (m.partnerId().equals(partnerId)) {
                own.add(m.groupId());
            }
        }
        Map<String, Set<String>> shared = new HashMap<>();
        for (Membership m : graph.memberships()) {
            if (!m.partnerId().equals(partnerId) && own.contains(m.groupId())) {
                shared.computeIfAbsent(m.partnerId(), k -> new TreeSet<>()).add(m.groupId());
            }
        }
        List<CoMember> out = new ArrayList<>();
        shared.forEach((p, gs) -> out.add(new CoMember(p, List.copyOf(gs))));
        out.sort(Comparator.comparingInt((CoMember c) -> c.sharedGroups().size())
                .reversed()
                .thenComparing(CoMember::partnerId));
        return List.copyOf(out);
    }

    /** Partners bridging at least {@link #BRIDGING_THEMES_DEFAULT} themes. */
    public static List<Bridge> bridges(PartnershipGraph graph) {
        return bridges(graph, BRIDGING_THEMES_DEFAULT);
    }

    /**
     * Partners whose groups work on at least {@code minThemes} distinct themes, most themes first,
     * then most groups, then by id.
     *
     * @throws IllegalArgumentException when {@code minThemes} is below 2 (one theme bridges nothing)
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
        Map<String, Set<String>> groups = new HashMap<>();
        for (Membership m : graph.memberships()) {
            groups.computeIfAbsent(m.partnerId(), k -> new HashSet<>()).add(m.groupId());
            Set<String> ts = themesOfGroup.get(m.groupId());
            if (ts != null) {
                themes.computeIfAbsent(m.partnerId(), k -> new TreeSet<>()).addAll(ts);
            }
        }
        List<Bridge> out = new ArrayList<>();
        themes.forEach((p, ts) -> {
            if (ts.size() >= minThemes) {
                out.add(new Bridge(p, List.copyOf(ts), groups.get(p).size()));
            }
        });
        out.sort(Comparator.comparingInt(Bridge::themeCount)
                .reversed()
                .thenComparing(Comparator.comparingInt(Bridge::groups).reversed())
                .thenComparing(Bridge::partnerId));
        return List.copyOf(out);
    }
}
