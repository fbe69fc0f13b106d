package org.partnergraph.store;

import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Labels, relationship types, and the constraints and indexes created (idempotently) at start. */
public final class Schema {

    /** Every node label; each has a unique {@code id}. */
    public static final List<String> LABELS = List.of(
            "Partnership", "Partner", "Group", "Theme", "Objective", "Indicator", "Measurement", "Area", "Initiative");

    /** Labels whose nodes have a searchable {@code name}. */
    public static final List<String> NAMED =
            List.of("Partner", "Group", "Theme", "Objective", "Indicator", "Area", "Initiative");

    public static final List<String> RELATIONSHIP_TYPES = List.of(
            "MEMBER_OF",
            "INFLUENCES",
            "RELATIONSHIP",
            "UNDER",
            "WORKS_ON",
            "MEASURES",
            "OF",
            "IN",
            "WITHIN",
            "LEADS",
            "SUPPORTS",
            "CONTRIBUTES_TO",
            "DELIVERS");

    /** The full-text index over names, codes and aliases (lists of strings are indexed item by item). */
    static final String SEARCH_INDEX = "node_search";

    private Schema() {}

    /** Creates the uniqueness constraints and name indexes that are missing; safe to run at every start. */
    public static void ensure(Driver driver) {
        try (Session session = driver.session()) {
            for (String label : LABELS) {
                String name = label.toLowerCase(java.util.Locale.ROOT);
                session.run("CREATE CONSTRAINT " + name + "_id IF NOT EXISTS FOR (n:" + label
                                + ") REQUIRE n.id IS UNIQUE")
                        .consume();
                session.run("CREATE INDEX " + name + "_partnership IF NOT EXISTS FOR (n:" + label
                                + ") ON (n.partnership)")
                        .consume();
            }
            for (String label : NAMED) {
                String name = label.toLowerCase(java.util.Locale.ROOT);
                session.run("CREATE INDEX " + name + "_name IF NOT EXISTS FOR (n:" + label + ") ON (n.name)")
                        .consume();
            }
            // node_names (name and code only) came first; a database made before aliases were searched
            // has it, and gets node_search in its place.
            session.run("DROP INDEX node_names IF EXISTS").consume();
            session.run("CREATE FULLTEXT INDEX " + SEARCH_INDEX + " IF NOT EXISTS FOR (n:" + String.join("|", NAMED)
                            + ") ON EACH [n.name, n.code, n.aliases]")
                    .consume();
            session.run("CALL db.awaitIndexes(300)").consume();
        }
    }
}
