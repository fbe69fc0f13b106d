package org.partnergraph.store;

import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Labels, relationship types, and the constraints and indexes created (idempotently) at start. */
public final class Schema {

    /** Every node label; each has a unique {@code id}. */
    public static final List<String> LABELS = List.of("Partnership", "Partner", "Group", "Theme", "Objective",
            "Indicator", "Measurement", "Area", "Initiative");

    /** Labels whose nodes have a searchable {@code name}. */
    public static final List<String> NAMED = List.of("Partner", "Group", "Theme", "Objective", "Indicator", "Area",
            "Initiative");

    public static final List<String> RELATIONSHIP_TYPES = List.of("MEMBER_OF", "INFLUENCES", "RELATIONSHIP", "UNDER",
            "WORKS_ON", "MEASURES", "OF", "IN", "WITHIN", "LEADS", "SUPPORTS", "CONTRIBUTES_TO", "DELIVERS");

    private Schema() {
    }

    /** Creates the uniqueness constraints and name indexes that are missing; safe to run at every start. */
    public static void ensure(Driver driver) {
        try (Session session = driver.session()) {
            for (String label : LABELS) {
                String name = label.toLowerCase(java.util.Locale.ROOT);
                session.run("CREATE CONSTRAINT " + name + "_id IF NOT EXISTS FOR (n:" + label + ") REQUIRE n.id IS UNIQUE")
                        .consume();
                session.run("CREATE INDEX " + name + "_partnership IF NOT EXISTS FOR (n:" + label + ") ON (n.partnership)")
                        .consume();
            }
            for (String label : NAMED) {
                String name = label.toLowerCase(java.util.Locale.ROOT);
                session.run("CREATE INDEX " + name + "_name IF NOT EXISTS FOR (n:" + label + ") ON (n.name)").consume();
            }
            session.run("CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR (n:" + String.join("|", NAMED)
                    + ") ON EACH [n.name, n.code]").consume();
            session.run("CALL db.awaitIndexes(300)").consume();
        }
    }
}
