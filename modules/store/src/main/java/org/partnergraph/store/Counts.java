package org.partnergraph.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/** Node counts per label and relationship counts per type ({@link GraphStore#stats(String)}). */
final class Counts {

    private Counts() {}

    static Map<String, Long> of(TransactionContext tx, String partnership) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("p", partnership);
        for (String label : Schema.LABELS) {
            counts.put(
                    label,
                    tx.run(
                                    "MATCH (n:" + label + ") WHERE $p IS NULL OR n.partnership = $p"
                                            + " RETURN count(n) AS c",
                                    p)
                            .single()
                            .get("c")
                            .asLong());
        }
        for (String type : Schema.RELATIONSHIP_TYPES) {
            counts.put(
                    type,
                    tx.run(
                                    "MATCH (n)-[r:" + type + "]->() WHERE $p IS NULL OR n.partnership = $p"
                                            + " RETURN count(r) AS c",
                                    p)
                            .single()
                            .get("c")
                            .asLong());
        }
        return counts;
    }
}
