package org.partnergraph.analytics.influence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;

/**
 * The influence map of a graph (docs/scoring-influence.md): every rating of the outcome table
 * ({@code (Partner)-[:INFLUENCES {influence, quality}]->(Objective)}) with its influence-map
 * {@link Quadrant} and relationship gap {@code influence x (5 - quality)}, and per partner the
 * summed gap and the stage gap from the engagement tracker ({@link StageGaps}), ranked where
 * relationship work pays most.
 *
 * <p>Scores are midpoints: a range written {@code 3 / 4} scores 3.5 ({@link org.partnergraph.model.Score#mid()}).
 * A score is high (influence) or good (quality) when it is <em>strictly above</em> the threshold,
 * {@value #THRESHOLD_DEFAULT} by default: on the 1-5 scale a 3 is the middle, not a strength. The
 * quadrants are Mendelow's power/interest grid with relationship quality in place of interest.
 *
 * <p>O(r log r + t) for r ratings and t tracker rows. Immutable.
 */
public final class InfluenceMap {

    /** Scores strictly above this are high (influence) or good (quality); the source's scale is 1-5. */
    public static final double THRESHOLD_DEFAULT = 3;

    private final List<Rating> ratings;
    private final List<PartnerInfluence> partners;
    private final double threshold;

    private InfluenceMap(List<Rating> ratings, List<PartnerInfluence> partners, double threshold) {
        this.ratings = List.copyOf(ratings);
        this.partners = List.copyOf(partners);
        this.threshold = threshold;
    }

    /** The whole graph at {@link #THRESHOLD_DEFAULT}. */
    public static InfluenceMap of(PartnershipGraph graph) {
        return of(graph, THRESHOLD_DEFAULT, InfluenceFilter.ALL);
    }

    /**
     * The map of the ratings on some objectives.
     *
     * @param threshold between 1 and 5: scores strictly above it are high or good
     * @param objectiveIds only ratings on these objectives; null for all
     * @throws IllegalArgumentException for a threshold outside 1-5
     */
    public static InfluenceMap of(PartnershipGraph graph, double threshold, Set<String> objectiveIds) {
        return of(
                graph,
                threshold,
                objectiveIds == null ? InfluenceFilter.ALL : new InfluenceFilter(Set.of(), objectiveIds, Set.of()));
    }

    /**
     * The map of the ratings the filter lets through.
     *
     * @param threshold between 1 and 5: scores strictly above it are high or good
     * @param filter which themes, objectives and partnerships to read; {@link InfluenceFilter#ALL} for all.
     *     With a theme or objective filter, partners without a rating in it are left out even when
     *     they have a tracker row.
     * @throws IllegalArgumentException for a threshold outside 1-5 or a null filter
     */
    public static InfluenceMap of(PartnershipGraph graph, double threshold, InfluenceFilter filter) {
        if (!(threshold >= 1 && threshold <= 5)) {
            throw new IllegalArgumentException("the threshold must be between 1 and 5, was " + threshold);
        }
        if (filter == null) {
            throw new IllegalArgumentException("the filter may be InfluenceFilter.ALL but not null");
        }
        Map<String, Partner> partnersById = graph.partnersById();
        Map<String, Objective> objectivesById = graph.objectivesById();
        List<Rating> ratings = new ArrayList<>();
        for (Influence i : graph.influences()) {
            if (filter.accepts(i, partnersById, objectivesById)) {
                ratings.add(Rating.of(i, threshold));
            }
        }
        ratings.sort(ratingOrder(graph));
        Map<String, Integer> stageGaps = new HashMap<>();
        for (StageGap s : StageGaps.of(graph, filter).rows()) {
            stageGaps.merge(s.toId(), s.gap(), Math::max);
        }
        Map<String, List<Rating>> byPartner = new LinkedHashMap<>();
        ratings.forEach(r ->
                byPartner.computeIfAbsent(r.partnerId(), k -> new ArrayList<>()).add(r));
        List<PartnerInfluence> partners = new ArrayList<>();
        for (Partner p : graph.partners()) {
            List<Rating> own = byPartner.getOrDefault(p.id(), List.of());
            boolean tracked = stageGaps.containsKey(p.id()) && !filter.narrowsObjectives();
            if (!own.isEmpty() || tracked) {
                partners.add(PartnerInfluence.of(p, own, stageGaps.getOrDefault(p.id(), 0)));
            }
        }
        partners.sort(Comparator.comparingDouble(PartnerInfluence::relationshipGap)
                .reversed()
                .thenComparing(pi -> pi.partner().name())
                .thenComparing(pi -> pi.partner().id()));
        return new InfluenceMap(ratings, partners, threshold);
    }

    /** Objectives in the graph's order, then influence (highest first), then partner name. */
    private static Comparator<Rating> ratingOrder(PartnershipGraph graph) {
        Map<String, Integer> objectiveOrder = new HashMap<>();
        List<Objective> objectives = graph.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            objectiveOrder.putIfAbsent(objectives.get(i).id(), i);
        }
        Map<String, String> names = new HashMap<>();
        graph.partners().forEach(p -> names.putIfAbsent(p.id(), p.name()));
        return Comparator.comparing((Rating r) -> objectiveOrder.getOrDefault(r.objectiveId(), Integer.MAX_VALUE))
                .thenComparing(Comparator.comparingDouble(Rating::influence).reversed())
                .thenComparing(r -> names.getOrDefault(r.partnerId(), r.partnerId()))
                .thenComparing(Rating::partnerId);
    }

    /** The objectives under a theme, for the objective filter. */
    public static Set<String> objectivesOf(PartnershipGraph graph, String themeId) {
        return graph.objectives().stream()
                .filter(o -> o.themeId().equals(themeId))
                .map(Objective::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every rating read, by objective (graph order), then influence (highest first), then partner name. */
    public List<Rating> ratings() {
        return ratings;
    }

    /** The rating of one partner on one objective, if the outcome table has it. */
    public Optional<Rating> rating(String partnerId, String objectiveId) {
        return ratings.stream()
                .filter(r -> r.partnerId().equals(partnerId) && r.objectiveId().equals(objectiveId))
                .findFirst();
    }

    /** The ratings in one quadrant, in {@link #ratings()} order. */
    public List<Rating> ratingsIn(Quadrant quadrant) {
        return ratings.stream().filter(r -> r.quadrant() == quadrant).toList();
    }

    /**
     * Partners with ratings (or, without a theme or objective filter, a tracked relationship),
     * largest relationship gap first, then by name.
     */
    public List<PartnerInfluence> partners() {
        return partners;
    }

    /** One partner's summary, if it has ratings or a tracked relationship in what was read. */
    public Optional<PartnerInfluence> partner(String partnerId) {
        return partners.stream().filter(p -> p.partner().id().equals(partnerId)).findFirst();
    }

    public double threshold() {
        return threshold;
    }

    /** How many ratings fall in each quadrant, every quadrant present (0 where empty), in enum order. */
    public Map<Quadrant, Long> countByQuadrant() {
        Map<Quadrant, Long> counts = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            counts.put(q, ratings.stream().filter(r -> r.quadrant() == q).count());
        }
        return Collections.unmodifiableMap(counts);
    }
}
