package org.partnergraph.analytics.influence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Relationship;

/**
 * The influence map of a graph: every rating with its quadrant and gap, and per partner the
 * summed relationship gap and stage gap, ranked where effort pays most (largest gap first).
 * Linear in the number of ratings and tracker rows.
 *
 * <p>Where the source gives a range ({@code 3 / 4}) the midpoint is used (3.5).
 */
public final class InfluenceMap {

    /** Scores above this are high (influence) or good (quality); the source's scale is 1-5. */
    public static final double THRESHOLD_DEFAULT = 3;

    private final List<Rating> ratings;
    private final List<PartnerInfluence> partners;
    private final double threshold;

    private InfluenceMap(List<Rating> ratings, List<PartnerInfluence> partners, double threshold) {
        this.ratings = List.copyOf(ratings);
        this.partners = List.copyOf(partners);
        this.threshold = threshold;
    }

    public static InfluenceMap of(PartnershipGraph graph) {
        return of(graph, THRESHOLD_DEFAULT, null);
    }

    /**
     * @param threshold between 1 and 5: scores strictly above it are high or good
     * @param objectiveIds only ratings on these objectives; null for all
     * @throws IllegalArgumentException for a threshold outside 1-5
     */
    public static InfluenceMap of(PartnershipGraph graph, double threshold, Set<String> objectiveIds) {
        if (!(threshold >= 1 && threshold <= 5)) {
            throw new IllegalArgumentException("the threshold must be between 1 and 5, was " + threshold);
        }
        Map<String, Integer> objectiveOrder = new HashMap<>();
        List<Objective> objectives = graph.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            objectiveOrder.put(objectives.get(i).id(), i);
        }
        List<Rating> ratings = new ArrayList<>();
        for (Influence i : graph.influences()) {
            if (objectiveIds == null || objectiveIds.contains(i.objectiveId())) {
                ratings.add(Rating.of(i, threshold));
            }
        }
        ratings.sort(Comparator.comparing((Rating r) -> objectiveOrder.getOrDefault(r.objectiveId(), -1))
                .thenComparing(Comparator.comparingDouble(Rating::influence).reversed())
                .thenComparing(Rating::partnerId));
        Map<String, Integer> stageGaps = new HashMap<>();
        for (Relationship r : graph.relationships()) {
            stageGaps.merge(r.toId(), r.stageGap(), Math::max);
        }
        Map<String, List<Rating>> byPartner = new LinkedHashMap<>();
        ratings.forEach(r -> byPartner.computeIfAbsent(r.partnerId(), k -> new ArrayList<>()).add(r));
        List<PartnerInfluence> partners = new ArrayList<>();
        for (Partner p : graph.partners()) {
            List<Rating> own = byPartner.getOrDefault(p.id(), List.of());
            if (own.isEmpty() && !stageGaps.containsKey(p.id())) {
                continue;
            }
            partners.add(summarise(p, own, stageGaps.getOrDefault(p.id(), 0), threshold));
        }
        partners.sort(Comparator.comparingDouble(PartnerInfluence::relationshipGap).reversed()
                .thenComparing(Comparator.comparingDouble(PartnerInfluence::maxInfluence).reversed())
                .thenComparing(pi -> pi.partner().name()));
        return new InfluenceMap(ratings, partners, threshold);
    }

    private static PartnerInfluence summarise(Partner p, List<Rating> own, int stageGap, double threshold) {
        double max = own.stream().mapToDouble(Rating::influence).max().orElse(0);
        double meanQuality = own.stream().mapToDouble(Rating::quality).average().orElse(Double.NaN);
        double gap = own.stream().mapToDouble(Rating::gap).sum();
        Quadrant quadrant = own.stream()
                .max(Comparator.comparingDouble(Rating::influence).thenComparing(r -> -r.quality()))
                .map(Rating::quadrant).orElse(Quadrant.of(0, 0, threshold));
        return new PartnerInfluence(p, own, max, meanQuality, gap, quadrant, stageGap);
    }

    /** The objectives under a theme, for the objective filter. */
    public static Set<String> objectivesOf(PartnershipGraph graph, String themeId) {
        return graph.objectives().stream().filter(o -> o.themeId().equals(themeId)).map(Objective::id)
                .collect(Collectors.toSet());
    }

    /** Every rating, by objective then influence (highest first). */
    public List<Rating> ratings() {
        return ratings;
    }

    /** Partners with ratings or a tracked relationship, largest relationship gap first. */
    public List<PartnerInfluence> partners() {
        return partners;
    }

    public double threshold() {
        return threshold;
    }

    /** How many ratings fall in each quadrant. */
    public Map<Quadrant, Long> countByQuadrant() {
        Map<Quadrant, Long> counts = new LinkedHashMap<>();
        for (Quadrant q : Quadrant.values()) {
            counts.put(q, ratings.stream().filter(r -> r.quadrant() == q).count());
        }
        return counts;
    }
}
