package org.partnergraph.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Partner;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Role;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;

/** The Cypher of each edit; every method runs inside the caller's write transaction. */
final class GraphEdits {

    private GraphEdits() {}

    static Change<Influence> setInfluence(
            TransactionContext tx,
            String partnerId,
            String objectiveId,
            Score influence,
            Score quality,
            Provenance provenance) {
        Optional<Influence> before = influence(tx, partnerId, objectiveId);
        Map<String, Object> props = Props.withProvenance(Props.scores(influence, quality), provenance);
        Result r = tx.run(
                "MATCH (p:Partner {id: $p}) MATCH (o:Objective {id: $o}) MERGE (p)-[x:INFLUENCES]->(o)"
                        + " SET x += $props RETURN count(x) AS n",
                Map.of("p", partnerId, "o", objectiveId, "props", props));
        requireOne(r, "no partner '" + partnerId + "' or no objective '" + objectiveId + "'");
        return new Change<>(before, influence(tx, partnerId, objectiveId));
    }

    static Change<Influence> removeInfluence(TransactionContext tx, String partnerId, String objectiveId) {
        Optional<Influence> before = influence(tx, partnerId, objectiveId);
        tx.run(
                        "MATCH (:Partner {id: $p})-[x:INFLUENCES]->(:Objective {id: $o}) DELETE x",
                        Map.of("p", partnerId, "o", objectiveId))
                .consume();
        return new Change<>(before, Optional.empty());
    }

    static Optional<Influence> influence(TransactionContext tx, String partnerId, String objectiveId) {
        Result r = tx.run(
                "MATCH (:Partner {id: $p})-[x:INFLUENCES]->(:Objective {id: $o}) RETURN properties(x) AS x",
                Map.of("p", partnerId, "o", objectiveId));
        return r.list().stream().findFirst().map(rec -> {
            Value x = rec.get("x");
            return new Influence(
                    partnerId,
                    objectiveId,
                    new Score(
                            x.get("influence_low").asInt(),
                            x.get("influence_high").asInt()),
                    new Score(
                            x.get("quality_low").asInt(), x.get("quality_high").asInt()),
                    GraphReader.provenance(x));
        });
    }

    static Change<Relationship> setStages(TransactionContext tx, String fromId, String toId, Stage now, Stage wanted) {
        Optional<Relationship> before = relationship(tx, fromId, toId);
        Result r = tx.run(
                "MATCH (a:Partner {id: $a}) MATCH (b {id: $b}) WHERE b:Partner OR b:Group"
                        + " MERGE (a)-[x:RELATIONSHIP]->(b) SET x += $props RETURN count(x) AS n",
                Map.of("a", fromId, "b", toId, "props", Props.stages(now, wanted)));
        requireOne(r, "no partner '" + fromId + "' or no partner or group '" + toId + "'");
        return new Change<>(before, relationship(tx, fromId, toId));
    }

    static Optional<Relationship> relationship(TransactionContext tx, String fromId, String toId) {
        Result r = tx.run(
                "MATCH (:Partner {id: $a})-[x:RELATIONSHIP]->(b {id: $b}) RETURN properties(x) AS x",
                Map.of("a", fromId, "b", toId));
        return r.list().stream().findFirst().map(rec -> {
            Value x = rec.get("x");
            String now = GraphReader.str(x, "stage_now");
            String wanted = GraphReader.str(x, "stage_wanted");
            return new Relationship(
                    fromId,
                    toId,
                    now.isEmpty() ? null : Stage.parse(now),
                    wanted.isEmpty() ? null : Stage.parse(wanted),
                    GraphReader.str(x, "priority"),
                    GraphReader.str(x, "lead"),
                    x.get("background").asList(Value::asString, java.util.List.of()),
                    GraphReader.str(x, "actions"),
                    GraphReader.provenance(x));
        });
    }

    static Change<Measurement> addMeasurement(TransactionContext tx, Measurement m) {
        Result exists = tx.run("MATCH (n:Measurement {id: $id}) RETURN count(n) AS n", Map.of("id", m.id()));
        if (exists.single().get("n").asLong() > 0) {
            throw new StoreException("The indicator already has a " + m.kind().code() + " for " + m.period()
                    + "; change that one instead.");
        }
        Result r = tx.run(
                "MATCH (i:Indicator {id: $i}) CREATE (n:Measurement) SET n = $props CREATE (n)-[:OF]->(i)"
                        + " WITH n OPTIONAL MATCH (a:Area {id: $a}) FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END |"
                        + " CREATE (n)-[:IN]->(a)) RETURN count(n) AS n",
                measurementParameters(m));
        requireOne(r, "no indicator '" + m.indicatorId() + "'");
        return new Change<>(Optional.empty(), Optional.of(m));
    }

    /** A measurement need not be in an area, and Map.of takes no null. */
    private static Map<String, Object> measurementParameters(Measurement m) {
        Map<String, Object> p = new HashMap<>();
        p.put("i", m.indicatorId());
        p.put("a", m.areaId());
        p.put("props", Props.measurement(m));
        return p;
    }

    static void removeMeasurement(TransactionContext tx, String id) {
        tx.run("MATCH (n:Measurement {id: $id}) DETACH DELETE n", Map.of("id", id))
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

    static Change<Membership> addMembership(TransactionContext tx, Membership m) {
        Result r = tx.run(
                "MATCH (p:Partner {id: $p}) MATCH (g:Group {id: $g}) OPTIONAL MATCH (p)-[old:MEMBER_OF]->(g)"
                        + " RETURN old.role AS role, old IS NOT NULL AS exists",
                Map.of("p", m.partnerId(), "g", m.groupId()));
        Record rec = r.list().stream()
                .findFirst()
                .orElseThrow(() ->
                        new StoreException("no partner '" + m.partnerId() + "' or no group '" + m.groupId() + "'"));
        Optional<Membership> before = rec.get("exists").asBoolean()
                ? Optional.of(new Membership(
                        m.partnerId(),
                        m.groupId(),
                        Role.parse(
                                rec.get("role").isNull() ? "" : rec.get("role").asString()),
                        Provenance.NONE))
                : Optional.empty();
        tx.run(
                        "MATCH (p:Partner {id: $p}) MATCH (g:Group {id: $g}) MERGE (p)-[x:MEMBER_OF]->(g) SET x += $props",
                        Map.of(
                                "p",
                                m.partnerId(),
                                "g",
                                m.groupId(),
                                "props",
                                Props.withProvenance(Props.map("role", m.role().code()), m.provenance())))
                .consume();
        return new Change<>(before, Optional.of(m));
    }

    static void removeMembership(TransactionContext tx, String partnerId, String groupId) {
        tx.run(
                        "MATCH (:Partner {id: $p})-[x:MEMBER_OF]->(:Group {id: $g}) DELETE x",
                        Map.of("p", partnerId, "g", groupId))
                .consume();
    }

    private static void requireOne(Result r, String problem) {
        if (r.single().get("n").asLong() == 0) {
            throw new StoreException("Nothing was changed: " + problem + ".");
        }
    }
}
