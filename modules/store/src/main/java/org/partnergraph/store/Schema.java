package org.partnergraph.store;

import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Labels, relationship types, and the constraints and indexes created (idempotently) at start. */
public final class Schema {

    /** Every node label; each has a unique {@code id}. */
    public static final List<String> LABELS = List.of(
            "Partnership",
            "Partner",
            "Group",
            "Theme",
            "Objective",
            "Indicator",
            "Measurement",
            "Area",
            "Initiative",
            "Wave");

    /** Relationship types whose relationships are dated assessment records, several per pair. */
    public static final List<String> ASSESSMENTS = List.of("INFLUENCES", "RELATIONSHIP", "MEMBER_OF");

    /**
     * The version of the schema {@link #ensure} makes; an index of this name marks a database that
     * has it, so a start on an up-to-date database runs one statement instead of some forty.
     */
    static final String VERSION_MARKER = "partnergraph_schema_3";

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

    private Schema() {}

    /**
     * Creates the constraints and indexes that are missing and upgrades a database made before
     * history was kept; safe to run at every start, and one cheap statement when nothing is missing.
     */
    public static void ensure(Driver driver) {
        try (Session session = driver.session()) {
            boolean current = session.run(
                                    "SHOW INDEXES YIELD name WHERE name = $n RETURN count(*) AS c",
                                    java.util.Map.of("n", VERSION_MARKER))
                            .single()
                            .get("c")
                            .asLong()
                    > 0;
            if (current) {
                return;
            }
            create(session);
            session.run("CALL db.awaitIndexes(300)").consume();
            HistoryUpgrade.giveRecordIds(session);
            session.run("CREATE INDEX " + VERSION_MARKER + " IF NOT EXISTS FOR (n:SchemaVersion) ON (n.version)")
                    .consume();
            session.run("CALL db.awaitIndexes(300)").consume();
        }
    }

    private static void create(Session session) {
        // Measurement revisions share their id: before history was kept it was unique.
        session.run("DROP CONSTRAINT measurement_id IF EXISTS").consume();
        for (String label : LABELS) {
            String name = label.toLowerCase(java.util.Locale.ROOT);
            String key = label.equals("Measurement") ? "rid" : "id";
            session.run("CREATE CONSTRAINT " + name + "_" + key + " IF NOT EXISTS FOR (n:" + label + ") REQUIRE n."
                            + key + " IS UNIQUE")
                    .consume();
            session.run("CREATE INDEX " + name + "_partnership IF NOT EXISTS FOR (n:" + label + ") ON (n.partnership)")
                    .consume();
        }
        session.run("CREATE INDEX measurement_id_lookup IF NOT EXISTS FOR (n:Measurement) ON (n.id)")
                .consume();
        session.run("CREATE INDEX measurement_wave IF NOT EXISTS FOR (n:Measurement) ON (n.wave)")
                .consume();
        for (String type : ASSESSMENTS) {
            String name = type.toLowerCase(java.util.Locale.ROOT);
            for (String key : List.of("rid", "wave")) {
                session.run("CREATE INDEX " + name + "_" + key + " IF NOT EXISTS FOR ()-[r:" + type + "]-() ON (r."
                                + key + ")")
                        .consume();
            }
        }
        for (String label : NAMED) {
            String name = label.toLowerCase(java.util.Locale.ROOT);
            session.run("CREATE INDEX " + name + "_name IF NOT EXISTS FOR (n:" + label + ") ON (n.name)")
                    .consume();
        }
        // Full-text indexes over names (node_names, then node_search with aliases) were kept up on
        // every load and read by nothing but a test; a database that has one loses it.
        session.run("DROP INDEX node_names IF EXISTS").consume();
        session.run("DROP INDEX node_search IF EXISTS").consume();
        session.run("DROP INDEX partnergraph_schema_2 IF EXISTS").consume();
    }
}
