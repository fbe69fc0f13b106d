package org.partnergraph.workbench.context;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.Node;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.LastChange;
import org.partnergraph.workbench.edit.EditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two people, one server: asks the store every few seconds (on its own thread, never the event
 * thread) when anyone last changed the graph; when that moved and not by a write of this window,
 * the history is read again (after this window's queued writes, which stay applied on top) and
 * the status bar says who changed what. This window's own writes are bracketed ({@link
 * #beforeWrite()}, {@link #afterWrite()}) so they are not mistaken for someone else's.
 */
public final class ChangePoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangePoller.class);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** How often the workbench asks, unless {@code partnergraph.poll.millis} says otherwise. */
    public static final Duration EVERY_DEFAULT = Duration.ofSeconds(3);

    private final Supplier<GraphStore> store;
    private final EditService edits;
    private final SharedGraph graph;
    private final StatusMessages messages;
    private final AtomicInteger writing = new AtomicInteger();
    private final Object lock = new Object();
    private LastChange seen;
    private boolean failing;
    private ScheduledExecutorService timer;

    public ChangePoller(Supplier<GraphStore> store, EditService edits, SharedGraph graph, StatusMessages messages) {
        this.store = store;
        this.edits = edits;
        this.graph = graph;
        this.messages = messages;
        edits.setWriteHooks(this::beforeWrite, this::afterWrite);
    }

    /** Starts asking every {@code every}; what the store holds now counts as seen. */
    public synchronized void start(Duration every) {
        close();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pg-poll");
            t.setDaemon(true);
            return t;
        });
        timer.execute(this::noteSeen);
        @SuppressWarnings("FutureReturnValueIgnored") // poll() catches what it throws; close() stops the timer
        var unused =
                timer.scheduleWithFixedDelay(this::poll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The interval of {@code partnergraph.poll.millis}, or {@link #EVERY_DEFAULT}. */
    public static Duration configured() {
        return Duration.ofMillis(Long.getLong("partnergraph.poll.millis", EVERY_DEFAULT.toMillis()));
    }

    /** A write of this window starts (any thread): changes seen meanwhile are its own. */
    public void beforeWrite() {
        writing.incrementAndGet();
    }

    /** A write of this window ended: what the store says now is seen. */
    public void afterWrite() {
        noteSeen();
        writing.decrementAndGet();
    }

    private void noteSeen() {
        synchronized (lock) {
            try {
                seen = latest().orElse(seen);
            } catch (RuntimeException e) {
                LOG.debug("Could not ask for the last change", e);
            }
        }
    }

    private Optional<LastChange> latest() {
        GraphStore s = store.get();
        return s == null ? Optional.empty() : s.lastChange();
    }

    private void poll() {
        LastChange before;
        LastChange now;
        synchronized (lock) {
            if (writing.get() > 0) {
                return;
            }
            try {
                Optional<LastChange> latest = latest();
                failing = false;
                if (latest.isEmpty() || latest.get().equals(seen)) {
                    return;
                }
                before = seen;
                now = latest.get();
                seen = now;
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return; // closed
                }
                if (!failing) {
                    LOG.warn("Asking the database for changes failed", e);
                }
                failing = true;
                return;
            }
        }
        Instant since = before == null ? Instant.EPOCH : before.at();
        SwingUtilities.invokeLater(() -> edits.readAgain(
                "Changed by " + now.by(), () -> messages.info(sentence(graph.history(), graph.current(), now, since))));
    }

    /** "sam changed the rating of NHS on Objective 2: influence 4, quality 3 -> influence 4, quality 4 (...)." */
    static String sentence(PartnershipGraph history, PartnershipGraph shown, LastChange change, Instant since) {
        String by = change.by().isEmpty() ? "Someone" : change.by();
        List<ChangeLog.Entry> theirs = ChangeLog.of(history, by).stream()
                .filter(e -> e.dating().recordedAt() != null
                        && e.dating().recordedAt().isAfter(since)
                        && e.dating().recordedBy().equals(change.by()))
                .toList();
        String when = " at " + MINUTE.format(change.at());
        if (theirs.isEmpty()) {
            return by + " changed the graph" + when + "; it was read again.";
        }
        ChangeLog.Entry last = theirs.get(theirs.size() - 1);
        String what = last.kind().code() + " of "
                + String.join(
                        " on ",
                        last.subjects().stream()
                                .map(id -> shown.node(id).map(Node::name).orElse(id))
                                .toList())
                + ": " + (last.beforeText().isEmpty() ? "" : last.beforeText() + " -> ") + last.afterText();
        return by + " changed the " + what + when + (theirs.size() > 1 ? " (and " + (theirs.size() - 1) + " more)" : "")
                + "; it was read again.";
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
