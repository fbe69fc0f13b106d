package org.partnergraph.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Partner;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;

/**
 * The Cypher of each edit; every method runs inside the caller's write transaction. An edit of an
 * assessment never changes a record: it appends one (an end, for a removal) and returns its id.
 */
final class GraphEdits {

    /** An edit's dating resolved against the store's clock and user. */
    record Stamp(LocalDate asOf, Instant now, String user, EditOptions options) {

        Dating dating(Thing<?> thing) {
            return new Dating(asOf, thing.nextRecordedAt(now), user, options.wave(), false);
        }
    }

    private static final String WAVE = " OPTIONAL MATCH (w:Wave {id: x.wave})";
    private static final String ENDS =
            " RETURN a.name AS a, b.name AS b, a.partnership AS partnership, properties(x) AS x,"
                    + " w.published AS published, w.author AS author";

    private GraphEdits() {}

    static Change<Influence> setInfluence(
            TransactionContext tx,
            Stamp s,
            String partnerId,
            String objectiveId,
            Score influence,
            Score quality,
            Provenance provenance) {
        Thing<Influence> t = influences(tx, partnerId, objectiveId)
                .orElseThrow(() -> nothing("no partner '" + partnerId + "' or no objective '" + objectiveId + "'"));
        t.refuseIfStale(s.options(), s.user());
        Influence after = new Influence(partnerId, objectiveId, influence, quality, provenance, s.dating(t));
        return append(tx, s, t, after, "INFLUENCES", "Objective", partnerId, objectiveId, Assessments.props(after));
    }

    static Change<Influence> removeInfluence(TransactionContext tx, Stamp s, String partnerId, String objectiveId) {
        Optional<Thing<Influence>> found = influences(tx, partnerId, objectiveId);
        if (found.isEmpty() || found.get().valueOn(s.asOf(), s.user()).isEmpty()) {
            return new Change<>(Optional.empty(), Optional.empty());
        }
        Thing<Influence> t = found.get();
        t.refuseIfStale(s.options(), s.user());
        Influence end =
                t.valueOn(s.asOf(), s.user()).get().withDating(s.dating(t).asEnd());
        return append(tx, s, t, end, "INFLUENCES", "Objective", partnerId, objectiveId, Assessments.props(end));
    }

    /** The ratings of a partner on an objective; empty where either does not exist. */
    static Optional<Thing<Influence>> influences(TransactionContext tx, String partnerId, String objectiveId) {
        Result r = tx.run(
                "MATCH (a:Partner {id: $a}) MATCH (b:Objective {id: $b}) OPTIONAL MATCH (a)-[x:INFLUENCES]->(b)" + WAVE
                        + ENDS,
                Map.of("a", partnerId, "b", objectiveId));
        return Thing.read(
                r,
                ChangeLog.Kind.RATING,
                rec -> "the rating of " + rec.get("a").asString("") + " on "
                        + rec.get("b").asString(""),
                x -> Assessments.influence(partnerId, objectiveId, x));
    }

    static Change<Relationship> setStages(
            TransactionContext tx, Stamp s, String fromId, String toId, Stage now, Stage wanted) {
        Thing<Relationship> t = relationships(tx, fromId, toId)
                .orElseThrow(() -> nothing("no partner '" + fromId + "' or no partner or group '" + toId + "'"));
        t.refuseIfStale(s.options(), s.user());
        Optional<Relationship> base = t.latestOn(s.asOf(), s.user()).map(Thing.Rec::value);
        Relationship after = new Relationship(
                fromId,
                toId,
                now,
                wanted,
                base.map(Relationship::priority).orElse(""),
                base.map(Relationship::lead).orElse(""),
                base.map(Relationship::background).orElse(List.of()),
                base.map(Relationship::actions).orElse(""),
                base.map(Relationship::provenance).orElse(Provenance.NONE),
                s.dating(t));
        return append(tx, s, t, after, "RELATIONSHIP", "Partner|Group", fromId, toId, Assessments.props(after));
    }

    static Optional<Thing<Relationship>> relationships(TransactionContext tx, String fromId, String toId) {
        Result r = tx.run(
                "MATCH (a:Partner {id: $a}) MATCH (b:Partner|Group {id: $b})"
                        + " OPTIONAL MATCH (a)-[x:RELATIONSHIP]->(b)" + WAVE + ENDS,
                Map.of("a", fromId, "b", toId));
        return Thing.read(
                r,
                ChangeLog.Kind.STAGE,
                rec -> "the stages of " + rec.get("a").asString("") + " with "
                        + rec.get("b").asString(""),
                x -> Assessments.relationship(fromId, toId, x));
    }

    static Change<Membership> addMembership(TransactionContext tx, Stamp s, Membership m) {
        Thing<Membership> t = memberships(tx, m.partnerId(), m.groupId())
                .orElseThrow(() ->
                        new StoreException("no partner '" + m.partnerId() + "' or no group '" + m.groupId() + "'"));
        t.refuseIfStale(s.options(), s.user());
        Membership after = new Membership(m.partnerId(), m.groupId(), m.role(), m.provenance(), s.dating(t), m.until());
        return append(tx, s, t, after, "MEMBER_OF", "Group", m.partnerId(), m.groupId(), Assessments.props(after));
    }

    static Change<Membership> removeMembership(TransactionContext tx, Stamp s, String partnerId, String groupId) {
        Optional<Thing<Membership>> found = memberships(tx, partnerId, groupId);
        if (found.isEmpty() || found.get().valueOn(s.asOf(), s.user()).isEmpty()) {
            return new Change<>(Optional.empty(), Optional.empty());
        }
        Thing<Membership> t = found.get();
        t.refuseIfStale(s.options(), s.user());
        Membership end =
                t.valueOn(s.asOf(), s.user()).get().withDating(s.dating(t).asEnd());
        return append(tx, s, t, end, "MEMBER_OF", "Group", partnerId, groupId, Assessments.props(end));
    }

    static Optional<Thing<Membership>> memberships(TransactionContext tx, String partnerId, String groupId) {
        Result r = tx.run(
                "MATCH (a:Partner {id: $a}) MATCH (b:Group {id: $b}) OPTIONAL MATCH (a)-[x:MEMBER_OF]->(b)" + WAVE
                        + ENDS,
                Map.of("a", partnerId, "b", groupId));
        return Thing.read(
                r,
                ChangeLog.Kind.MEMBERSHIP,
                rec -> "the membership of " + rec.get("a").asString("") + " in "
                        + rec.get("b").asString(""),
                x -> Assessments.membership(partnerId, groupId, x));
    }

    /** Appends {@code after}'s record between the two ends; the new record is the change's after. */
    private static <T> Change<T> append(
            TransactionContext tx,
            Stamp s,
            Thing<T> t,
            T after,
            String type,
            String toLabel,
            String from,
            String to,
            Map<String, Object> props) {
        Optional<T> before = t.valueOn(s.asOf(), s.user());
        tx.run(
                        "MATCH (a:Partner {id: $a}) MATCH (b:" + toLabel + " {id: $b}) CREATE (a)-[x:" + type
                                + "]->(b) SET x = $props",
                        Map.of("a", from, "b", to, "props", props))
                .consume();
        touch(tx, t.partnership, s);
        boolean ended = Boolean.TRUE.equals(props.get("ended"));
        return new Change<>(before, ended ? Optional.empty() : Optional.of(after), (String) props.get("rid"));
    }

    /** Marks the partnership changed, for {@link GraphStore#lastChange()}. */
    static void touch(TransactionContext tx, String partnership, Stamp s) {
        tx.run(
                        "MATCH (p:Partnership {id: $p}) SET p.changed_at = $at, p.changed_by = $by",
                        Map.of("p", partnership, "at", s.now().atZone(java.time.ZoneOffset.UTC), "by", s.user()))
                .consume();
    }

    static Change<Partner> addPartner(TransactionContext tx, Partner p) {
        Result exists = tx.run("MATCH (n:Partner {id: $id}) RETURN count(n) AS n", Map.of("id", p.id()));
        if (exists.single().get("n").asLong() > 0) {
            throw new StoreException("There is already a partner with the id '" + p.id() + "'.");
        }
        tx.run("CREATE (n:Partner) SET n = $props", Map.of("props", Props.partner(p)))
                .consume();
        return new Change<>(Optional.empty(), Optional.of(p));
    }

    static void removePartner(TransactionContext tx, String id) {
        tx.run("MATCH (n:Partner {id: $id}) DETACH DELETE n", Map.of("id", id)).consume();
    }

    /** Deletes the one record with this id; false where there is none. */
    static boolean retract(TransactionContext tx, Stamp s, String rid) {
        for (String type : Schema.ASSESSMENTS) {
            List<String> p = tx.run(
                            "MATCH (a)-[x:" + type + " {rid: $rid}]->() WITH a, x DELETE x RETURN a.partnership AS p",
                            Map.of("rid", rid))
                    .list(r -> r.get("p").asString(""));
            if (!p.isEmpty()) {
                touch(tx, p.get(0), s);
                return true;
            }
        }
        List<String> p = tx.run(
                        "MATCH (n:Measurement {rid: $rid}) WITH n, n.partnership AS p DETACH DELETE n RETURN p",
                        Map.of("rid", rid))
                .list(r -> r.get("p").asString(""));
        p.forEach(x -> touch(tx, x, s));
        return !p.isEmpty();
    }

    static StoreException nothing(String problem) {
        return new StoreException("Nothing was changed: " + problem + ".");
    }

    /** A measurement need not be in an area, and Map.of takes no null. */
    static Map<String, Object> measurementParameters(Measurement m, Map<String, Object> props) {
        Map<String, Object> p = new HashMap<>();
        p.put("i", m.indicatorId());
        p.put("a", m.areaId());
        p.put("props", props);
        return p;
    }
}
