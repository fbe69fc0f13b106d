package org.partnergraph.store;

import java.time.Clock;
import java.time.LocalDate;
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
import org.partnergraph.model.Wave;

/**
 * The rest of Partnergraph's one way into the database. Reads run in read transactions, every
 * load and edit in one write transaction (managed, so transient errors are retried); driver
 * exceptions become {@link StoreException}s with a sentence. Thread-safe; never call it on the
 * Swing event thread.
 *
 * <p>The database holds a history (docs/architecture.md, "History"): {@link #readHistory()} gives
 * every dated assessment, {@link #readGraph(LocalDate, String)} the snapshot as of a date, and
 * {@link #readGraph()} the current one (as of today, as {@link #user()} sees it). Edits append one
 * record each, stamped by the store's clock and user; {@link #retract(String)} takes one back.
 */
public final class GraphStore implements GraphWriter {

    private final Neo4jConnection connection;
    private final Clock clock;
    private final String user;

    /**
     * Wraps an open connection and makes sure the schema exists; edits are recorded at the system
     * clock's time by the OS user.
     */
    @SuppressWarnings("JavaTimeDefaultTimeZone") // "today" is the user's day, in the user's zone
    public GraphStore(Neo4jConnection connection) {
        this(connection, Clock.systemDefaultZone(), System.getProperty("user.name", ""));
    }

    /**
     * As {@link #GraphStore(Neo4jConnection)}, recording edits at {@code clock}'s time (whose zone
     * also says which day "today" is) by {@code user}, who also sees their own draft waves.
     */
    public GraphStore(Neo4jConnection connection, Clock clock, String user) {
        this.connection = connection;
        this.clock = clock;
        this.user = user == null ? "" : user;
        call(() -> {
            Schema.ensure(connection.driver());
            return null;
        });
    }

    public Neo4jConnection connection() {
        return connection;
    }

    /** Who this store records edits by (unless an edit names someone) and shows drafts to. */
    public String user() {
        return user;
    }

    /** Today, by the store's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
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

    /** Every partnership's current graph: as of today, as the store's user sees it. */
    @Override
    public PartnershipGraph readGraph() {
        return readGraph(today(), user);
    }

    /** One partnership's current graph. */
    public PartnershipGraph readGraph(String partnership) {
        return readGraph(partnership, today(), user);
    }

    /**
     * Every partnership's graph as of {@code date} as {@code viewer} sees it (drafts of their own
     * waves included); see {@link PartnershipGraph#asOf(LocalDate, String)}. One read of the history
     * and a fold in memory, so it costs what reading the current graph costs.
     */
    public PartnershipGraph readGraph(LocalDate date, String viewer) {
        return readHistory().asOf(date, viewer);
    }

    /** One partnership's graph as of {@code date} as {@code viewer} sees it. */
    public PartnershipGraph readGraph(String partnership, LocalDate date, String viewer) {
        return readHistory(partnership).asOf(date, viewer);
    }

    /** Every partnership's history: every assessment with its dating, and every wave (drafts too). */
    @Override
    public PartnershipGraph readHistory() {
        return read(tx -> new GraphReader(tx, null).read());
    }

    /** One partnership's history. */
    public PartnershipGraph readHistory(String partnership) {
        return read(tx -> new GraphReader(tx, partnership).read());
    }

    /** The manifests of the partnerships in the database, by id. */
    public List<Manifest> partnerships() {
        return read(tx -> new GraphReader(tx, null).manifests());
    }

    public Optional<Manifest> partnership(String id) {
        return read(tx -> new GraphReader(tx, id).manifests()).stream().findFirst();
    }

    /** Any node by id, with its type's record: a lookup by id in each node label's unique index. */
    public Optional<Node> node(String id) {
        return read(tx -> new GraphReader(tx, partnershipOf(id)).node(id));
    }

    /**
     * Counts of nodes per label and relationships per type, for all partnerships or one; every
     * label and type appears, with 0 where there are none.
     */
    public Map<String, Long> stats(String partnership) {
        return read(tx -> Counts.of(tx, partnership));
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

    // ---- edits: each one transaction, appending one record and returning the state before and after ----

    @Override
    public Change<Influence> setInfluence(
            String partnerId,
            String objectiveId,
            Score influence,
            Score quality,
            Provenance provenance,
            EditOptions o) {
        return edit(
                o, (tx, s) -> GraphEdits.setInfluence(tx, s, partnerId, objectiveId, influence, quality, provenance));
    }

    @Override
    public Change<Influence> removeInfluence(String partnerId, String objectiveId, EditOptions o) {
        return edit(o, (tx, s) -> GraphEdits.removeInfluence(tx, s, partnerId, objectiveId));
    }

    /** The current rating of a partner on an objective. */
    public Optional<Influence> influence(String partnerId, String objectiveId) {
        LocalDate today = today();
        return read(tx -> GraphEdits.influences(tx, partnerId, objectiveId).flatMap(t -> t.valueOn(today, user)));
    }

    @Override
    public Change<Relationship> setStages(String fromId, String toId, Stage now, Stage wanted, EditOptions o) {
        return edit(o, (tx, s) -> GraphEdits.setStages(tx, s, fromId, toId, now, wanted));
    }

    /** The current engagement-tracker row from one partner to a partner or group. */
    public Optional<Relationship> relationship(String fromId, String toId) {
        LocalDate today = today();
        return read(tx -> GraphEdits.relationships(tx, fromId, toId).flatMap(t -> t.valueOn(today, user)));
    }

    @Override
    public Change<Measurement> addMeasurement(Measurement m, EditOptions o) {
        return edit(o, (tx, s) -> MeasurementEdits.add(tx, s, m));
    }

    @Override
    public Change<Measurement> removeMeasurement(String id, EditOptions o) {
        return edit(o, (tx, s) -> MeasurementEdits.remove(tx, s, id));
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
    public Change<Membership> addMembership(Membership m, EditOptions o) {
        return edit(o, (tx, s) -> GraphEdits.addMembership(tx, s, m));
    }

    @Override
    public Change<Membership> removeMembership(String partnerId, String groupId, EditOptions o) {
        return edit(o, (tx, s) -> GraphEdits.removeMembership(tx, s, partnerId, groupId));
    }

    @Override
    public void retract(String rid) {
        edit(EditOptions.NOW, (tx, s) -> {
            if (!GraphEdits.retract(tx, s, rid)) {
                throw new StoreException("There is no record '" + rid + "' to take back; nothing was changed.");
            }
            return null;
        });
    }

    /**
     * The latest edit, undo or wave change by anyone (not loads), or empty where there was none:
     * one small read, for a workbench to poll.
     */
    public Optional<LastChange> lastChange() {
        return read(tx -> tx
                .run("MATCH (p:Partnership) WHERE p.changed_at IS NOT NULL"
                        + " RETURN p.changed_at AS at, p.changed_by AS by ORDER BY at DESC LIMIT 1")
                .list(r -> new LastChange(
                        r.get("at").asZonedDateTime().toInstant(), r.get("by").asString("")))
                .stream()
                .findFirst());
    }

    // ---- waves ----

    /**
     * Starts a draft wave: a copy of {@code partnership}'s current ratings and stages (as {@code
     * author} sees them today) as assessments holding from {@code date}, in the wave, seen only by
     * {@code author} until {@link #publishWave(String)}.
     */
    public Wave startWave(String partnership, String name, LocalDate date, String author) {
        return edit(EditOptions.NOW.by(author), (tx, s) -> WaveEdits.start(tx, s, partnership, name, date, author));
    }

    /** Publishes a wave: everyone sees its assessments from now on. */
    public Wave publishWave(String id) {
        return edit(EditOptions.NOW, (tx, s) -> WaveEdits.publish(tx, s, id));
    }

    /** Deletes a draft wave and every record in it; refuses a published one. */
    public void deleteWave(String id) {
        edit(EditOptions.NOW, (tx, s) -> {
            WaveEdits.delete(tx, s, id);
            return null;
        });
    }

    /** A partnership's waves (drafts included), by date. */
    public List<Wave> waves(String partnership) {
        return read(tx -> WaveEdits.waves(tx, null, partnership));
    }

    private interface Edit<T> {
        T run(TransactionContext tx, GraphEdits.Stamp stamp);
    }

    private <T> T edit(EditOptions o, Edit<T> work) {
        GraphEdits.Stamp stamp = new GraphEdits.Stamp(
                o.asOf() == null ? today() : o.asOf(), clock.instant(), o.user() == null ? user : o.user(), o);
        return writeTx(tx -> work.run(tx, stamp));
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
