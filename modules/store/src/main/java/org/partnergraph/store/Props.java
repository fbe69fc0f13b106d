package org.partnergraph.store;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnergraph.model.Area;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Group;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Initiative;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;
import org.partnergraph.model.Theme;
import org.partnergraph.model.Wave;

/**
 * The Neo4j properties of each record. Empty strings become null, which {@code SET n += $props}
 * removes, so a property is either meaningful or absent. {@link GraphReader} reads them back.
 */
final class Props {

    private Props() {}

    static Map<String, Object> partner(Partner p) {
        return node(
                p.id(),
                p.name(),
                p.partnership(),
                p.provenance(),
                "type",
                p.type(),
                "tier",
                p.tier(),
                "sector",
                p.sector(),
                "aliases",
                p.aliases());
    }

    static Map<String, Object> group(Group g) {
        return node(g.id(), g.name(), g.partnership(), g.provenance(), "kind", g.kind(), "aliases", g.aliases());
    }

    static Map<String, Object> theme(Theme t) {
        return node(t.id(), t.name(), t.partnership(), t.provenance(), "description", t.description());
    }

    static Map<String, Object> objective(Objective o) {
        return node(o.id(), o.name(), o.partnership(), o.provenance());
    }

    static Map<String, Object> area(Area a) {
        return node(a.id(), a.name(), a.partnership(), a.provenance(), "kind", a.kind());
    }

    static Map<String, Object> indicator(Indicator i) {
        return node(
                i.id(),
                i.name(),
                i.partnership(),
                i.provenance(),
                "code",
                i.code(),
                "unit",
                i.unit(),
                "polarity",
                i.polarity().code(),
                "lead_individual",
                i.leadIndividual(),
                "monitored_by",
                i.monitoredBy(),
                "risks",
                i.risks());
    }

    static Map<String, Object> initiative(Initiative i) {
        return node(
                i.id(),
                i.name(),
                i.partnership(),
                i.provenance(),
                "kind",
                i.kind(),
                "phase",
                i.phase(),
                "description",
                i.description(),
                "timescale",
                i.timescale(),
                "milestones",
                i.milestones());
    }

    static Map<String, Object> measurement(Measurement m) {
        Map<String, Object> props = node(
                m.id(),
                null,
                m.partnership(),
                m.provenance(),
                "kind",
                m.kind().code(),
                "period",
                m.period().text(),
                "period_start",
                m.period().start(),
                "period_end",
                m.period().end(),
                "value",
                m.value());
        props.remove("name");
        return props;
    }

    static Map<String, Object> scores(Score influence, Score quality) {
        return map(
                "influence_low",
                influence.low(),
                "influence_high",
                influence.high(),
                "quality_low",
                quality.low(),
                "quality_high",
                quality.high());
    }

    static Map<String, Object> stages(Stage now, Stage wanted) {
        return map(
                "stage_now", now == null ? null : now.label(), "stage_wanted", wanted == null ? null : wanted.label());
    }

    /** The provenance as relationship properties, merged into {@code props}. */
    static Map<String, Object> withProvenance(Map<String, Object> props, Provenance p) {
        props.put("source", empty(p.source()));
        props.put("uncertain", p.uncertain());
        props.put("note", empty(p.note()));
        return props;
    }

    /**
     * The dating of an assessment and its record id as properties, merged into {@code props}: an
     * undated assessment has no {@code as_of}, an unrecorded one no {@code recorded_at}.
     */
    static Map<String, Object> withDating(Map<String, Object> props, Dating d, String rid) {
        props.put("as_of", d.asOf());
        props.put("recorded_at", d.recordedAt() == null ? null : d.recordedAt().atZone(ZoneOffset.UTC));
        props.put("recorded_by", empty(d.recordedBy()));
        props.put("wave", empty(d.wave()));
        props.put("ended", d.ended() ? Boolean.TRUE : null);
        props.put("rid", rid);
        return props;
    }

    static Map<String, Object> wave(Wave w) {
        return map(
                "id",
                w.id(),
                "partnership",
                w.partnership(),
                "name",
                w.name(),
                "date",
                w.date(),
                "author",
                w.author(),
                "published",
                w.published(),
                "note",
                w.note());
    }

    private static Map<String, Object> node(String id, String name, String partnership, Provenance p, Object... kv) {
        Map<String, Object> props = map(kv);
        props.put("id", id);
        props.put("name", name);
        props.put("partnership", partnership);
        return withProvenance(props, p);
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            m.put((String) kv[i], v instanceof String s ? empty(s) : v instanceof List<?> l && l.isEmpty() ? null : v);
        }
        return m;
    }

    private static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
