package org.partnergraph.analytics.resilience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.partnergraph.model.Delivery;
import org.partnergraph.model.Group;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.IndicatorRole;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Initiative;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Role;

/**
 * How hard each partner would be to replace, with the reasons: each indicator, initiative or group
 * it alone leads (or chairs), each objective on which it alone has the highest influence (with
 * how far the best falls without it), whether it is an articulation point of the
 * {@link PartnerNetwork} (and how many pairs of partners its leaving disconnects), and whether it
 * is one of the {@link KeyPlayers}. The score counts the reasons: one per sole role and per
 * objective, one for being an articulation point, one for being a key player. Partners with no
 * reason are left out; highest score first. O(size of the graph) plus the key-player search.
 */
public final class Irreplaceability {

    /** One partner's score and reasons, each reason a sentence. */
    public record Irreplaceable(Partner partner, int score, List<String> reasons) {
        public Irreplaceable {
            reasons = List.copyOf(reasons);
        }
    }

    private Irreplaceability() {}

    public static List<Irreplaceable> of(PartnershipGraph graph, int keyPlayers) {
        PartnerNetwork network = PartnerNetwork.of(graph);
        return of(graph, network, new KeyPlayers(network.graph(), Math.min(keyPlayers, network.size())));
    }

    public static List<Irreplaceable> of(PartnershipGraph graph, PartnerNetwork network, KeyPlayers players) {
        Map<String, Partner> partners = graph.partnersById();
        Map<String, Reasons> byPartner = new LinkedHashMap<>();
        Function<String, Reasons> reasons = id -> byPartner.computeIfAbsent(id, k -> new Reasons());
        Map<String, String> indicatorLabels = new HashMap<>();
        graph.indicators().forEach(i -> indicatorLabels.put(i.id(), i.code().isEmpty() ? i.name() : i.code()));
        soleHolders(graph.indicatorLinks().stream()
                        .filter(l -> l.role() == IndicatorRole.LEAD)
                        .toList())
                .forEach((item, p) -> reasons.apply(p).indicators.add(indicatorLabels.getOrDefault(item, item)));
        Map<String, String> initiativeNames = new HashMap<>();
        graph.initiatives().forEach(i -> initiativeNames.put(i.id(), i.name()));
        soleDeliveryLeads(graph)
                .forEach((item, p) -> reasons.apply(p).initiatives.add(initiativeNames.get(item)));
        Map<String, Group> groups = graph.groupsById();
        soleRole(graph, Role.CHAIR).forEach((g, p) -> reasons.apply(p).chairs.add(name(groups.get(g), g)));
        soleRole(graph, Role.LEAD).forEach((g, p) -> reasons.apply(p).leads.add(name(groups.get(g), g)));
        Map<String, Objective> objectives = graph.objectivesById();
        topInfluence(graph).forEach((o, top) -> reasons.apply(top.partnerId)
                .objectives
                .add(String.format(
                        Locale.ROOT,
                        "%s (best influence %s, next %s)",
                        objectives.containsKey(o) ? objectives.get(o).name() : o,
                        number(top.best),
                        number(top.next))));
        CutVertices cut = new CutVertices(network.graph());
        for (int v = 0; v < network.size(); v++) {
            if (cut.isArticulationPoint(v)) {
                Reasons r = reasons.apply(network.id(v));
                r.pieces = cut.pieces(v);
                r.pairsCut = cut.connectedPairs() - cut.connectedPairsWithout(v);
            }
        }
        int[] chosen = players.players();
        for (int i = 0; i < chosen.length; i++) {
            reasons.apply(network.id(chosen[i])).keyPlayer = i + 1;
        }
        List<Irreplaceable> out = new ArrayList<>();
        byPartner.forEach((id, r) -> {
            Partner p = partners.getOrDefault(id, new Partner(id, id, "", "", "", List.of(), "", Provenance.NONE));
            out.add(new Irreplaceable(p, r.score(), r.sentences()));
        });
        out.sort(Comparator.comparingInt(Irreplaceable::score).reversed().thenComparing(i -> i.partner()
                .name()));
        return out;
    }

    private static String name(Group g, String id) {
        return g == null ? id : g.name();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Items with exactly one distinct holder, and that holder. */
    private static Map<String, String> soleHolders(List<IndicatorLink> links) {
        Map<String, Set<String>> holders = new LinkedHashMap<>();
        links.forEach(l -> holders.computeIfAbsent(l.indicatorId(), k -> new LinkedHashSet<>())
                .add(l.partnerId()));
        return sole(holders);
    }

    private static Map<String, String> soleDeliveryLeads(PartnershipGraph graph) {
        Set<String> partnerIds = graph.partnersById().keySet();
        Map<String, Set<String>> holders = new LinkedHashMap<>();
        for (Initiative i : graph.initiatives()) {
            holders.put(i.id(), new LinkedHashSet<>());
        }
        for (Delivery d : graph.deliveries()) {
            if (d.role().strip().toLowerCase(Locale.ROOT).equals("lead")) {
                holders.computeIfAbsent(d.initiativeId(), k -> new LinkedHashSet<>())
                        .add(d.deliveredById());
            }
        }
        Map<String, String> sole = sole(holders);
        sole.values().removeIf(holder -> !partnerIds.contains(holder));
        return sole;
    }

    private static Map<String, String> soleRole(PartnershipGraph graph, Role role) {
        Map<String, Set<String>> holders = new LinkedHashMap<>();
        for (Membership m : graph.memberships()) {
            if (m.role() == role) {
                holders.computeIfAbsent(m.groupId(), k -> new LinkedHashSet<>()).add(m.partnerId());
            }
        }
        return sole(holders);
    }

    private static Map<String, String> sole(Map<String, Set<String>> holders) {
        Map<String, String> out = new LinkedHashMap<>();
        holders.forEach((item, who) -> {
            if (who.size() == 1) {
                out.put(item, who.iterator().next());
            }
        });
        return out;
    }

    private record Top(String partnerId, double best, double next) {}

    /** Objectives where one partner alone has the highest influence, with the next best. */
    private static Map<String, Top> topInfluence(PartnershipGraph graph) {
        Map<String, List<Influence>> by = new LinkedHashMap<>();
        graph.influences().forEach(i -> by.computeIfAbsent(i.objectiveId(), k -> new ArrayList<>())
                .add(i));
        Map<String, Top> out = new LinkedHashMap<>();
        by.forEach((o, list) -> {
            Map<String, Double> best = new LinkedHashMap<>();
            list.forEach(i -> best.merge(i.partnerId(), i.influence().mid(), Math::max));
            List<Map.Entry<String, Double>> sorted = best.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .toList();
            double next = sorted.size() > 1 ? sorted.get(1).getValue() : 0;
            if (sorted.get(0).getValue() > next) {
                out.put(o, new Top(sorted.get(0).getKey(), sorted.get(0).getValue(), next));
            }
        });
        return out;
    }

    /** What one partner holds alone. */
    private static final class Reasons {
        final List<String> indicators = new ArrayList<>();
        final List<String> initiatives = new ArrayList<>();
        final List<String> chairs = new ArrayList<>();
        final List<String> leads = new ArrayList<>();
        final List<String> objectives = new ArrayList<>();
        int pieces;
        long pairsCut;
        int keyPlayer;

        int score() {
            return indicators.size()
                    + initiatives.size()
                    + chairs.size()
                    + leads.size()
                    + objectives.size()
                    + (pieces >= 2 ? 1 : 0)
                    + (keyPlayer > 0 ? 1 : 0);
        }

        List<String> sentences() {
            List<String> out = new ArrayList<>();
            list(out, "sole lead of indicator ", "sole lead of indicators ", indicators);
            list(out, "sole lead of initiative ", "sole lead of initiatives ", initiatives);
            list(out, "sole chair of ", "sole chair of ", chairs);
            list(out, "sole lead of group ", "sole lead of groups ", leads);
            list(out, "highest influence alone on ", "highest influence alone on ", objectives);
            if (pieces >= 2) {
                out.add("articulation point: without it its part of the network falls into " + pieces + " pieces and "
                        + pairsCut + " pairs of partners lose their connection");
            }
            if (keyPlayer > 0) {
                out.add("key player number " + keyPlayer + " (removal fragments the network most)");
            }
            return out;
        }

        private static void list(List<String> out, String one, String many, List<String> items) {
            if (!items.isEmpty()) {
                out.add((items.size() > 1 ? many : one) + String.join(", ", items));
            }
        }
    }
}
