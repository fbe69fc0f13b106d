package org.partnergraph.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Value;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Role;
import org.partnergraph.model.Score;
import org.partnergraph.model.Wave;

/**
 * The properties of each dated assessment (one relationship, or one Measurement node, per record)
 * and the way back. Every record has a {@code rid} derived from what tells it apart (its kind, the
 * thing it assesses and its dating), so a second load of the same record merges onto the first and
 * an undo can name exactly one record.
 */
final class Assessments {

    private Assessments() {}

    /** The record id of an assessment of {@code key} (pair or measurement id) with this dating. */
    static String rid(String kind, String key, Dating d) {
        String text = String.join(
                "\u0000",
                kind,
                key,
                String.valueOf(d.asOf()),
                String.valueOf(d.recordedAt()),
                d.wave(),
                Boolean.toString(d.ended()));
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String rid(Influence i) {
        return rid("INFLUENCES", i.key(), i.dating());
    }

    static String rid(Relationship r) {
        return rid("RELATIONSHIP", r.key(), r.dating());
    }

    static String rid(Membership m) {
        return rid("MEMBER_OF", m.key(), m.dating());
    }

    static String rid(Measurement m) {
        return rid("Measurement", m.id(), m.dating());
    }

    static Map<String, Object> props(Influence i) {
        Map<String, Object> p = Props.withProvenance(Props.scores(i.influence(), i.quality()), i.provenance());
        return Props.withDating(p, i.dating(), rid(i));
    }

    static Map<String, Object> props(Relationship r) {
        Map<String, Object> p = Props.stages(r.now(), r.wanted());
        p.putAll(Props.map(
                "priority", r.priority(), "lead", r.lead(), "background", r.background(), "actions", r.actions()));
        return Props.withDating(Props.withProvenance(p, r.provenance()), r.dating(), rid(r));
    }

    static Map<String, Object> props(Membership m) {
        Map<String, Object> p = Props.withProvenance(Props.map("role", m.role().code()), m.provenance());
        p.put("until", m.until());
        return Props.withDating(p, m.dating(), rid(m));
    }

    static Map<String, Object> props(Measurement m) {
        return Props.withDating(Props.measurement(m), m.dating(), rid(m));
    }

    static Dating dating(Value v) {
        Value at = v.get("recorded_at");
        Instant recorded =
                at == null || at.isNull() ? null : at.asZonedDateTime().toInstant();
        return new Dating(
                v.get("as_of").asLocalDate(null),
                recorded,
                GraphReader.str(v, "recorded_by"),
                GraphReader.str(v, "wave"),
                v.get("ended").asBoolean(false));
    }

    static Influence influence(String from, String to, Value r) {
        return new Influence(
                from,
                to,
                new Score(
                        r.get("influence_low").asInt(), r.get("influence_high").asInt()),
                new Score(r.get("quality_low").asInt(), r.get("quality_high").asInt()),
                GraphReader.provenance(r),
                dating(r));
    }

    static Relationship relationship(String from, String to, Value r) {
        return new Relationship(
                from,
                to,
                GraphReader.stage(r, "stage_now"),
                GraphReader.stage(r, "stage_wanted"),
                GraphReader.str(r, "priority"),
                GraphReader.str(r, "lead"),
                r.get("background").asList(Value::asString, List.of()),
                GraphReader.str(r, "actions"),
                GraphReader.provenance(r),
                dating(r));
    }

    static Membership membership(String from, String to, Value r) {
        return new Membership(
                from,
                to,
                Role.parse(GraphReader.str(r, "role")),
                GraphReader.provenance(r),
                dating(r),
                r.get("until").asLocalDate(null));
    }

    static Wave wave(Value w) {
        return new Wave(
                GraphReader.str(w, "id"),
                GraphReader.str(w, "partnership"),
                GraphReader.str(w, "name"),
                w.get("date").asLocalDate(null),
                GraphReader.str(w, "author"),
                w.get("published").asBoolean(false),
                GraphReader.str(w, "note"));
    }
}
