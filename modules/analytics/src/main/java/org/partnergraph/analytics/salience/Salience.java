package org.partnergraph.analytics.salience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnergraph.analytics.trajectory.Trajectories;
import org.partnergraph.analytics.trajectory.Trajectory;
import org.partnergraph.analytics.trajectory.TrajectoryStatus;
import org.partnergraph.model.Delivery;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.IndicatorRole;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Role;

/**
 * Each partner's salience (Mitchell, Agle and Wood 1997): <b>power</b> from its influence on the
 * objectives, <b>legitimacy</b> from its formal roles (lead of an indicator or initiative, chair or
 * lead of a group) or a statutory partner type, <b>urgency</b> from the stage gap of the
 * relationship the partnership wants with it and from the off-track indicators it leads (the
 * trajectories' status of the whole-area series); then its {@link SalienceClass}. Every rule is a
 * {@link SalienceSettings} field. Each partner's reasons say which facts gave which attribute.
 * Most salient first. O(size of the graph) plus the trajectories.
 */
public final class Salience {

    /** One partner's attributes, class and the reasons for them. */
    public record PartnerSalience(
            Partner partner,
            boolean power,
            boolean legitimacy,
            boolean urgency,
            SalienceClass salienceClass,
            List<String> reasons) {
        public PartnerSalience {
            reasons = List.copyOf(reasons);
        }
    }

    private Salience() {}

    public static List<PartnerSalience> of(PartnershipGraph graph) {
        return of(graph, SalienceSettings.DEFAULTS);
    }

    public static List<PartnerSalience> of(PartnershipGraph graph, SalienceSettings settings) {
        Map<String, Double> influence = new HashMap<>();
        for (Influence i : graph.influences()) {
            influence.merge(i.partnerId(), i.influence().mid(), Math::max);
        }
        Map<String, List<String>> roles = roles(graph);
        Map<String, Integer> stageGap = new HashMap<>();
        for (Relationship r : graph.relationships()) {
            stageGap.merge(r.toId(), r.stageGap(), Math::max);
        }
        Map<String, List<String>> offTrack = offTrackLeads(graph);
        List<PartnerSalience> out = new ArrayList<>();
        for (Partner p : graph.partners()) {
            List<String> reasons = new ArrayList<>();
            double best = influence.getOrDefault(p.id(), 0.0);
            boolean power = best >= settings.powerMinInfluence();
            if (power) {
                reasons.add("power: influence " + number(best) + " on an objective");
            }
            List<String> held = settings.legitimacyFromRoles() ? roles.getOrDefault(p.id(), List.of()) : List.of();
            boolean statutory = settings.statutory(p.type());
            if (!held.isEmpty()) {
                reasons.add("legitimacy: " + String.join(", ", held));
            }
            if (statutory) {
                reasons.add("legitimacy: statutory partner (" + p.type() + ")");
            }
            int gap = stageGap.getOrDefault(p.id(), 0);
            boolean gapUrgent = settings.urgencyMinStageGap() > 0 && gap >= settings.urgencyMinStageGap();
            if (gapUrgent) {
                reasons.add("urgency: the relationship is " + gap + (gap == 1 ? " stage" : " stages")
                        + " short of the one wanted");
            }
            List<String> off = offTrack.getOrDefault(p.id(), List.of());
            boolean offUrgent = settings.urgencyMinOffTrack() > 0 && off.size() >= settings.urgencyMinOffTrack();
            if (offUrgent) {
                reasons.add("urgency: leads off-track " + String.join(", ", off));
            }
            boolean legitimacy = !held.isEmpty() || statutory;
            boolean urgency = gapUrgent || offUrgent;
            out.add(new PartnerSalience(
                    p, power, legitimacy, urgency, SalienceClass.of(power, legitimacy, urgency), reasons));
        }
        out.sort(Comparator.comparing(PartnerSalience::salienceClass)
                .thenComparing(s -> s.partner().name()));
        return out;
    }

    /** The formal roles each partner holds, as phrases. */
    private static Map<String, List<String>> roles(PartnershipGraph graph) {
        Map<String, Integer> indicatorLeads = new HashMap<>();
        for (IndicatorLink l : graph.indicatorLinks()) {
            if (l.role() == IndicatorRole.LEAD) {
                indicatorLeads.merge(l.partnerId(), 1, Integer::sum);
            }
        }
        Map<String, Integer> initiativeLeads = new HashMap<>();
        for (Delivery d : graph.deliveries()) {
            if (d.role().strip().toLowerCase(Locale.ROOT).equals("lead")) {
                initiativeLeads.merge(d.deliveredById(), 1, Integer::sum);
            }
        }
        Map<String, Integer> chairs = new HashMap<>();
        Map<String, Integer> groupLeads = new HashMap<>();
        for (Membership m : graph.memberships()) {
            if (m.role() == Role.CHAIR) {
                chairs.merge(m.partnerId(), 1, Integer::sum);
            } else if (m.role() == Role.LEAD) {
                groupLeads.merge(m.partnerId(), 1, Integer::sum);
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        phrase(out, indicatorLeads, "leads %d indicator", "leads %d indicators");
        phrase(out, initiativeLeads, "leads %d initiative", "leads %d initiatives");
        phrase(out, chairs, "chairs %d group", "chairs %d groups");
        phrase(out, groupLeads, "leads %d group", "leads %d groups");
        return out;
    }

    private static void phrase(Map<String, List<String>> out, Map<String, Integer> counts, String one, String many) {
        counts.forEach((p, n) ->
                out.computeIfAbsent(p, k -> new ArrayList<>()).add(String.format(Locale.ROOT, n == 1 ? one : many, n)));
    }

    /** The off-track indicators (whole area) each partner leads, by code or name. */
    private static Map<String, List<String>> offTrackLeads(PartnershipGraph graph) {
        Set<String> off = Trajectories.of(graph).wholeAreaOnly().withStatus(TrajectoryStatus.OFF_TRACK).all().stream()
                .map(Trajectory::indicatorId)
                .collect(Collectors.toSet());
        Map<String, String> labels = new HashMap<>();
        graph.indicators().forEach(i -> labels.put(i.id(), i.code().isEmpty() ? i.name() : i.code()));
        Map<String, List<String>> out = new HashMap<>();
        for (IndicatorLink l : graph.indicatorLinks()) {
            if (l.role() == IndicatorRole.LEAD && off.contains(l.indicatorId())) {
                out.computeIfAbsent(l.partnerId(), k -> new ArrayList<>()).add(labels.get(l.indicatorId()));
            }
        }
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
