package org.partnergraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Brings a database written before history was kept up to the dated shape: every assessment
 * relationship and Measurement node gets the record id ({@code rid}) a load of the same row would
 * give it, so a later load merges onto it instead of adding a copy. Their other properties already
 * read as undated assessments.
 */
final class HistoryUpgrade {

    private static final int BATCH = 10_000;

    private HistoryUpgrade() {}

    static void giveRecordIds(Session session) {
        for (String type : Schema.ASSESSMENTS) {
            List<Map<String, Object>> rows =
                    session.executeRead(tx -> tx.run("MATCH (a)-[x:" + type + "]->(b) WHERE x.rid IS NULL"
                                    + " RETURN elementId(x) AS e, a.id + '\\u0000' + b.id AS key, properties(x) AS x")
                            .list(r -> row(type, r)));
            write(session, "UNWIND $rows AS r MATCH ()-[x]->() WHERE elementId(x) = r.e SET x.rid = r.rid", rows);
        }
        List<Map<String, Object>> rows = session.executeRead(tx -> tx.run("MATCH (x:Measurement) WHERE x.rid IS NULL"
                        + " RETURN elementId(x) AS e, x.id AS key, properties(x) AS x")
                .list(r -> row("Measurement", r)));
        write(session, "UNWIND $rows AS r MATCH (x) WHERE elementId(x) = r.e SET x.rid = r.rid", rows);
    }

    private static Map<String, Object> row(String kind, Record r) {
        String rid = Assessments.rid(kind, r.get("key").asString(), Assessments.dating(r.get("x")));
        return Map.of("e", r.get("e").asString(), "rid", rid);
    }

    private static void write(Session session, String cypher, List<Map<String, Object>> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            List<Map<String, Object>> batch = new ArrayList<>(rows.subList(i, Math.min(rows.size(), i + BATCH)));
            session.executeWriteWithoutResult(
                    tx -> tx.run(cypher, Map.of("rows", batch)).consume());
        }
    }
}
