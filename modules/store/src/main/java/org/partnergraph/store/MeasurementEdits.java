package org.partnergraph.store;

import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.Measurement;

/**
 * Edits of measurements: a changed value is a new revision, a Measurement node sharing the id of
 * the ones before; a removal is an ended revision. Runs inside the caller's write transaction.
 */
final class MeasurementEdits {

    private static final String RECORDS = " OPTIONAL MATCH (x)-[:IN]->(ar:Area) OPTIONAL MATCH (w:Wave {id: x.wave})"
            + " RETURN i.name AS a, '' AS b, i.partnership AS partnership,"
            + " CASE WHEN x IS NULL THEN NULL ELSE x {.*, indicator: i.id, area: ar.id} END AS x,"
            + " w.published AS published, w.author AS author";

    private MeasurementEdits() {}

    static Change<Measurement> add(TransactionContext tx, GraphEdits.Stamp s, Measurement m) {
        Result r = tx.run(
                "MATCH (i:Indicator {id: $i}) OPTIONAL MATCH (x:Measurement {id: $id})-[:OF]->(i)" + RECORDS,
                Map.of("i", m.indicatorId(), "id", m.id()));
        Thing<Measurement> t = Thing.read(
                        r,
                        ChangeLog.Kind.MEASUREMENT,
                        rec -> "the " + m.kind().code() + " of " + rec.get("a").asString("") + " for " + m.period(),
                        GraphReader::measurement)
                .orElseThrow(() -> GraphEdits.nothing("no indicator '" + m.indicatorId() + "'"));
        t.refuseIfStale(s.options(), s.user());
        Optional<Measurement> before = t.valueOn(s.asOf(), s.user());
        if (before.isPresent() && before.get().value() == m.value()) {
            throw new StoreException("The indicator already has the " + m.kind().code() + " " + number(m.value())
                    + " for " + m.period() + "; nothing was changed.");
        }
        Measurement after = m.withDating(s.dating(t));
        return append(tx, s, t, before, after);
    }

    static Change<Measurement> remove(TransactionContext tx, GraphEdits.Stamp s, String id) {
        Result r = tx.run("MATCH (x:Measurement {id: $id})-[:OF]->(i:Indicator)" + RECORDS, Map.of("id", id));
        Optional<Thing<Measurement>> found = Thing.read(
                r,
                ChangeLog.Kind.MEASUREMENT,
                rec -> "the " + GraphReader.str(rec.get("x"), "kind") + " of "
                        + rec.get("a").asString("") + " for " + GraphReader.str(rec.get("x"), "period"),
                GraphReader::measurement);
        Optional<Measurement> before = found.flatMap(t -> t.valueOn(s.asOf(), s.user()));
        if (before.isEmpty()) {
            return new Change<>(Optional.empty(), Optional.empty());
        }
        Thing<Measurement> t = found.get();
        t.refuseIfStale(s.options(), s.user());
        return append(tx, s, t, before, before.get().withDating(s.dating(t).asEnd()));
    }

    private static Change<Measurement> append(
            TransactionContext tx,
            GraphEdits.Stamp s,
            Thing<Measurement> t,
            Optional<Measurement> before,
            Measurement after) {
        Map<String, Object> props = Assessments.props(after);
        Result r = tx.run(
                "MATCH (i:Indicator {id: $i}) CREATE (n:Measurement) SET n = $props CREATE (n)-[:OF]->(i)"
                        + " WITH n OPTIONAL MATCH (a:Area {id: $a}) FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END |"
                        + " CREATE (n)-[:IN]->(a)) RETURN count(n) AS n",
                GraphEdits.measurementParameters(after, props));
        if (r.single().get("n").asLong() == 0) {
            throw GraphEdits.nothing("no indicator '" + after.indicatorId() + "'");
        }
        GraphEdits.touch(tx, t.partnership, s);
        return new Change<>(
                before, after.dating().ended() ? Optional.empty() : Optional.of(after), Assessments.rid(after));
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
