package org.partnergraph.analytics.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnergraph.analytics.coverage.Gap.Reason;
import org.partnergraph.analytics.coverage.Gap.Subject;
import org.partnergraph.model.Delivery;
import org.partnergraph.model.GroupTheme;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.IndicatorRole;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Node;
import org.partnergraph.model.Objective;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Theme;

/**
 * Where the partnership's coverage is thin. The rules (docs/scoring-resilience.md):
 *
 * <ul>
 *   <li>an <b>indicator</b> has no lead (no LEADS link); is held by a single partner (one partner
 *       leads or supports it, nobody else); or has one lead whose relationship quality is weak: its
 *       best quality rating on the objectives the indicator measures is at most the weak-quality
 *       threshold (not flagged when the lead has no rating there);
 *   <li>an <b>objective</b> has no lead (no partner leads an indicator measuring it or an
 *       initiative contributing to it); has a single supporting partner (one partner in all rates
 *       influence on it, leads or supports its indicators, or delivers its initiatives); or its only
 *       lead has a quality rating on it at most the threshold;
 *   <li>a <b>theme</b> has no group working on it;
 *   <li>a <b>group</b> works on a theme that has indicators (measuring the theme or its objectives)
 *       and none of its members leads or supports any of them.
 * </ul>
 *
 * O(size of the graph). Immutable.
 */
public final class CoverageGaps {

    /** A quality of 2 or less is a weak relationship (the influence map's "weak" half of 1-5). */
    public static final double WEAK_QUALITY_DEFAULT = 2;

    private final List<Gap> gaps;

    private CoverageGaps(List<Gap> gaps) {
        this.gaps = List.copyOf(gaps);
    }

    public static CoverageGaps of(PartnershipGraph graph) {
        return of(graph, WEAK_QUALITY_DEFAULT);
    }

    /**
     * The gaps, counting a relationship quality at or below {@code weakQuality} as weak.
     *
     * @throws IllegalArgumentException for a threshold outside 1..5
     */
    public static CoverageGaps of(PartnershipGraph graph, double weakQuality) {
        if (!(weakQuality >= 1 && weakQuality <= 5)) {
            throw new IllegalArgumentException("the weak-quality threshold must be from 1 to 5, was " + weakQuality);
        }
        return new Finder(graph, weakQuality).find();
    }

    /** Objectives first, then indicators, themes and groups, each in the graph's order. */
    public List<Gap> gaps() {
        return gaps;
    }

    public List<Gap> of(Subject subject, Reason reason) {
        return gaps.stream()
                .filter(g -> g.subject() == subject && g.reason() == reason)
                .toList();
    }

    /** The graph's links, indexed once. */
    private static final class Finder {
        final PartnershipGraph graph;
        final double weak;
        final Map<String, String> names = new HashMap<>();
        final Map<String, Set<String>> leads = new HashMap<>();
        final Map<String, Set<String>> linked = new HashMap<>();
        final Map<String, Double> quality = new HashMap<>();
        final Map<String, List<Indicator>> measuring = new HashMap<>();
        /** Objective id to the partners delivering, and leading, initiatives that contribute to it. */
        final Map<String, Set<String>> deliverers = new HashMap<>();

        final Map<String, Set<String>> deliveryLeads = new HashMap<>();
        final List<Gap> out = new ArrayList<>();

        Finder(PartnershipGraph graph, double weak) {
            this.graph = graph;
            this.weak = weak;
            graph.nodes().forEach(n -> names.put(n.id(), n.name()));
            for (IndicatorLink l : graph.indicatorLinks()) {
                linked.computeIfAbsent(l.indicatorId(), k -> new LinkedHashSet<>())
                        .add(l.partnerId());
                if (l.role() == IndicatorRole.LEAD) {
                    leads.computeIfAbsent(l.indicatorId(), k -> new LinkedHashSet<>())
                            .add(l.partnerId());
                }
            }
            for (Influence i : graph.influences()) {
                quality.merge(
                        i.partnerId() + "\n" + i.objectiveId(), i.quality().mid(), Math::max);
            }
            for (Indicator i : graph.indicators()) {
                i.measures().forEach(m -> measuring
                        .computeIfAbsent(m, k -> new ArrayList<>())
                        .add(i));
            }
            Set<String> partners = graph.partnersById().keySet();
            Map<String, List<String>> contributes = new HashMap<>();
            graph.initiatives().forEach(i -> contributes.put(i.id(), i.contributesTo()));
            for (Delivery d : graph.deliveries()) {
                if (!partners.contains(d.deliveredById())) {
                    continue;
                }
                boolean lead = d.role().strip().toLowerCase(Locale.ROOT).equals("lead");
                for (String o : contributes.getOrDefault(d.initiativeId(), List.of())) {
                    deliverers.computeIfAbsent(o, k -> new LinkedHashSet<>()).add(d.deliveredById());
                    if (lead) {
                        deliveryLeads
                                .computeIfAbsent(o, k -> new LinkedHashSet<>())
                                .add(d.deliveredById());
                    }
                }
            }
        }

        CoverageGaps find() {
            graph.objectives().forEach(this::objective);
            graph.indicators().forEach(this::indicator);
            themes();
            groups();
            return new CoverageGaps(out);
        }

        void objective(Objective o) {
            List<Indicator> indicators = measuring.getOrDefault(o.id(), List.of());
            Set<String> oLeads = new LinkedHashSet<>();
            Set<String> supporters = new LinkedHashSet<>();
            for (Indicator i : indicators) {
                oLeads.addAll(leads.getOrDefault(i.id(), Set.of()));
                supporters.addAll(linked.getOrDefault(i.id(), Set.of()));
            }
            graph.influences().stream()
                    .filter(x -> x.objectiveId().equals(o.id()))
                    .forEach(x -> supporters.add(x.partnerId()));
            oLeads.addAll(deliveryLeads.getOrDefault(o.id(), Set.of()));
            supporters.addAll(deliverers.getOrDefault(o.id(), Set.of()));
            if (oLeads.isEmpty()) {
                add(
                        Subject.OBJECTIVE,
                        o,
                        Reason.NO_LEAD,
                        indicators.isEmpty()
                                ? "no indicator measures it and no partner leads an initiative for it"
                                : "none of its " + indicators.size()
                                        + " indicators has a lead, nor any initiative for it");
            }
            if (supporters.size() == 1) {
                add(Subject.OBJECTIVE, o, Reason.SINGLE_SUPPORTER, "only " + name(supporters) + " supports it");
            }
            weakOnlyLead(Subject.OBJECTIVE, o, oLeads, List.of(o.id()));
        }

        void indicator(Indicator i) {
            Set<String> iLeads = leads.getOrDefault(i.id(), Set.of());
            Set<String> all = linked.getOrDefault(i.id(), Set.of());
            if (iLeads.isEmpty()) {
                add(
                        Subject.INDICATOR,
                        i,
                        Reason.NO_LEAD,
                        all.isEmpty() ? "no partner named" : all.size() + " supporting, none leading");
            }
            if (all.size() == 1) {
                add(Subject.INDICATOR, i, Reason.SINGLE_SUPPORTER, "only " + name(all) + " is named for it");
            }
            weakOnlyLead(Subject.INDICATOR, i, iLeads, i.measures());
        }

        void weakOnlyLead(Subject subject, Node node, Set<String> nodeLeads, List<String> objectives) {
            if (nodeLeads.size() != 1) {
                return;
            }
            String lead = nodeLeads.iterator().next();
            double best = -1;
            for (String o : objectives) {
                best = Math.max(best, quality.getOrDefault(lead + "\n" + o, -1.0));
            }
            if (best >= 0 && best <= weak) {
                add(
                        subject,
                        node,
                        Reason.WEAK_ONLY_LEAD,
                        String.format(
                                Locale.ROOT, "%s leads it alone; relationship quality %s", names.get(lead), best));
            }
        }

        void themes() {
            Set<String> worked = new LinkedHashSet<>();
            graph.groupThemes().forEach(gt -> worked.add(gt.themeId()));
            for (Theme t : graph.themes()) {
                if (!worked.contains(t.id())) {
                    add(Subject.THEME, t, Reason.NO_GROUP, "no group works on it");
                }
            }
        }

        void groups() {
            Map<String, Set<String>> members = new HashMap<>();
            for (Membership m : graph.memberships()) {
                members.computeIfAbsent(m.groupId(), k -> new LinkedHashSet<>()).add(m.partnerId());
            }
            Map<String, Node> groups = new HashMap<>();
            graph.groups().forEach(g -> groups.put(g.id(), g));
            for (GroupTheme gt : graph.groupThemes()) {
                List<Indicator> indicators = themeIndicators(gt.themeId());
                Node group = groups.get(gt.groupId());
                if (indicators.isEmpty() || group == null) {
                    continue;
                }
                Set<String> who = members.getOrDefault(gt.groupId(), Set.of());
                boolean covers = indicators.stream().anyMatch(i -> linked.getOrDefault(i.id(), Set.of()).stream()
                        .anyMatch(who::contains));
                if (!covers) {
                    add(
                            Subject.GROUP,
                            group,
                            Reason.COVERS_NO_INDICATOR,
                            String.format(
                                    Locale.ROOT,
                                    "works on %s; its %d members lead or support none of its %d indicators",
                                    names.getOrDefault(gt.themeId(), gt.themeId()),
                                    who.size(),
                                    indicators.size()));
                }
            }
        }

        /** Indicators measuring the theme or an objective under it. */
        List<Indicator> themeIndicators(String themeId) {
            Set<Indicator> out = new LinkedHashSet<>(measuring.getOrDefault(themeId, List.of()));
            graph.objectives().stream()
                    .filter(o -> o.themeId().equals(themeId))
                    .forEach(o -> out.addAll(measuring.getOrDefault(o.id(), List.of())));
            return new ArrayList<>(out);
        }

        String name(Set<String> one) {
            String id = one.iterator().next();
            return names.getOrDefault(id, id);
        }

        void add(Subject subject, Node node, Reason reason, String detail) {
            String name = node instanceof Indicator i ? i.label() : node.name();
            out.add(new Gap(subject, node.id(), name, reason, detail));
        }
    }
}
