package org.partnergraph.model;

import java.util.HashSet;
import java.util.Set;

/**
 * A theme's part of a graph: the theme, its objectives, the indicators measuring either and their
 * measurements, the groups working on it, and the partners tied to any of those (with their ties).
 */
public final class ThemeSlice {

    private ThemeSlice() {}

    /**
     * The part of {@code g} about the theme {@code themeId}; an empty graph when there is no such theme.
     * Read the graph as of a date first ({@link PartnershipGraph#asOf}) to slice it as of that date.
     */
    public static PartnershipGraph of(PartnershipGraph g, String themeId) {
        Set<String> objectives = new HashSet<>();
        g.objectives().stream().filter(o -> o.themeId().equals(themeId)).forEach(o -> objectives.add(o.id()));
        Set<String> targets = new HashSet<>(objectives);
        targets.add(themeId);
        Set<String> indicators = new HashSet<>();
        g.indicators().stream()
                .filter(i -> i.measures().stream().anyMatch(targets::contains))
                .forEach(i -> indicators.add(i.id()));
        Set<String> groups = new HashSet<>();
        g.groupThemes().stream().filter(x -> x.themeId().equals(themeId)).forEach(x -> groups.add(x.groupId()));
        Set<String> initiatives = new HashSet<>();
        g.initiatives().stream()
                .filter(i -> i.contributesTo().stream().anyMatch(targets::contains))
                .forEach(i -> initiatives.add(i.id()));
        Set<String> partners = new HashSet<>();
        g.influences().stream()
                .filter(x -> objectives.contains(x.objectiveId()))
                .forEach(x -> partners.add(x.partnerId()));
        g.indicatorLinks().stream()
                .filter(x -> indicators.contains(x.indicatorId()))
                .forEach(x -> partners.add(x.partnerId()));
        g.memberships().stream().filter(x -> groups.contains(x.groupId())).forEach(x -> partners.add(x.partnerId()));
        g.deliveries().stream()
                .filter(x -> initiatives.contains(x.initiativeId()))
                .forEach(x -> partners.add(x.deliveredById()));

        PartnershipGraph.Builder b = PartnershipGraph.builder();
        g.themes().stream().filter(t -> t.id().equals(themeId)).forEach(b.themes::add);
        g.objectives().stream().filter(o -> objectives.contains(o.id())).forEach(b.objectives::add);
        g.indicators().stream().filter(i -> indicators.contains(i.id())).forEach(b.indicators::add);
        g.measurements().stream()
                .filter(m -> indicators.contains(m.indicatorId()))
                .forEach(b.measurements::add);
        Set<String> areas = new HashSet<>();
        b.measurements.forEach(m -> areas.add(m.areaId()));
        g.areas().stream().filter(a -> areas.contains(a.id())).forEach(b.areas::add);
        g.groups().stream().filter(x -> groups.contains(x.id())).forEach(b.groups::add);
        g.initiatives().stream().filter(x -> initiatives.contains(x.id())).forEach(b.initiatives::add);
        g.partners().stream().filter(x -> partners.contains(x.id())).forEach(b.partners::add);
        g.groupThemes().stream().filter(x -> x.themeId().equals(themeId)).forEach(b.groupThemes::add);
        g.memberships().stream().filter(x -> groups.contains(x.groupId())).forEach(b.memberships::add);
        g.influences().stream()
                .filter(x -> objectives.contains(x.objectiveId()))
                .forEach(b.influences::add);
        g.indicatorLinks().stream()
                .filter(x -> indicators.contains(x.indicatorId()))
                .forEach(b.indicatorLinks::add);
        g.deliveries().stream()
                .filter(x -> initiatives.contains(x.initiativeId()))
                .forEach(b.deliveries::add);
        g.relationships().stream()
                .filter(x ->
                        partners.contains(x.fromId()) && (partners.contains(x.toId()) || groups.contains(x.toId())))
                .forEach(b.relationships::add);
        return b.build();
    }
}
