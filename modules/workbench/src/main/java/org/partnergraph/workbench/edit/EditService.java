package org.partnergraph.workbench.edit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.partnergraph.model.Dating;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Wave;
import org.partnergraph.plugin.EditRequest;
import org.partnergraph.plugin.Edits;
import org.partnergraph.store.EditOptions;
import org.partnergraph.store.GraphWriter;
import org.partnergraph.workbench.context.SharedGraph;
import org.partnergraph.workbench.context.StatusMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes edits as undoable commands. On the event thread an edit is applied to the shared
 * graph at once (so every view shows it) and pushed on the undo stack; one writer thread then
 * writes it, in order, as one transaction. Undo and redo work the same way with the inverse: the
 * store appends a record for each edit, and undo retracts exactly that record (the write reports
 * its id to the entry's {@link GraphOp.Retract}); redo appends it again.
 *
 * <p>When a write fails, the writes queued after it still go on, and they were computed on a
 * graph that held the failed edit; taking the failed edit's inverse back out of the current graph
 * would then disagree with the database. So the graph is read again from the store, on the writer
 * thread after every write queued before the failure, and shown with the edits queued since
 * applied on top; the message names the edit that failed. Results of writes queued against an
 * earlier database ({@link #clear()}, after Connect or a load) are dropped.
 */
public final class EditService implements Edits {

    private static final Logger LOG = LoggerFactory.getLogger(EditService.class);

    /** One done edit: what it did, what takes it back, and the date it holds from (null: the day it is made). */
    public record Entry(String description, GraphOp forward, GraphOp inverse, LocalDate asOf) {
        public Entry(String description, GraphOp forward, GraphOp inverse) {
            this(description, forward, inverse, null);
        }
    }

    /** Which way a write moves an entry: a new edit, an undo or a redo. */
    private enum Kind {
        EDIT,
        UNDO,
        REDO
    }

    /** A write sent to the writer thread and not yet answered, in the order they were sent. */
    private record Pending(GraphOp op, Dating dating) {}

    private final SharedGraph graph;
    private final Supplier<? extends GraphWriter> store;
    private final StatusMessages messages;
    private final UndoStack<Entry> stack = new UndoStack<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Deque<Pending> pending = new ArrayDeque<>();
    private long generation;
    private volatile String wave = "";
    private volatile LocalDate waveDate;
    private volatile Runnable beforeWrite = () -> {};
    private volatile Runnable afterWrite = () -> {};
    private Instant lastStamp = Instant.EPOCH;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pg-writes");
        t.setDaemon(true);
        return t;
    });

    public EditService(SharedGraph graph, Supplier<? extends GraphWriter> store, StatusMessages messages) {
        this.graph = graph;
        this.store = store;
        this.messages = messages;
    }

    @Override
    public CompletionStage<Void> request(EditRequest edit) {
        Requests r;
        try {
            LocalDate day = edit instanceof EditRequest.AsOf a ? a.date() : null;
            r = Requests.of(edit, before(day));
        } catch (IllegalArgumentException e) {
            messages.error(e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        return perform(edit.description(), r.op(), r.asOf());
    }

    /** Applies {@code op} at today, records it for undo, and writes it in the background. Event thread only. */
    public CompletionStage<Void> perform(String description, GraphOp op) {
        return perform(description, op, null);
    }

    /**
     * Applies {@code op} as an assessment holding from {@code asOf} (null: today), in the active
     * wave, records it for undo, and writes it in the background, saying what it was based on.
     * Event thread only.
     */
    public CompletionStage<Void> perform(String description, GraphOp op, LocalDate asOf) {
        if (store.get() == null) {
            messages.error("The database is not ready yet; nothing was changed.");
            return CompletableFuture.failedFuture(new IllegalStateException("database not ready"));
        }
        GraphOp inverse;
        try {
            inverse = op.inverseOn(before(asOf));
        } catch (IllegalArgumentException e) {
            messages.error(e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        Entry entry = new Entry(description, op, inverse, asOf);
        stack.push(entry);
        fire();
        return forward(entry, Kind.EDIT, capital(description), "Saved: " + description);
    }

    /** Takes back the last edit. Event thread only. */
    public void undo() {
        stack.undo().ifPresent(entry -> {
            PartnershipGraph before = graph.history();
            PartnershipGraph after = entry.inverse().applyTo(before, null);
            graph.replace(after, "Undo " + entry.description());
            fire();
            write(entry, Kind.UNDO, entry.inverse(), EditOptions.NOW, null, "Undone: " + entry.description());
            if (entry.inverse() instanceof GraphOp.Retract && Graphs.records(after) == Graphs.records(before)) {
                // the history was read again since the edit: its record has the store's dating, so it
                // leaves memory only when read again after the retraction
                reread(store.get(), "Undo " + entry.description());
            }
        });
    }

    /** Does the last undone edit again. Event thread only. */
    public void redo() {
        stack.redo().ifPresent(entry -> {
            fire();
            forward(entry, Kind.REDO, "Redo " + entry.description(), "Redone: " + entry.description());
        });
    }

    /** The draft wave edits go into (empty: none); its id. */
    public String wave() {
        return wave;
    }

    /**
     * Makes edits from now on go into the draft wave {@code w} (null: into none): they hold from
     * the wave's date unless they name their own.
     */
    public void setWave(Wave w) {
        wave = w == null ? "" : w.id();
        waveDate = w == null ? null : w.date();
    }

    /** Runs {@code before} and {@code after} on the writer thread around every write (the poller tells its own). */
    public void setWriteHooks(Runnable before, Runnable after) {
        beforeWrite = before;
        afterWrite = after;
    }

    /** The graph as of the edit's date: what the edit's inverse and checks read. */
    private PartnershipGraph before(LocalDate asOf) {
        if (asOf == null && graph.asOf().isEmpty()) {
            return graph.current();
        }
        return graph.snapshot(graph.history(), asOf);
    }

    /** Applies the entry's forward op to the history, dated now, and writes it checked against what it read. */
    private CompletionStage<Void> forward(Entry entry, Kind kind, String reason, String success) {
        LocalDate explicit = entry.asOf() != null || wave.isEmpty() ? entry.asOf() : waveDate;
        LocalDate day = explicit == null ? graph.today() : explicit;
        Dating dating = new Dating(day, stamp(), graph.viewer(), wave, false);
        EditOptions o = EditOptions.NOW.asOf(explicit).inWave(wave);
        o = entry.forward().basedOn(graph.history()).map(o::basedOn).orElse(o);
        graph.replace(entry.forward().applyTo(graph.history(), dating), reason);
        if (entry.inverse() instanceof GraphOp.Retract undo) {
            undo.appended().remember(dating);
        }
        return write(entry, kind, entry.forward(), o, dating, success + where(day));
    }

    /** Where a saved edit shows, when the views show another date than the one it holds from. */
    private String where(LocalDate day) {
        String inWave = wave.isEmpty() ? "" : " (in the draft wave " + wave + ")";
        if (graph.asOf().isEmpty() || !day.isAfter(graph.shownDate())) {
            return inWave + ".";
        }
        return inWave + ". It holds from " + day + ", after the date shown (" + graph.shownDate()
                + "): move the date control to " + day + " or Now to see it.";
    }

    /** A recording instant unique in this workbench (the in-memory record is found by it on undo). */
    private Instant stamp() {
        Instant now = Instant.now();
        lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plusNanos(1);
        return lastStamp;
    }

    public UndoStack<Entry> stack() {
        return stack;
    }

    /**
     * Forgets the history (a different database or dataset): what the writes queued until now
     * report is dropped, so a late failure never touches the graph that replaces this one.
     */
    public void clear() {
        generation++;
        pending.clear();
        stack.clear();
        fire();
    }

    /** Called on the event thread when undo or redo becomes possible or impossible. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private CompletionStage<Void> write(
            Entry entry, Kind kind, GraphOp op, EditOptions options, Dating dating, String success) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        GraphWriter target = store.get();
        long sent = generation;
        Pending p = new Pending(op, dating);
        pending.addLast(p);
        writer.execute(() -> {
            beforeWrite.run();
            try {
                String rid = op.writeTo(target, options);
                if (kind != Kind.UNDO && entry.inverse() instanceof GraphOp.Retract undo) {
                    undo.appended().set(rid);
                }
                afterWrite.run();
                SwingUtilities.invokeLater(() -> {
                    if (sent == generation) {
                        pending.remove(p);
                        messages.info(success);
                    }
                    done.complete(null);
                });
            } catch (RuntimeException e) {
                afterWrite.run();
                LOG.warn("Write of {} failed", op, e);
                SwingUtilities.invokeLater(() -> {
                    if (sent == generation) {
                        pending.remove(p);
                        failed(entry, kind, e, target);
                    }
                    done.completeExceptionally(e);
                });
            }
        });
        return done;
    }

    /** A write failed: the entry leaves the history where it stood, and the graph is read again. */
    @SuppressWarnings("ReferenceEquality") // an undo entry is the very one on the stack, not an equal one
    private void failed(Entry entry, Kind kind, RuntimeException e, GraphWriter target) {
        switch (kind) {
            case EDIT -> {
                handBackInverse(entry);
                stack.discard(entry);
            }
            case UNDO -> {
                if (stack.nextRedo().orElse(null) == entry) {
                    stack.redo();
                } else {
                    stack.discard(entry);
                }
            }
            case REDO -> {
                if (stack.nextUndo().orElse(null) == entry) {
                    stack.undo();
                } else {
                    stack.discard(entry);
                }
            }
        }
        fire();
        String what =
                switch (kind) {
                    case EDIT -> "save";
                    case UNDO -> "undo";
                    case REDO -> "redo";
                };
        messages.error("Could not " + what + " \"" + entry.description() + "\": " + StatusMessages.sentence(e)
                + " The graph is being read again from the database, so that it shows what is saved.");
        reread(target, "Could not " + what + " " + entry.description());
    }

    /**
     * The next edit after {@code failed} on the same slot computed its inverse on a graph that held
     * the failed edit; what it must restore is what was there before the failed edit.
     */
    private void handBackInverse(Entry failed) {
        for (Entry later : stack.after(failed)) {
            if (later.forward().slot().equals(failed.forward().slot())) {
                stack.replace(later, new Entry(later.description(), later.forward(), restoring(later, failed)));
                return;
            }
        }
    }

    /**
     * The later entry's undo still takes back its own record; in memory it must put back what was
     * there before the failed edit.
     */
    private static GraphOp restoring(Entry later, Entry failed) {
        if (later.inverse() instanceof GraphOp.Retract own && failed.inverse() instanceof GraphOp.Retract lost) {
            return new GraphOp.Retract(own.appended(), lost.restore());
        }
        return failed.inverse();
    }

    /**
     * Reads the graph on the writer thread, so after every write sent before, and shows it with
     * the writes sent since (still pending when the read arrives, in order) applied on top.
     */
    private void reread(GraphWriter target, String reason) {
        readAgain(target, reason, () -> {});
    }

    /**
     * Reads the history again on the writer thread (after every write queued before) and shows it
     * with the writes queued since on top, then runs {@code then} on the event thread (the poller:
     * someone else changed the graph). Event thread only.
     */
    public void readAgain(String reason, Runnable then) {
        GraphWriter target = store.get();
        if (target != null) {
            readAgain(target, reason, then);
        }
    }

    private void readAgain(GraphWriter target, String reason, Runnable then) {
        long sent = generation;
        writer.execute(() -> {
            PartnershipGraph saved;
            SharedGraph.Prepared prepared;
            try {
                saved = target.readHistory();
                prepared = graph.prepare(saved);
            } catch (RuntimeException e) {
                LOG.warn("Reading the graph again failed", e);
                SwingUtilities.invokeLater(() -> {
                    if (sent == generation) {
                        messages.error("Could not read the graph again: " + StatusMessages.sentence(e)
                                + " Use File > Reload the graph before editing further.");
                    }
                });
                return;
            }
            SwingUtilities.invokeLater(() -> {
                if (sent != generation) {
                    return;
                }
                PartnershipGraph shown = prepared.history();
                boolean retracting = false;
                for (Pending p : pending) {
                    shown = p.op().applyTo(shown, p.dating());
                    retracting |= p.op() instanceof GraphOp.Retract;
                }
                if (pending.isEmpty()) {
                    graph.replace(prepared, reason);
                } else {
                    graph.replace(shown, reason);
                }
                then.run();
                if (retracting) {
                    // a retraction queued after the read finds its record by the store's dating only
                    // once it is written: read once more after it
                    reread(target, reason);
                }
            });
        });
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
