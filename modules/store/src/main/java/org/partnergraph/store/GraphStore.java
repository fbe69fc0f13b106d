package org.partnergraph.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Manifest;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Node;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;

/**
 * The rest of Partnergraph's one way into the database. Reads run in read transactions, every
 * load and edit in one write transaction (managed, so transient errors are retried); driver
 * exceptions become {@link StoreException}s with a sentence. Thread-safe; never call it on the
 * Swing event thread.
 */
public final class GraphStore implements GraphWriter {

    private final Neo4jConnection connection;

    /** Wraps an open connection and makes sure the schema exists. */
    public GraphStore(Neo4jConnection connection) {
        this.connection = connection;
        call(() -> {
            Schema.ensure(connection.driver());
            return null;
        });
    }

    public Neo4jConnection connection() {
        return connection;
    }

    /**
     * Writes a checked dataset all-or-nothing.
     *
     * @param progress receives the rows written so far, of {@link #loadSize(PartnershipGraph)}
     * @return rows written
     */
    public long load(Manifest manifest, PartnershipGraph graph, LongConsumer progress) {
        return load(manifest, graph, progress, () -> false);
    }

    /**
     * As {@link #load(Manifest, PartnershipGraph, LongConsumer)}, asking {@code cancelled} before
     * every batch: once it says true the transaction is rolled back and {@link
     * LoadCancelledException} thrown, and the database is as it was.
     */
    public long load(Manifest manifest, PartnershipGraph graph, LongConsumer progress, BooleanSupplier cancelled) {
        return write(session -> new DatasetLoader(manifest, graph, progress, cancelled).load(session));
    }

    /** How many rows (nodes and relationships) a load of {@code graph} writes. */
    public static long loadSize(PartnershipGraph graph) {
        return DatasetLoader.size(graph);
    }

    /** Every partnership's graph. */
    @Override
    public PartnershipGraph readGraph() {
        return read(tx -> new GraphReader(tx, null).read());
    }

    /** One partnership's graph. */
    public PartnershipGraph readGraph(String partnership) {
        return read(tx -> new GraphReader(tx, partnership).read());
    }

    /** A theme's part of the graph (see {@link ThemeSlice}). */
    public PartnershipGraph readTheme(String themeId) {
        return ThemeSlice.of(readGraph(), themeId);
    }

    /** The manifests of the partnerships in the database, by id. */
    public List<Manifest> partnerships() {
        return read(tx -> new GraphReader(tx, null).manifests());
    }

    public Optional<Manifest> partnership(String id) {
        return read(tx -> new GraphReader(tx, id).manifests()).stream().findFirst();
    }

    /** Any node by id, with its type's record. */
    public Optional<Node> node(String id) {
        return readGraph(partnershipOf(id)).node(id);
    }

    /** Nodes whose name or code matches {@code text} (full-text, prefix), best first. */
    public List<String> search(String text, int limit) {
        String query = text.strip().replaceAll("[^\\p{L}\\p{N} ]", " ").strip();
        if (query.isEmpty()) {
            return List.of();
        }
        String lucene = String.join(
                " AND ",
                java.util.Arrays.stream(query.split("\\s+")).map(w -> w + "*").toList());
        return read(tx -> tx.run(
                        "CALL db.index.fulltext.queryNodes('" + Schema.SEARCH_INDEX + "', $q) YIELD node, score"
                                + " RETURN node.id AS id LIMIT $limit",
                        Map.of("q", lucene, "limit", limit))
                .list(r -> r.get("id").asString()));
    }

    /**
     * Counts of nodes per label and relationships per type, for all partnerships or one; every
     * label and type appears, with 0 where there are none.
     */
    public Map<String, Long> stats(String partnership) {
        return read(tx -> {
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
        });
    }

    /** Deletes one partnership's nodes and relationships, all in one transaction. */
    public void clear(String partnership) {
        writeTx(tx -> {
            for (String label : Schema.LABELS) {
                tx.run("MATCH (n:" + label + " {partnership: $p}) DETACH DELETE n", Map.of("p", partnership))
                        .consume();
            }
            return null;
        });
    }

    // ---- edits: each one transaction, returning the state before and after ----

    @Override
    public Change<Influence> setInfluence(
            String partnerId, String objectiveId, Score influence, Score quality, Provenance provenance) {
        return writeTx(tx -> GraphEdits.setInfluence(tx, partnerId, objectiveId, influence, quality, provenance));
    }

    @Override
    public Change<Influence> removeInfluence(String partnerId, String objectiveId) {
        return writeTx(tx -> GraphEdits.removeInfluence(tx, partnerId, objectiveId));
    }

    public Optional<Influence> influence(String partnerId, String objectiveId) {
        return read(tx -> GraphEdits.influence(tx, partnerId, objectiveId));
    }

    @Override
    public Change<Relationship> setStages(String fromId, String toId, Stage now, Stage wanted) {
        return writeTx(tx -> GraphEdits.setStages(tx, fromId, toId, now, wanted));
    }

    public Optional<Relationship> relationship(String fromId, String toId) {
        return read(tx -> GraphEdits.relationship(tx, fromId, toId));
    }

    @Override
    public Change<Measurement> addMeasurement(Measurement m) {
        return writeTx(tx -> GraphEdits.addMeasurement(tx, m));
    }

    @Override
    public void removeMeasurement(String id) {
        writeTx(tx -> {
            GraphEdits.removeMeasurement(tx, id);
            return null;
        });
    }

    @Override
    public Change<Partner> addPartner(Partner p) {
        return writeTx(tx -> GraphEdits.addPartner(tx, p));
    }

    @Override
    public void removePartner(String id) {
        writeTx(tx -> {
            GraphEdits.removePartner(tx, id);
            return null;
        });
    }

    @Override
    public Change<Membership> addMembership(Membership m) {
        return writeTx(tx -> GraphEdits.addMembership(tx, m));
    }

    @Override
    public void removeMembership(String partnerId, String groupId) {
        writeTx(tx -> {
            GraphEdits.removeMembership(tx, partnerId, groupId);
            return null;
        });
    }

    // ---- plumbing ----

    private static String partnershipOf(String id) {
        int colon = id.indexOf(':');
        return colon > 0 ? id.substring(0, colon) : null;
    }

    private <T> T read(Function<TransactionContext, T> work) {
        return write(session -> session.executeRead(work::apply));
    }

    private <T> T writeTx(Function<TransactionContext, T> work) {
        return write(session -> session.executeWrite(work::apply));
    }

    private <T> T write(Function<Session, T> work) {
        return call(() -> {
            try (Session session = connection.driver().session()) {
                return work.apply(session);
            }
        });
    }

    private <T> T call(java.util.concurrent.Callable<T> work) {
        try {
            return work.call();
        } catch (StoreException e) {
            throw e;
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new DatabaseUnavailableException(
                    "Lost the connection to " + connection.uri() + ": " + e.getMessage(), e);
        } catch (Neo4jException e) {
            throw new StoreException(
                    "The database refused the operation (" + e.code() + "): " + e.getMessage()
                            + " Nothing was changed.",
                    e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
