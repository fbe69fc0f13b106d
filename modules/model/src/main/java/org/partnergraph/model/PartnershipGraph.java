package org.partnergraph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole graph, or a part of it, as read into memory: every node and relationship list, and
 * look-ups by id. Immutable; an edit produces a new graph.
 *
 * <p>A graph may hold a <em>history</em>: several dated assessments of one rating, stage,
 * membership or measurement ({@link Dating}), and the {@link Wave}s they belong to. {@link
 * #asOf(LocalDate, String)} folds a history into the <em>snapshot</em> every analysis and view
 * reads: one assessment per thing, the latest holding on the date. A snapshot folds to itself.
 */
public record PartnershipGraph(
        List<Partner> partners,
        List<Group> groups,
        List<Theme> themes,
        List<Objective> objectives,
        List<Indicator> indicators,
        List<Measurement> measurements,
        List<Area> areas,
        List<Initiative> initiatives,
        List<Membership> memberships,
        List<Influence> influences,
        List<Relationship> relationships,
        List<IndicatorLink> indicatorLinks,
        List<GroupTheme> groupThemes,
        List<Delivery> deliveries,
        List<Wave> waves) {

    public static final PartnershipGraph EMPTY = builder().build();

    public PartnershipGraph {
        partners = List.copyOf(partners);
        groups = List.copyOf(groups);
        themes = List.copyOf(themes);
        objectives = List.copyOf(objectives);
        indicators = List.copyOf(indicators);
        measurements = List.copyOf(measurements);
        areas = List.copyOf(areas);
        initiatives = List.copyOf(initiatives);
        memberships = List.copyOf(memberships);
        influences = List.copyOf(influences);
        relationships = List.copyOf(relationships);
        indicatorLinks = List.copyOf(indicatorLinks);
        groupThemes = List.copyOf(groupThemes);
        deliveries = List.copyOf(deliveries);
        waves = List.copyOf(waves);
    }

    /**
     * The snapshot as of {@code date} as {@code viewer} sees it: for each rating, stage, membership
     * and measurement the latest assessment holding on the date ({@link Dating#ORDER}), left out
     * where that is an end (or a membership past its {@code until}); assessments of a draft wave only
     * where {@code viewer} is its author. Nodes and the other lists are kept as they are.
     *
     * @param viewer the user name drafts are shown to, or null to show no drafts
     */
    public PartnershipGraph asOf(LocalDate date, String viewer) {
        return AsOf.fold(this, date, viewer);
    }

    /** Every date at which an assessment or a wave starts to hold, in order. */
    public List<LocalDate> changeDates() {
        return AsOf.changeDates(this);
    }

    /** The wave with this id, if the graph holds it. */
    public Optional<Wave> wave(String id) {
        return waves.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this graph's lists, to add to. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.partners.addAll(partners);
        b.groups.addAll(groups);
        b.themes.addAll(themes);
        b.objectives.addAll(objectives);
        b.indicators.addAll(indicators);
        b.measurements.addAll(measurements);
        b.areas.addAll(areas);
        b.initiatives.addAll(initiatives);
        b.memberships.addAll(memberships);
        b.influences.addAll(influences);
        b.relationships.addAll(relationships);
        b.indicatorLinks.addAll(indicatorLinks);
        b.groupThemes.addAll(groupThemes);
        b.deliveries.addAll(deliveries);
        b.waves.addAll(waves);
        return b;
    }

    /** Every node of every type, in a stable order. */
    public Stream<Node> nodes() {
        return Stream.of(partners, groups, themes, objectives, indicators, areas, initiatives)
                .flatMap(Collection::stream);
    }

    /** Any node by id. */
    public Optional<Node> node(String id) {
        return nodes().filter(n -> n.id().equals(id)).findFirst();
    }

    public Map<String, Partner> partnersById() {
        return index(partners, Partner::id);
    }

    public Map<String, Group> groupsById() {
        return index(groups, Group::id);
    }

    public Map<String, Objective> objectivesById() {
        return index(objectives, Objective::id);
    }

    public Map<String, Theme> themesById() {
        return index(themes, Theme::id);
    }

    public Map<String, Indicator> indicatorsById() {
        return index(indicators, Indicator::id);
    }

    /** The measurements of one indicator, ordered by period. */
    public List<Measurement> measurementsOf(String indicatorId) {
        return measurements.stream()
                .filter(m -> m.indicatorId().equals(indicatorId))
                .sorted((a, b) -> a.period().compareTo(b.period()))
                .collect(Collectors.toList());
    }

    /** The partnerships (dataset ids) present in this graph. */
    public List<String> partnerships() {
        return nodes().map(Node::partnership).distinct().sorted().collect(Collectors.toList());
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T t : items) {
            map.put(id.apply(t), t);
        }
        return map;
    }

    /** Collects the lists of a graph; used by readers and generators. */
    public static final class Builder {
        public final List<Partner> partners = new ArrayList<>();
        public final List<Group> groups = new ArrayList<>();
        public final List<Theme> themes = new ArrayList<>();
        public final List<Objective> objectives = new ArrayList<>();
        public final List<Indicator> indicators = new ArrayList<>();
        public final List<Measurement> measurements = new ArrayList<>();
        public final List<Area> areas = new ArrayList<>();
        public final List<Initiative> initiatives = new ArrayList<>();
        public final List<Membership> memberships = new ArrayList<>();
        public final List<Influence> influences = new ArrayList<>();
        public final List<Relationship> relationships = new ArrayList<>();
        public final List<IndicatorLink> indicatorLinks = new ArrayList<>();
        public final List<GroupTheme> groupThemes = new ArrayList<>();
        public final List<Delivery> deliveries = new ArrayList<>();
        public final List<Wave> waves = new ArrayList<>();

        public PartnershipGraph build() {
            return new PartnershipGraph(
                    partners,
                    groups,
                    themes,
                    objectives,
                    indicators,
                    measurements,
                    areas,
                    initiatives,
                    memberships,
                    influences,
                    relationships,
                    indicatorLinks,
                    groupThemes,
                    deliveries,
                    waves);
        }
    }
}
