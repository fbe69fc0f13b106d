package org.partnergraph.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.partnergraph.model.Dating;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Wave;

/**
 * Re-assessment waves: a draft starts as a copy of the current ratings and stages, dated at the
 * wave's date, seen only by its author until published. Runs inside the caller's write transaction.
 */
final class WaveEdits {

    private WaveEdits() {}

    static Wave start(
            TransactionContext tx, GraphEdits.Stamp s, String partnership, String name, LocalDate date, String author) {
        if (name == null || name.isBlank() || date == null) {
            throw new StoreException("A wave needs a name and a date; nothing was changed.");
        }
        String id = partnership + ":" + slug(name);
        boolean known = tx.run("MATCH (p:Partnership {id: $p}) RETURN count(p) AS n", Map.of("p", partnership))
                        .single()
                        .get("n")
                        .asLong()
                > 0;
        if (!known) {
            throw new StoreException("There is no partnership '" + partnership + "'; nothing was changed.");
        }
        if (!waves(tx, id, null).isEmpty()) {
            throw new StoreException("There is already a wave '" + name.strip() + "' in " + partnership
                    + "; choose another name. Nothing was changed.");
        }
        LocalDate today = s.asOf();
        Wave wave = new Wave(
                id, partnership, name.strip(), date, author, false, "started from the ratings and stages of " + today);
        tx.run("CREATE (w:Wave) SET w = $props", Map.of("props", Props.wave(wave)))
                .consume();
        PartnershipGraph current = new GraphReader(tx, partnership).read().asOf(today, author);
        Dating d = new Dating(date, s.now().truncatedTo(ChronoUnit.MILLIS), author, id, false);
        copy(
                tx,
                "INFLUENCES",
                "Objective",
                current.influences().stream()
                        .map(i -> row(i.partnerId(), i.objectiveId(), Assessments.props(i.withDating(d))))
                        .toList());
        copy(
                tx,
                "RELATIONSHIP",
                "Partner|Group",
                current.relationships().stream()
                        .map(r -> row(r.fromId(), r.toId(), Assessments.props(r.withDating(d))))
                        .toList());
        GraphEdits.touch(tx, partnership, s);
        return wave;
    }

    private static Map<String, Object> row(String from, String to, Map<String, Object> props) {
        return Map.of("from", from, "to", to, "props", props);
    }

    private static void copy(TransactionContext tx, String type, String toLabel, List<Map<String, Object>> rows) {
        tx.run(
                        "UNWIND $rows AS r MATCH (a:Partner {id: r.from}) MATCH (b:" + toLabel
                                + " {id: r.to}) CREATE (a)-[x:" + type + "]->(b) SET x = r.props",
                        Map.of("rows", rows))
                .consume();
    }

    static Wave publish(TransactionContext tx, GraphEdits.Stamp s, String id) {
        Wave w = one(tx, id);
        tx.run("MATCH (w:Wave {id: $id}) SET w.published = true", Map.of("id", id))
                .consume();
        GraphEdits.touch(tx, w.partnership(), s);
        return w.publish();
    }

    /** Deletes a draft and every record in it; a published wave stays (others may have seen it). */
    static void delete(TransactionContext tx, GraphEdits.Stamp s, String id) {
        Wave w = one(tx, id);
        if (w.published()) {
            throw new StoreException("The wave '" + w.name() + "' is published and others may have seen it, so it"
                    + " stays; nothing was changed.");
        }
        for (String type : Schema.ASSESSMENTS) {
            tx.run("MATCH ()-[x:" + type + " {wave: $id}]->() DELETE x", Map.of("id", id))
                    .consume();
        }
        tx.run("MATCH (n:Measurement {wave: $id}) DETACH DELETE n", Map.of("id", id))
                .consume();
        tx.run("MATCH (w:Wave {id: $id}) DELETE w", Map.of("id", id)).consume();
        GraphEdits.touch(tx, w.partnership(), s);
    }

    private static Wave one(TransactionContext tx, String id) {
        return waves(tx, id, null).stream()
                .findFirst()
                .orElseThrow(() -> new StoreException("There is no wave '" + id + "'; nothing was changed."));
    }

    /** The waves with this id, or (id null) of this partnership, or (both null) all, by date. */
    static List<Wave> waves(TransactionContext tx, String id, String partnership) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", id);
        p.put("p", partnership);
        return tx.run(
                        "MATCH (w:Wave) WHERE ($id IS NULL OR w.id = $id) AND ($p IS NULL OR w.partnership = $p)"
                                + " RETURN w ORDER BY w.date, w.id",
                        p)
                .list(r -> Assessments.wave(r.get("w")));
    }

    static String slug(String name) {
        String s = name.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "wave" : s;
    }
}
