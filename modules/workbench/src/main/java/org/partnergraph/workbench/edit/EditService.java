package org.partnergraph.workbench.edit;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.partnergraph.plugin.EditRequest;
import org.partnergraph.plugin.Edits;
import org.partnergraph.store.GraphStore;
import org.partnergraph.workbench.context.SharedGraph;
import org.partnergraph.workbench.context.StatusMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes edits as undoable commands. On the event thread an edit is applied to the shared
 * graph at once (so every view shows it) and pushed on the undo stack; one writer thread then
 * writes it, in order, as one transaction. If the write fails the edit is taken back out of the
 * graph and the stack, and the user is told. Undo and redo work the same way with the inverse.
 */
public final class EditService implements Edits {

    private static final Logger LOG = LoggerFactory.getLogger(EditService.class);

    /** One done edit: what it did and what takes it back. */
    public record Entry(String description, GraphOp forward, GraphOp inverse) {}

    private final SharedGraph graph;
    private final Supplier<GraphStore> store;
    private final StatusMessages messages;
    private final UndoStack<Entry> stack = new UndoStack<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pg-writes");
        t.setDaemon(true);
        return t;
    });

    public EditService(SharedGraph graph, Supplier<GraphStore> store, StatusMessages messages) {
        this.graph = graph;
        this.store = store;
        this.messages = messages;
    }

    @Override
    public CompletionStage<Void> request(EditRequest edit) {
        return perform(edit.description(), GraphOp.of(edit));
    }

    /** Applies {@code op}, records it for undo, and writes it in the background. Event thread only. */
    public CompletionStage<Void> perform(String description, GraphOp op) {
        if (store.get() == null) {
            messages.error("The database is not ready yet; nothing was changed.");
            return CompletableFuture.failedFuture(new IllegalStateException("database not ready"));
        }
        GraphOp inverse;
        try {
            inverse = op.inverseOn(graph.current());
        } catch (IllegalArgumentException e) {
            messages.error(e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        Entry entry = new Entry(description, op, inverse);
        graph.replace(op.applyTo(graph.current()), capital(description));
        stack.push(entry);
        fire();
        return write(
                op,
                e -> {
                    graph.replace(inverse.applyTo(graph.current()), "Could not save: " + description);
                    stack.discard(entry);
                    fire();
                    messages.error(
                            "Could not save \"" + description + "\", so it was undone: " + StatusMessages.sentence(e));
                },
                "Saved: " + description);
    }

    /** Takes back the last edit. Event thread only. */
    public void undo() {
        stack.undo().ifPresent(entry -> {
            graph.replace(entry.inverse().applyTo(graph.current()), "Undo " + entry.description());
            fire();
            write(
                    entry.inverse(),
                    e -> {
                        graph.replace(
                                entry.forward().applyTo(graph.current()), "Could not undo " + entry.description());
                        stack.redo();
                        fire();
                        messages.error("Could not undo \"" + entry.description() + "\": " + StatusMessages.sentence(e));
                    },
                    "Undone: " + entry.description());
        });
    }

    /** Does the last undone edit again. Event thread only. */
    public void redo() {
        stack.redo().ifPresent(entry -> {
            graph.replace(entry.forward().applyTo(graph.current()), "Redo " + entry.description());
            fire();
            write(
                    entry.forward(),
                    e -> {
                        graph.replace(
                                entry.inverse().applyTo(graph.current()), "Could not redo " + entry.description());
                        stack.undo();
                        fire();
                        messages.error("Could not redo \"" + entry.description() + "\": " + StatusMessages.sentence(e));
                    },
                    "Redone: " + entry.description());
        });
    }

    public UndoStack<Entry> stack() {
        return stack;
    }

    /** Forgets the history (a different database or dataset). */
    public void clear() {
        stack.clear();
        fire();
    }

    /** Called on the event thread when undo or redo becomes possible or impossible. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private CompletionStage<Void> write(
            GraphOp op, java.util.function.Consumer<RuntimeException> onFailure, String success) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        GraphStore target = store.get();
        writer.execute(() -> {
            try {
                op.writeTo(target);
                SwingUtilities.invokeLater(() -> {
                    messages.info(success);
                    done.complete(null);
                });
            } catch (RuntimeException e) {
                LOG.warn("Write of {} failed", op, e);
                SwingUtilities.invokeLater(() -> {
                    onFailure.accept(e);
                    done.completeExceptionally(e);
                });
            }
        });
        return done;
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
