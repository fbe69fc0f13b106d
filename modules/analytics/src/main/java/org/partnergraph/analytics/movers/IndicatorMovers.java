package org.partnergraph.analytics.movers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnergraph.analytics.network.NetworkPosition;
import org.partnergraph.analytics.network.PartnerPosition;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.IndicatorRole;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Objective;
import org.partnergraph.model.PartnershipGraph;

/**
 * Ranks the partners who can move an indicator. Score = role weight ({@link #LEAD_WEIGHT} for the
 * lead agency, {@link #SUPPORT_WEIGHT} for a key partner, 0 otherwise) + 2 x the best influence on
 * an objective the indicator measures (directly, or under a measured theme) / 5 + the partner's
 * normalised PageRank. Only partners with a role or an influence rating are listed.
 */
public final class IndicatorMovers {

    public static final double LEAD_WEIGHT = 3;
    public static final double SUPPORT_WEIGHT = 2;
    public static final double TOP_SHARE_DEFAULT = 0.9;

    private IndicatorMovers() {
    }

    /** @throws IllegalArgumentException when the indicator is not in the graph */
    public static List<Mover> rank(PartnershipGraph graph, String indicatorId, NetworkPosition position) {
        Indicator indicator = graph.indicatorsById().get(indicatorId);
        if (indicator == null) {
            throw new IllegalArgumentException("there is no indicator '" + indicatorId + "'");
        }
        Set<String> objectives = new HashSet<>();
        for (Objective o : graph.objectives()) {
            if (indicator.measures().contains(o.id()) || indicator.measures().contains(o.themeId())) {
                objectives.add(o.id());
            }
        }
        Map<String, String> names = new HashMap<>();
        graph.objectives().forEach(o -> names.put(o.id(), o.name()));
        Map<String, List<String>> reasons = new HashMap<>();
        Map<String, Double> score = new HashMap<>();
        for (IndicatorLink l : graph.indicatorLinks()) {
            if (l.indicatorId().equals(indicatorId)) {
                boolean lead = l.role() == IndicatorRole.LEAD;
                score.merge(l.partnerId(), lead ? LEAD_WEIGHT : SUPPORT_WEIGHT, Math::max);
                reasons.computeIfAbsent(l.partnerId(), k -> new ArrayList<>()).add(lead ? "lead agency" : "key partner");
            }
        }
        Map<String, Influence> best = new HashMap<>();
        for (Influence i : graph.influences()) {
            if (objectives.contains(i.objectiveId())) {
                best.merge(i.partnerId(), i, (a, b) -> a.influence().mid() >= b.influence().mid() ? a : b);
            }
        }
        best.forEach((partner, i) -> {
            score.merge(partner, 2 * i.influence().mid() / 5, Double::sum);
            reasons.computeIfAbsent(partner, k -> new ArrayList<>()).add(String.format(Locale.ROOT,
                    "influence %s on %s", i.influence(), names.get(i.objectiveId())));
        });
        List<Mover> out = new ArrayList<>();
        score.forEach((partner, s) -> {
            double rank = position.of(partner).map(PartnerPosition::pageRank).orElse(0.0);
            List<String> why = reasons.get(partner);
            if (position.of(partner).isPresent() && position.pageRankPercentile(partner) >= TOP_SHARE_DEFAULT) {
                why.add("PageRank in the top 10%");
            }
            out.add(new Mover(partner, s + rank, why));
        });
        out.sort(Comparator.comparingDouble(Mover::score).reversed().thenComparing(Mover::partnerId));
        return out;
    }
}
