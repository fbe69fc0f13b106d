package org.partnergraph.analytics.movers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnergraph.analytics.network.NetworkPosition;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.IndicatorRole;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Objective;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Score;

/**
 * Ranks the partners who can move an indicator:
 *
 * <pre>
 * score = role + influence weight x best influence / 5 + position weight x PageRank percentile
 * role  = lead weight for the lead agency, support weight for a key partner, 0 otherwise
 * </pre>
 *
 * <p>The influence is the best 1-5 rating (midpoint of a range) the partner has on an objective the
 * indicator measures: one it names, or one under a theme it names. The PageRank percentile is the
 * share of other partners below the partner on the partner-group graph ({@link
 * NetworkPosition#pageRankPercentile}), which, unlike the value divided by the maximum, does not
 * shrink to nothing when a few hubs dominate. Defaults: lead 3, support 2, influence 2, position 1,
 * so role comes first, a strong influence second, position breaks near-ties. Only partners with a
 * role or a rating are listed, highest score first, ties by id. O(objectives + influences + links)
 * per indicator.
 */
public final class IndicatorMovers {

    public static final double LEAD_WEIGHT_DEFAULT = 3;
    public static final double SUPPORT_WEIGHT_DEFAULT = 2;
    public static final double INFLUENCE_WEIGHT_DEFAULT = 2;
    public static final double POSITION_WEIGHT_DEFAULT = 1;
    /** Partners whose PageRank is in this top share get the reason "PageRank in the top 10%". */
    public static final double TOP_SHARE_DEFAULT = 0.10;

    private final double leadWeight;
    private final double supportWeight;
    private final double influenceWeight;
    private final double positionWeight;

    public IndicatorMovers() {
        this(LEAD_WEIGHT_DEFAULT, SUPPORT_WEIGHT_DEFAULT, INFLUENCE_WEIGHT_DEFAULT, POSITION_WEIGHT_DEFAULT);
    }

    /**
     * @throws IllegalArgumentException for a weight that is negative or not finite, or a support
     *     weight above the lead weight
     */
    public IndicatorMovers(double leadWeight, double supportWeight, double influenceWeight, double positionWeight) {
        check("lead", leadWeight);
        check("support", supportWeight);
        check("influence", influenceWeight);
        check("position", positionWeight);
        if (supportWeight > leadWeight) {
            throw new IllegalArgumentException(
                    "the support weight (" + supportWeight + ") cannot be above the lead weight (" + leadWeight + ")");
        }
        this.leadWeight = leadWeight;
        this.supportWeight = supportWeight;
        this.influenceWeight = influenceWeight;
        this.positionWeight = positionWeight;
    }

    private static void check(String name, double weight) {
        if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the " + name + " weight must be 0 or more and finite, was " + weight);
        }
    }

    /** The movers with the default weights. */
    public static List<Mover> rank(PartnershipGraph graph, String indicatorId, NetworkPosition position) {
        return new IndicatorMovers().movers(graph, indicatorId, position);
    }

    /**
     * The indicator's movers with this instance's weights, ranked.
     *
     * @throws IllegalArgumentException when the indicator is not in the graph
     */
    public List<Mover> movers(PartnershipGraph graph, String indicatorId, NetworkPosition position) {
        Indicator indicator = graph.indicatorsById().get(indicatorId);
        if (indicator == null) {
            throw new IllegalArgumentException("there is no indicator '" + indicatorId + "'");
        }
        Map<String, String> objectives = measuredObjectives(graph, indicator);
        Map<String, IndicatorRole> role = new HashMap<>();
        for (IndicatorLink l : graph.indicatorLinks()) {
            if (l.indicatorId().equals(indicatorId)) {
                role.merge(l.partnerId(), l.role(), (a, b) -> a == IndicatorRole.LEAD ? a : b);
            }
        }
        Map<String, List<Influence>> ratings = new HashMap<>();
        for (Influence i : graph.influences()) {
            if (objectives.containsKey(i.objectiveId())) {
                ratings.computeIfAbsent(i.partnerId(), k -> new ArrayList<>()).add(i);
            }
        }
        Set<String> candidates = new HashSet<>(role.keySet());
        candidates.addAll(ratings.keySet());
        List<Mover> out = new ArrayList<>(candidates.size());
        for (String partner : candidates) {
            out.add(mover(partner, role.get(partner), ratings.getOrDefault(partner, List.of()), objectives, position));
        }
        out.sort(Comparator.comparingDouble(Mover::score).reversed().thenComparing(Mover::partnerId));
        return List.copyOf(out);
    }

    private Mover mover(
            String partner,
            IndicatorRole role,
            List<Influence> ratings,
            Map<String, String> objectives,
            NetworkPosition position) {
        List<String> reasons = new ArrayList<>();
        double roleScore = 0;
        if (role == IndicatorRole.LEAD) {
            roleScore = leadWeight;
            reasons.add("lead agency");
        } else if (role == IndicatorRole.SUPPORT) {
            roleScore = supportWeight;
            reasons.add("key partner");
        }
        List<Influence> sorted = new ArrayList<>(ratings);
        sorted.sort(Comparator.comparingDouble((Influence i) -> i.influence().mid())
                .reversed()
                .thenComparing(Influence::objectiveId));
        for (Influence i : sorted) {
            reasons.add("influence " + i.influence() + " on " + objectives.get(i.objectiveId()));
        }
        double best = sorted.isEmpty() ? 0 : sorted.get(0).influence().mid();
        double influenceScore = influenceWeight * best / Score.MAX;
        double percentile = position.pageRankPercentile(partner);
        if (position.of(partner).isPresent() && percentile >= 1 - TOP_SHARE_DEFAULT) {
            reasons.add("PageRank in the top " + Math.round(TOP_SHARE_DEFAULT * 100) + "%");
        }
        double positionScore = positionWeight * percentile;
        return new Mover(
                partner, roleScore + influenceScore + positionScore, roleScore, influenceScore, positionScore, reasons);
    }

    /**
     * The objectives an indicator measures, id to name: those it names, and those under a theme it
     * names. An objective named but not in the graph keeps its id as its name.
     */
    public static Map<String, String> measuredObjectives(PartnershipGraph graph, Indicator indicator) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> measures = new HashSet<>(indicator.measures());
        for (Objective o : graph.objectives()) {
            if (measures.contains(o.id()) || measures.contains(o.themeId())) {
                out.put(o.id(), o.name().isBlank() ? o.id() : o.name());
            }
        }
        Set<String> themes = new HashSet<>();
        graph.themes().forEach(t -> themes.add(t.id()));
        for (String id : indicator.measures()) {
            if (!themes.contains(id)) {
                out.putIfAbsent(id, id);
            }
        }
        return out;
    }
}
