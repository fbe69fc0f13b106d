package org.partnergraph.views.trajectories;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnergraph.analytics.trajectory.MakingDataCount;
import org.partnergraph.analytics.trajectory.MdcSummary;
import org.partnergraph.analytics.trajectory.Trajectories;
import org.partnergraph.analytics.trajectory.Trajectory;
import org.partnergraph.analytics.trajectory.TrajectoryAnalysis;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.IndicatorRole;
import org.partnergraph.model.Objective;
import org.partnergraph.model.PartnershipGraph;

/**
 * What the dashboard knows of one graph, computed off the event thread: the trajectories (worst
 * first), each one's Making Data Count summary where it has enough points, and each indicator's
 * themes and lead partners for the filters.
 */
record DashboardModel(
        List<Trajectory> trajectories,
        Map<Trajectory, Optional<MdcSummary>> mdc,
        Map<String, Set<String>> themesOf,
        Map<String, Set<String>> leadsOf,
        List<Choice> themes,
        List<Choice> leads,
        Map<String, String> areaNames) {

    static final String ALL = "All";

    /** A filter choice: an id and what the list shows. */
    record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    static DashboardModel of(PartnershipGraph graph) {
        Trajectories all = new TrajectoryAnalysis().analyse(graph).sortedByStatus();
        MakingDataCount rules = new MakingDataCount();
        IdentityHashMap<Trajectory, Optional<MdcSummary>> mdc = new IdentityHashMap<>();
        all.all().forEach(t -> mdc.put(t, rules.assess(t)));
        Map<String, Set<String>> themesOf = themesOf(graph);
        Map<String, Set<String>> leadsOf = new HashMap<>();
        for (IndicatorLink l : graph.indicatorLinks()) {
            if (l.role() == IndicatorRole.LEAD) {
                leadsOf.computeIfAbsent(l.indicatorId(), k -> new HashSet<>()).add(l.partnerId());
            }
        }
        List<Choice> themes = graph.themes().stream()
                .filter(t -> themesOf.values().stream().anyMatch(s -> s.contains(t.id())))
                .map(t -> new Choice(t.id(), t.name()))
                .sorted(Comparator.comparing(Choice::label))
                .toList();
        var partners = graph.partnersById();
        List<Choice> leads = leadsOf.values().stream()
                .flatMap(Set::stream)
                .distinct()
                .map(id -> new Choice(
                        id, partners.containsKey(id) ? partners.get(id).name() : id))
                .sorted(Comparator.comparing(Choice::label))
                .toList();
        return new DashboardModel(all.all(), mdc, themesOf, leadsOf, themes, leads, ChartData.areaNames(graph));
    }

    /** Each indicator's themes: those it measures, and those of the objectives it measures. */
    private static Map<String, Set<String>> themesOf(PartnershipGraph graph) {
        Map<String, String> themeOfObjective = new HashMap<>();
        for (Objective o : graph.objectives()) {
            themeOfObjective.put(o.id(), o.themeId());
        }
        Set<String> themeIds = graph.themesById().keySet();
        Map<String, Set<String>> themesOf = new HashMap<>();
        for (Indicator i : graph.indicators()) {
            Set<String> themes = new HashSet<>();
            for (String m : i.measures()) {
                if (themeIds.contains(m)) {
                    themes.add(m);
                } else if (themeOfObjective.get(m) != null) {
                    themes.add(themeOfObjective.get(m));
                }
            }
            themesOf.put(i.id(), themes);
        }
        return themesOf;
    }

    /** Whether {@code t} passes the theme and lead filters (null or {@link #ALL}: no filter). */
    boolean passes(Trajectory t, Choice theme, Choice lead) {
        String id = t.indicatorId();
        return (theme == null
                        || theme.id().equals(ALL)
                        || themesOf.getOrDefault(id, Set.of()).contains(theme.id()))
                && (lead == null
                        || lead.id().equals(ALL)
                        || leadsOf.getOrDefault(id, Set.of()).contains(lead.id()));
    }
}
