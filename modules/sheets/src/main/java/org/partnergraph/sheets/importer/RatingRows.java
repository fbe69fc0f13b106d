package org.partnergraph.sheets.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.partnergraph.model.Group;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Role;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;

/**
 * The records of an influence grid, an engagement tracker and a membership list: one dated assessment
 * per row whose value differs from the one the graph holds; a pair named twice in one sheet is a problem.
 */
final class RatingRows {

    private final ImportPlanner p;
    private final Map<String, String> seen = new HashMap<>();

    RatingRows(ImportPlanner p) {
        this.p = p;
    }

    void influences() {
        for (MappedRow r : p.sheet.rows()) {
            String partner = p.partner(r, "partner");
            Objective o = lookUpObjective(r);
            if (partner == null
                    || o == null
                    || !r.values().containsKey("influence")
                    || !r.values().containsKey("quality")
                    || once(r, "partner", partner + " " + o.id())) {
                continue;
            }
            Score influence = Score.parse(r.get("influence"));
            Score quality = Score.parse(r.get("quality"));
            Optional<Influence> now = p.current.influences().stream()
                    .filter(i ->
                            i.partnerId().equals(partner) && i.objectiveId().equals(o.id()))
                    .findFirst();
            if (now.isPresent()
                    && now.get().influence().equals(influence)
                    && now.get().quality().equals(quality)) {
                p.unchanged++;
                continue;
            }
            p.objectivesOut.put(o.id(), o);
            p.changes.influences.add(
                    new Influence(partner, o.id(), influence, quality, p.provenance(r), p.options.dating()));
            p.added++;
        }
    }

    private Objective lookUpObjective(MappedRow r) {
        String text = r.get("objective");
        Objective o = text.isEmpty() ? null : p.objective(text);
        if (o == null && !text.isEmpty()) {
            p.problems.add(r.at("objective") + ": objective: "
                    + NodeLookup.unknown("objective", text, p.options.partnership()));
        }
        return o;
    }

    void relationships() {
        for (MappedRow r : p.sheet.rows()) {
            String from = p.partner(r, "from");
            Group group = p.group(r.get("to"));
            String to = group != null ? group.id() : p.partner(r, "to");
            if (from == null || to == null || once(r, "to", from + " " + to)) {
                continue;
            }
            Optional<Relationship> now = p.current.relationships().stream()
                    .filter(x -> x.fromId().equals(from) && x.toId().equals(to))
                    .findFirst();
            Relationship next = relationship(r, from, to, now);
            if (now.isPresent() && same(now.get(), next)) {
                p.unchanged++;
                continue;
            }
            if (group != null) {
                p.groupsOut.put(group.id(), group);
            }
            p.changes.relationships.add(next);
            p.added++;
        }
    }

    /** The row's stages and notes; what the sheet leaves out keeps the value the graph holds. */
    private Relationship relationship(MappedRow r, String from, String to, Optional<Relationship> now) {
        Stage stageNow = r.values().containsKey("stage_now")
                ? Stage.parse(r.get("stage_now"))
                : now.map(Relationship::now).orElse(null);
        Stage wanted = r.values().containsKey("stage_wanted")
                ? Stage.parse(r.get("stage_wanted"))
                : now.map(Relationship::wanted).orElse(null);
        return new Relationship(
                from,
                to,
                stageNow,
                wanted,
                or(r, "priority", now.map(Relationship::priority)),
                or(r, "lead", now.map(Relationship::lead)),
                now.map(Relationship::background).orElse(List.of()),
                or(r, "actions", now.map(Relationship::actions)),
                p.provenance(r),
                p.options.dating());
    }

    private static String or(MappedRow r, String field, Optional<String> now) {
        return r.values().containsKey(field) ? r.get(field) : now.orElse("");
    }

    private static boolean same(Relationship a, Relationship b) {
        return a.now() == b.now()
                && a.wanted() == b.wanted()
                && Objects.equals(a.priority(), b.priority())
                && Objects.equals(a.lead(), b.lead())
                && Objects.equals(a.actions(), b.actions());
    }

    void memberships() {
        for (MappedRow r : p.sheet.rows()) {
            String partner = p.partner(r, "partner");
            String text = r.get("group");
            Group g = text.isEmpty() ? null : p.group(text);
            if (g == null && !text.isEmpty()) {
                p.problems.add(
                        r.at("group") + ": group: " + NodeLookup.unknown("group", text, p.options.partnership()));
            }
            if (partner == null || g == null || once(r, "group", partner + " " + g.id())) {
                continue;
            }
            Role role = r.values().containsKey("role") ? Role.parse(r.get("role")) : Role.MEMBER;
            boolean already = p.current.memberships().stream()
                    .anyMatch(m -> m.partnerId().equals(partner) && m.groupId().equals(g.id()) && m.role() == role);
            if (already) {
                p.unchanged++;
                continue;
            }
            p.groupsOut.put(g.id(), g);
            p.changes.memberships.add(new Membership(partner, g.id(), role, p.provenance(r), p.options.dating(), null));
            p.added++;
        }
    }

    /** True (and a problem) where the sheet named this pair on an earlier row. */
    private boolean once(MappedRow r, String field, String key) {
        String first = seen.putIfAbsent(key, r.at(field));
        if (first == null) {
            return false;
        }
        p.problems.add(r.at(field) + ": " + field + ": the same pair as on " + first + "; keep one of the rows");
        return true;
    }
}
