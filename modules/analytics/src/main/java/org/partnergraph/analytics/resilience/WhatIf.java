package org.partnergraph.analytics.resilience;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnergraph.model.Delivery;
import org.partnergraph.model.Group;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.IndicatorRole;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Initiative;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Objective;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Role;

/**
 * What the partnership loses if some partners leave: the indicators and initiatives whose every
 * lead leaves, the groups whose every chair (or every lead) leaves, the objectives whose best
 * remaining influence is lower than before (by how much; 0 when nobody rated is left), and the
 * {@link Connectivity} of the {@link PartnerNetwork} before and after. An initiative led by a
 * group keeps that lead. O(size of the graph) plus one connectivity count. Immutable.
 */
public final class WhatIf {

    /** A group that loses all its chairs, all its leads, or both. */
    public record GroupLoss(Group group, boolean noChair, boolean noLead) {
        public String reason() {
            return noChair && noLead ? "no chair and no lead" : noChair ? "no chair" : "no lead";
        }
    }

    /** An objective whose best influence falls from {@code before} to {@code after}. */
    public record InfluenceDrop(Objective objective, double before, double after) {
        public double drop() {
            return before - after;
        }
    }

    private final Set<String> removed;
    private final List<Indicator> indicatorsWithoutLead;
    private final List<Initiative> initiativesWithoutLead;
    private final List<GroupLoss> groupsWithoutChairOrLead;
    private final List<InfluenceDrop> influenceDrops;
    private final Connectivity before;
    private final Connectivity after;

    private WhatIf(
            Set<String> removed,
            List<Indicator> indicators,
            List<Initiative> initiatives,
            List<GroupLoss> groups,
            List<InfluenceDrop> drops,
            Connectivity before,
            Connectivity after) {
        this.removed = Set.copyOf(removed);
        this.indicatorsWithoutLead = List.copyOf(indicators);
        this.initiativesWithoutLead = List.copyOf(initiatives);
        this.groupsWithoutChairOrLead = List.copyOf(groups);
        this.influenceDrops = List.copyOf(drops);
        this.before = before;
        this.after = after;
    }

    public static WhatIf of(PartnershipGraph graph, Collection<String> partnerIds) {
        return of(graph, PartnerNetwork.of(graph), partnerIds);
    }

    /**
     * What the network loses when these partners leave.
     *
     * @throws IllegalArgumentException when no partner is given or one is not in the graph
     */
    public static WhatIf of(PartnershipGraph graph, PartnerNetwork network, Collection<String> partnerIds) {
        if (partnerIds.isEmpty()) {
            throw new IllegalArgumentException("Name at least one partner to take out.");
        }
        Set<String> known = graph.partnersById().keySet();
        for (String id : partnerIds) {
            if (!known.contains(id) && network.node(id).isEmpty()) {
                throw new IllegalArgumentException("There is no partner '" + id + "' in the graph.");
            }
        }
        Set<String> gone = new LinkedHashSet<>(partnerIds);
        boolean[] mask = new boolean[network.size()];
        gone.forEach(id -> network.node(id).ifPresent(v -> mask[v] = true));
        return new WhatIf(
                gone,
                indicators(graph, gone),
                initiatives(graph, gone),
                groups(graph, gone),
                drops(graph, gone),
                Connectivity.of(network.graph()),
                Connectivity.of(network.graph(), mask));
    }

    private static List<Indicator> indicators(PartnershipGraph graph, Set<String> gone) {
        Map<String, int[]> leads = new HashMap<>();
        for (IndicatorLink l : graph.indicatorLinks()) {
            if (l.role() == IndicatorRole.LEAD) {
                int[] c = leads.computeIfAbsent(l.indicatorId(), k -> new int[2]);
                c[gone.contains(l.partnerId()) ? 0 : 1]++;
            }
        }
        return graph.indicators().stream().filter(i -> lost(leads.get(i.id()))).toList();
    }

    private static List<Initiative> initiatives(PartnershipGraph graph, Set<String> gone) {
        Map<String, int[]> leads = new HashMap<>();
        for (Delivery d : graph.deliveries()) {
            if (d.role().strip().toLowerCase(Locale.ROOT).equals("lead")) {
                int[] c = leads.computeIfAbsent(d.initiativeId(), k -> new int[2]);
                c[gone.contains(d.deliveredById()) ? 0 : 1]++;
            }
        }
        return graph.initiatives().stream().filter(i -> lost(leads.get(i.id()))).toList();
    }

    private static List<GroupLoss> groups(PartnershipGraph graph, Set<String> gone) {
        Map<String, int[]> chairs = new HashMap<>();
        Map<String, int[]> leads = new HashMap<>();
        for (Membership m : graph.memberships()) {
            Map<String, int[]> by = m.role() == Role.CHAIR ? chairs : m.role() == Role.LEAD ? leads : null;
            if (by != null) {
                by.computeIfAbsent(m.groupId(), k -> new int[2])[gone.contains(m.partnerId()) ? 0 : 1]++;
            }
        }
        List<GroupLoss> out = new ArrayList<>();
        for (Group g : graph.groups()) {
            boolean noChair = lost(chairs.get(g.id()));
            boolean noLead = lost(leads.get(g.id()));
            if (noChair || noLead) {
                out.add(new GroupLoss(g, noChair, noLead));
            }
        }
        return out;
    }

    /** Had a holder who leaves and has none who stays: counts are {leaving, staying}. */
    private static boolean lost(int[] counts) {
        return counts != null && counts[0] > 0 && counts[1] == 0;
    }

    private static List<InfluenceDrop> drops(PartnershipGraph graph, Set<String> gone) {
        Map<String, double[]> best = new HashMap<>();
        for (Influence i : graph.influences()) {
            double[] b = best.computeIfAbsent(i.objectiveId(), k -> new double[2]);
            double v = i.influence().mid();
            b[0] = Math.max(b[0], v);
            if (!gone.contains(i.partnerId())) {
                b[1] = Math.max(b[1], v);
            }
        }
        List<InfluenceDrop> out = new ArrayList<>();
        for (Objective o : graph.objectives()) {
            double[] b = best.get(o.id());
            if (b != null && b[1] < b[0]) {
                out.add(new InfluenceDrop(o, b[0], b[1]));
            }
        }
        out.sort(Comparator.comparingDouble(InfluenceDrop::drop).reversed().thenComparing(d -> d.objective()
                .id()));
        return out;
    }

    /** The partners taken out, as given. */
    public Set<String> removed() {
        return removed;
    }

    public List<Indicator> indicatorsWithoutLead() {
        return indicatorsWithoutLead;
    }

    public List<Initiative> initiativesWithoutLead() {
        return initiativesWithoutLead;
    }

    public List<GroupLoss> groupsWithoutChairOrLead() {
        return groupsWithoutChairOrLead;
    }

    /** Largest drop first. */
    public List<InfluenceDrop> influenceDrops() {
        return influenceDrops;
    }

    /** The partner network as it is. */
    public Connectivity before() {
        return before;
    }

    /** The partner network without the partners taken out. */
    public Connectivity after() {
        return after;
    }
}
