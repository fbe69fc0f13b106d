package org.partnergraph.workbench.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Period;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Role;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;
import org.partnergraph.store.Change;
import org.partnergraph.store.EditOptions;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.GraphWriter;
import org.partnergraph.store.StoreException;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.store.testing.TestBundles;
import org.partnergraph.workbench.context.SharedGraph;
import org.partnergraph.workbench.context.StatusMessages;

/**
 * Edits, undo and redo through the real embedded Neo4j, with a writer in front of it that makes
 * chosen writes fail: after every step, the graph shown and the graph saved agree.
 */
@ExtendWith(EmbeddedDatabase.class)
class EditServiceIT {

    private static final String NHS = "testshire:nhs";
    private static final String OBJ1 = "testshire:obj-1";

    private final SharedGraph graph = new SharedGraph();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private FailingWriter writer;
    private EditService edits;
    private GraphStore store;

    @BeforeEach
    void load() throws Exception {
        store = EmbeddedDatabase.store();
        Dataset d = BundleReader.read(TestBundles.small());
        store.load(d.manifest(), d.graph(), n -> {});
        writer = new FailingWriter(store);
        edits = new EditService(graph, () -> writer, new StatusMessages() {
            @Override
            public void info(String sentence) {}

            @Override
            public void error(String sentence) {
                errors.add(sentence);
            }
        });
        PartnershipGraph saved = store.readGraph();
        edt(() -> graph.replace(saved, "Loaded"));
    }

    @Test
    void aFailedEditFollowedByOneThatSavesShowsWhatNeo4jHolds() throws Exception {
        assertThat(quality(store.readGraph())).isEqualTo(Score.of(3));
        writer.hold();
        writer.failWhen(call -> call.contains("quality " + Score.of(4)));
        CompletionStage<Void> a = onEdt(() -> edits.perform("set A", setQuality(4)));
        CompletionStage<Void> b = onEdt(() -> edits.perform("set B", setQuality(5)));
        writer.release();
        assertThat(completesExceptionally(a)).as("A failed").isTrue();
        assertThat(completesExceptionally(b)).as("B saved").isFalse();

        eventually("shown = saved", () -> Objects.equals(quality(onEdt(graph::current)), quality(store.readGraph())));
        assertThat(quality(store.readGraph())).isEqualTo(Score.of(5));
        assertThat(quality(onEdt(graph::current))).isEqualTo(Score.of(5));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith("Could not save \"set A\": The test made this write fail");

        // B's undo restores what was there before the failed A: 3, in both.
        assertThat(onEdt(() -> edits.stack().size())).isEqualTo(1);
        edt(edits::undo);
        eventually("undo saved", () -> Score.of(3).equals(quality(store.readGraph())));
        assertThat(quality(onEdt(graph::current))).isEqualTo(Score.of(3));
    }

    @Test
    void aFailureArrivingAfterConnectLeavesTheNewGraphAlone() throws Exception {
        writer.hold();
        writer.failWhen(call -> call.startsWith("setInfluence"));
        CompletionStage<Void> a = onEdt(() -> edits.perform("set A", setQuality(4)));
        PartnershipGraph other = PartnershipGraph.builder().build();
        edt(() -> {
            edits.clear();
            graph.replace(other, "Connected");
        });
        writer.release();
        assertThat(completesExceptionally(a)).isTrue();
        Thread.sleep(500);
        edt(() -> {});
        assertThat(onEdt(graph::history)).isSameAs(other);
        assertThat(errors).isEmpty();
    }

    @Test
    void aFailedUndoShowsTheEditStillSavedAndItCanBeUndoneAgain() throws Exception {
        await(onEdt(() -> edits.perform("set quality 1", setQuality(1))));
        writer.failWhen(call -> call.startsWith("retract"));
        edt(edits::undo);
        eventually("error shown", () -> !errors.isEmpty());
        eventually("shown = saved", () -> Score.of(1).equals(quality(onEdt(graph::current))));
        assertThat(quality(store.readGraph())).isEqualTo(Score.of(1));
        assertThat(errors.get(0)).startsWith("Could not undo \"set quality 1\"");
        assertThat(onEdt(() -> edits.stack().canUndo())).isTrue();

        writer.failWhen(call -> false);
        edt(edits::undo);
        eventually("undone", () -> Score.of(3).equals(quality(store.readGraph())));
        assertThat(quality(onEdt(graph::current))).isEqualTo(Score.of(3));
    }

    @Test
    void undoTakesBackOnlyTheRecordTheEditAppendedAndRedoAppendsItAgain() throws Exception {
        List<Influence> original = ratings(store.readHistory());
        await(onEdt(() -> edits.perform("set quality 1", setQuality(1))));
        assertThat(ratings(store.readHistory())).hasSize(original.size() + 1);

        edt(edits::undo);
        eventually("undone", () -> Score.of(3).equals(quality(store.readGraph())));
        assertThat(ratings(store.readHistory()))
                .as("the history holds only the original")
                .isEqualTo(original);

        edt(edits::redo);
        eventually("redone", () -> Score.of(1).equals(quality(store.readGraph())));
        edt(edits::undo);
        eventually("undone again", () -> Score.of(3).equals(quality(store.readGraph())));
        assertThat(ratings(store.readHistory())).isEqualTo(original);
        assertThat(errors).isEmpty();
    }

    private static List<Influence> ratings(PartnershipGraph history) {
        return history.influences().stream()
                .filter(i -> i.partnerId().equals(NHS) && i.objectiveId().equals(OBJ1))
                .toList();
    }

    @Test
    void everyEditTypeUndoesAndRedoesThroughNeo4j() throws Exception {
        roundTrip("change a rating", setQuality(1), EditServiceIT::quality, Score.of(3), Score.of(1));
        roundTrip(
                "add a rating",
                new GraphOp.SetInfluence(
                        new Influence("testshire:hsp", OBJ1, Score.of(2), Score.of(4), Provenance.of("test"))),
                g -> influence(g, "testshire:hsp", OBJ1).map(Influence::quality).orElse(null),
                null,
                Score.of(4));
        roundTrip(
                "set stages",
                new GraphOp.SetStages("testshire:hsp", "testshire:paa", Stage.COOPERATE, Stage.COLLABORATE),
                g -> g.relationships().stream()
                        .filter(r ->
                                r.fromId().equals("testshire:hsp") && r.toId().equals("testshire:paa"))
                        .map(Relationship::now)
                        .findFirst()
                        .orElse(null),
                Stage.CO_EXIST,
                Stage.COOPERATE);
        Period p = Period.parse("2009/10");
        Measurement m = new Measurement(
                Measurement.derivedId("testshire:ni-8", MeasurementKind.ACTUAL, p, ""),
                "testshire:ni-8",
                p,
                MeasurementKind.ACTUAL,
                22.9,
                "",
                "testshire",
                Provenance.of("typed in"));
        roundTrip(
                "add a measurement",
                new GraphOp.AddMeasurement(m),
                g -> g.measurementsOf("testshire:ni-8").stream()
                        .filter(x -> x.id().equals(m.id()))
                        .map(Measurement::value)
                        .findFirst()
                        .orElse(null),
                null,
                22.9);
        Partner school = new Partner(
                "testshire:school",
                "Testshire School",
                "school",
                "",
                "education",
                List.of(),
                "testshire",
                Provenance.of("typed in"));
        roundTrip(
                "add a partner",
                new GraphOp.AddPartner(school),
                g -> g.node(school.id()).map(n -> n.name()).orElse(null),
                null,
                "Testshire School");
        roundTrip(
                "add a membership",
                new GraphOp.AddMembership(new Membership(NHS, "testshire:paa", Role.MEMBER, Provenance.of("typed in"))),
                g -> role(g, NHS, "testshire:paa"),
                null,
                Role.MEMBER);
        roundTrip(
                "change a role",
                new GraphOp.AddMembership(
                        new Membership("testshire:ph", "testshire:hwb", Role.MEMBER, Provenance.of("typed in"))),
                g -> role(g, "testshire:ph", "testshire:hwb"),
                Role.CHAIR,
                Role.MEMBER);
        assertThat(errors).isEmpty();
    }

    /** Performs {@code op}, undoes it, redoes it; after each, Neo4j and the graph shown hold the value. */
    private void roundTrip(
            String what, GraphOp op, Function<PartnershipGraph, Object> value, Object before, Object after)
            throws Exception {
        assertThat(value.apply(store.readGraph())).as(what + ": before").isEqualTo(before);
        await(onEdt(() -> edits.perform(what, op)));
        settlesAt(what + ": done", value, after);
        edt(edits::undo);
        settlesAt(what + ": undone", value, before);
        edt(edits::redo);
        settlesAt(what + ": redone", value, after);
    }

    private void settlesAt(String what, Function<PartnershipGraph, Object> value, Object expected) throws Exception {
        eventually(what, () -> Objects.equals(value.apply(store.readGraph()), expected));
        assertThat(value.apply(onEdt(graph::current))).as(what + " (shown)").isEqualTo(expected);
    }

    private static GraphOp setQuality(int q) {
        return new GraphOp.SetInfluence(
                new Influence(NHS, OBJ1, Score.of(5), Score.of(q), Provenance.of("edited in the workbench")));
    }

    private static java.util.Optional<Influence> influence(PartnershipGraph g, String partner, String objective) {
        return g.influences().stream()
                .filter(i -> i.partnerId().equals(partner) && i.objectiveId().equals(objective))
                .findFirst();
    }

    private static Object quality(PartnershipGraph g) {
        return influence(g, NHS, OBJ1).map(Influence::quality).orElse(null);
    }

    private static Role role(PartnershipGraph g, String partner, String group) {
        return g.memberships().stream()
                .filter(x -> x.partnerId().equals(partner) && x.groupId().equals(group))
                .map(Membership::role)
                .findFirst()
                .orElse(null);
    }

    private static boolean completesExceptionally(CompletionStage<Void> stage) throws Exception {
        try {
            stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }

    private static void await(CompletionStage<Void> stage) throws Exception {
        stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static void edt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }

    private static <T> T onEdt(Supplier<T> s) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> out.set(s.get()));
        return out.get();
    }

    private static void eventually(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + ": not within 30 s");
            }
            Thread.sleep(50);
        }
    }

    /** The real store behind a writer that can hold writes back and make chosen ones fail. */
    static final class FailingWriter implements GraphWriter {
        private final GraphStore real;
        private volatile Predicate<String> fails = call -> false;
        private volatile CountDownLatch gate = new CountDownLatch(0);

        FailingWriter(GraphStore real) {
            this.real = real;
        }

        void failWhen(Predicate<String> test) {
            fails = test;
        }

        /** Writes wait until {@link #release()}. */
        void hold() {
            gate = new CountDownLatch(1);
        }

        void release() {
            gate.countDown();
        }

        private <T> T call(String what, Supplier<T> write) {
            try {
                if (!gate.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("held too long");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (fails.test(what)) {
                throw new StoreException("The test made this write fail (" + what + ").");
            }
            return write.get();
        }

        @Override
        public Change<Influence> setInfluence(
                String partnerId,
                String objectiveId,
                Score influence,
                Score quality,
                Provenance provenance,
                EditOptions o) {
            return call(
                    "setInfluence " + partnerId + " " + objectiveId + " quality " + quality,
                    () -> real.setInfluence(partnerId, objectiveId, influence, quality, provenance, o));
        }

        @Override
        public Change<Influence> removeInfluence(String partnerId, String objectiveId, EditOptions o) {
            return call("removeInfluence", () -> real.removeInfluence(partnerId, objectiveId, o));
        }

        @Override
        public Change<Relationship> setStages(String fromId, String toId, Stage now, Stage wanted, EditOptions o) {
            return call("setStages", () -> real.setStages(fromId, toId, now, wanted, o));
        }

        @Override
        public Change<Measurement> addMeasurement(Measurement m, EditOptions o) {
            return call("addMeasurement", () -> real.addMeasurement(m, o));
        }

        @Override
        public Change<Measurement> removeMeasurement(String id, EditOptions o) {
            return call("removeMeasurement", () -> real.removeMeasurement(id, o));
        }

        @Override
        public Change<Partner> addPartner(Partner p) {
            return call("addPartner", () -> real.addPartner(p));
        }

        @Override
        public void removePartner(String id) {
            call("removePartner", () -> {
                real.removePartner(id);
                return null;
            });
        }

        @Override
        public Change<Membership> addMembership(Membership m, EditOptions o) {
            return call("addMembership", () -> real.addMembership(m, o));
        }

        @Override
        public Change<Membership> removeMembership(String partnerId, String groupId, EditOptions o) {
            return call("removeMembership", () -> real.removeMembership(partnerId, groupId, o));
        }

        @Override
        public void retract(String rid) {
            call("retract", () -> {
                real.retract(rid);
                return null;
            });
        }

        @Override
        public PartnershipGraph readGraph() {
            return real.readGraph();
        }

        @Override
        public PartnershipGraph readHistory() {
            return real.readHistory();
        }
    }
}
