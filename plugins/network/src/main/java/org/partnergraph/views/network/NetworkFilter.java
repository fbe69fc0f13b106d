package org.partnergraph.views.network;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.partnergraph.model.GroupTheme;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Theme;
import org.partnergraph.plugin.support.PartnerTypeColours;

/**
 * What the "Show" filter offers: everything; the partners of one type; one group; the groups that
 * work on one theme. Each keeps its core nodes and their neighbours (a type's partners and the
 * groups they sit in; a group and its members; a theme's groups and their members), so what is
 * left is still a network. The score filter then hides partners and groups below a share of the
 * largest score.
 *
 * @param label what the list shows ("Type: NHS")
 * @param core the ids of the core nodes; empty for everything
 */
record NetworkFilter(String label, Set<String> core) {

    static final NetworkFilter EVERYTHING = new NetworkFilter("Everything", Set.of());

    @Override
    public String toString() {
        return label;
    }

    /** The filters a graph offers: everything, each type present, each group, each theme with groups. */
    static List<NetworkFilter> options(PartnershipGraph graph, NetworkModel model) {
        List<NetworkFilter> out = new ArrayList<>();
        out.add(EVERYTHING);
        Map<String, Set<String>> byType = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < model.size(); i++) {
            if (model.kinds[i] == NetworkModel.Kind.PARTNER && !model.isolated(i)) {
                byType.computeIfAbsent(model.types[i], k -> new TreeSet<>()).add(model.ids[i]);
            }
        }
        Map<String, Set<String>> ordered = new LinkedHashMap<>();
        PartnerTypeColours.VOCABULARY.forEach(t -> {
            if (byType.containsKey(t)) {
                ordered.put(t, byType.remove(t));
            }
        });
        ordered.putAll(byType);
        ordered.forEach((type, ids) -> out.add(new NetworkFilter("Type: " + type, Set.copyOf(ids))));
        graph.groups().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(g -> out.add(new NetworkFilter("Group: " + g.name(), Set.of(g.id()))));
        Map<String, Set<String>> themeGroups = new LinkedHashMap<>();
        for (GroupTheme gt : graph.groupThemes()) {
            themeGroups.computeIfAbsent(gt.themeId(), k -> new TreeSet<>()).add(gt.groupId());
        }
        for (Theme t : graph.themes()) {
            Set<String> groups = themeGroups.get(t.id());
            if (groups != null) {
                Set<String> core = new TreeSet<>(groups);
                core.add(t.id());
                out.add(new NetworkFilter("Theme: " + t.name(), Set.copyOf(core)));
            }
        }
        return out;
    }

    /**
     * The nodes this filter and a minimum score leave out: outside the core and its neighbours,
     * or a partner or group whose score is below {@code minShare} of the largest.
     */
    BitSet hidden(NetworkModel model, double[] scores, double minShare) {
        BitSet kept = new BitSet();
        if (core.isEmpty()) {
            kept.set(0, model.size());
        } else {
            for (String id : core) {
                int i = model.indexOf(id);
                if (i >= 0) {
                    kept.set(i);
                    for (int j : model.neighbours[i]) {
                        kept.set(j);
                    }
                }
            }
        }
        double max = 0;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        BitSet out = new BitSet();
        for (int i = 0; i < model.size(); i++) {
            boolean scored = model.kinds[i] == NetworkModel.Kind.PARTNER || model.kinds[i] == NetworkModel.Kind.GROUP;
            if (!kept.get(i) || (scored && minShare > 0 && scores[i] < minShare * max)) {
                out.set(i);
            }
        }
        return out;
    }
}
