package org.partnergraph.workbench.context;

import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.SwingUtilities;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Wave;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the date the views show and chooses the waves compared. Folding a history as of a date
 * is linear in its records (a national graph takes a noticeable time), so it runs on its own
 * thread; only the latest request is shown, and a fold of a history replaced meanwhile is done
 * again on the new one. Not remembered: a new window shows now.
 */
public final class ShownDate {

    private static final Logger LOG = LoggerFactory.getLogger(ShownDate.class);

    private final SharedGraph graph;
    private final AtomicLong asked = new AtomicLong();
    private volatile long lastFoldMillis = -1;
    private final ExecutorService folds = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pg-as-of");
        t.setDaemon(true);
        return t;
    });

    public ShownDate(SharedGraph graph) {
        this.graph = graph;
    }

    /** Shows the graph as of {@code day} (null: now) in every view once folded. Event thread only. */
    public void show(LocalDate day) {
        long n = asked.incrementAndGet();
        PartnershipGraph history = graph.history();
        folds.execute(() -> {
            if (asked.get() != n) {
                return;
            }
            long t0 = System.nanoTime();
            PartnershipGraph snapshot = graph.snapshot(history, day);
            lastFoldMillis = (System.nanoTime() - t0) / 1_000_000;
            LOG.debug("As of {}: folded in {} ms", day, lastFoldMillis);
            SwingUtilities.invokeLater(() -> {
                if (asked.get() == n && !graph.show(history, day, snapshot)) {
                    show(day);
                }
            });
        });
    }

    /** Compares {@code then} with {@code now} (each wave's graph folded off the event thread). Event thread only. */
    public void compare(Wave then, Wave now) {
        PartnershipGraph history = graph.history();
        folds.execute(() -> {
            var comparison = graph.comparisonOf(history, then, now);
            SwingUtilities.invokeLater(() -> graph.compare(comparison));
        });
    }

    /** Stops comparing waves. Event thread only. */
    public void stopComparing() {
        graph.compare(null);
    }

    /** How long the last fold took, in milliseconds (-1 before the first). */
    public long lastFoldMillis() {
        return lastFoldMillis;
    }
}
