package org.partnergraph.workbench.context;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Wave;
import org.partnergraph.plugin.GraphChange;
import org.partnergraph.plugin.GraphListener;
import org.partnergraph.plugin.GraphModel;
import org.partnergraph.plugin.WaveComparison;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one graph every view shows, replaced on the event thread: the history (every dated record
 * the viewer may see, as read from the store and edited since), the date shown (empty: now), and
 * the two waves compared. {@link #current()} is always {@code history.asOf(date shown, viewer)}:
 * every change of the history or of the date replaces both together, so they never disagree.
 */
public final class SharedGraph implements GraphModel {

    private static final Logger LOG = LoggerFactory.getLogger(SharedGraph.class);

    private volatile PartnershipGraph history = PartnershipGraph.EMPTY;
    private volatile PartnershipGraph current = PartnershipGraph.EMPTY;
    private volatile LocalDate date;
    private volatile WaveComparison comparison;
    private volatile String viewer = System.getProperty("user.name", "");
    private final Supplier<LocalDate> today;
    private final List<GraphListener> listeners = new CopyOnWriteArrayList<>();

    public SharedGraph() {
        this(LocalDate::now);
    }

    /** A graph whose "now" is {@code today} (tests fix the date). */
    public SharedGraph(Supplier<LocalDate> today) {
        this.today = today;
    }

    @Override
    public PartnershipGraph current() {
        return current;
    }

    @Override
    public PartnershipGraph history() {
        return history;
    }

    @Override
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(date);
    }

    @Override
    public Optional<WaveComparison> comparison() {
        return Optional.ofNullable(comparison);
    }

    @Override
    public String viewer() {
        return viewer;
    }

    /** Who looks (the store's user): drafts of their waves are shown, edits are recorded under it. */
    public void setViewer(String name) {
        viewer = name == null ? "" : name;
    }

    /** Today, as this graph's "now" reads it. */
    public LocalDate today() {
        return today.get();
    }

    /** The date the views show: the one chosen, or today. */
    public LocalDate shownDate() {
        LocalDate d = date;
        return d == null ? today() : d;
    }

    /** {@code history} as the views would show it on {@code day} (null: today); any thread. */
    public PartnershipGraph snapshot(PartnershipGraph of, LocalDate day) {
        return of.asOf(day == null ? today() : day, viewer);
    }

    /**
     * Replaces the history (a load, a reread, an edit) and shows it as of the date shown; a
     * comparison is recomputed from it (and dropped where a wave is gone). Event thread only.
     */
    public void replace(PartnershipGraph nextHistory, String reason) {
        checkThread();
        PartnershipGraph before = current;
        PartnershipGraph previous = history;
        history = VisibleHistory.of(nextHistory, viewer);
        current = refold(previous, history, current, shownDate());
        comparison = recompare(previous, history, comparison);
        fire(before, reason);
    }

    /**
     * Shows a graph already folded as of a date (the command line's {@code view --as-of}) as it
     * is: history and snapshot are both {@code snapshot}, nothing is folded again. Event thread only.
     */
    public void replaceSnapshot(PartnershipGraph snapshot, String reason) {
        checkThread();
        PartnershipGraph before = current;
        history = snapshot;
        current = snapshot;
        comparison = null;
        fire(before, reason);
    }

    /** A history read from the store, filtered for the viewer and folded as of the date shown, off the event thread. */
    public record Prepared(PartnershipGraph history, LocalDate day, String viewer, PartnershipGraph snapshot) {}

    /** Prepares {@code raw} for {@link #replace(Prepared, String)}; any thread (the fold is linear in records). */
    public Prepared prepare(PartnershipGraph raw) {
        LocalDate day = date;
        String v = viewer;
        PartnershipGraph h = VisibleHistory.of(raw, v);
        return new Prepared(h, day, v, h.asOf(day == null ? today() : day, v));
    }

    /**
     * Replaces the history with one prepared off the event thread; where the date shown or the
     * viewer changed meanwhile it is folded again here. Event thread only.
     */
    public void replace(Prepared p, String reason) {
        checkThread();
        if (!Objects.equals(p.day(), date) || !p.viewer().equals(viewer)) {
            replace(p.history(), reason);
            return;
        }
        PartnershipGraph before = current;
        PartnershipGraph previous = history;
        history = p.history();
        current = p.snapshot();
        comparison = recompare(previous, history, comparison);
        fire(before, reason);
    }

    /**
     * Shows {@code snapshot}, the history folded as of {@code day} (null: now) off the event thread;
     * dropped (false) where the history has been replaced since it was folded. Event thread only.
     */
    @SuppressWarnings("ReferenceEquality") // graphs are immutable and replaced whole: the same object is the same graph
    public boolean show(PartnershipGraph foldedFrom, LocalDate day, PartnershipGraph snapshot) {
        checkThread();
        if (foldedFrom != history) {
            return false;
        }
        PartnershipGraph before = current;
        date = day;
        current = snapshot;
        fire(before, day == null ? "Now" : "As of " + day);
        return true;
    }

    /** Compares two waves (null: stop comparing); the views are told. Event thread only. */
    public void compare(WaveComparison chosen) {
        checkThread();
        comparison = chosen;
        fire(current, chosen == null ? "Stop comparing" : "Compare " + chosen.label());
    }

    /** The comparison of {@code then} and {@code now} on {@code of}: each wave's graph as it left it; any thread. */
    public WaveComparison comparisonOf(PartnershipGraph of, Wave then, Wave now) {
        return new WaveComparison(then, now, snapshot(of, dayOf(then)), snapshot(of, dayOf(now)));
    }

    /** {@code next} as of {@code day}: only the thing an edit changed is folded again, where that is all that changed. */
    private PartnershipGraph refold(
            PartnershipGraph previous, PartnershipGraph next, PartnershipGraph shown, LocalDate day) {
        return Refold.after(previous, next, shown, day, viewer).orElseGet(() -> next.asOf(day, viewer));
    }

    private WaveComparison recompare(PartnershipGraph previous, PartnershipGraph of, WaveComparison old) {
        if (old == null) {
            return null;
        }
        Optional<Wave> then = of.wave(old.then().id());
        Optional<Wave> now = of.wave(old.now().id());
        if (then.isEmpty() || now.isEmpty()) {
            return null;
        }
        return new WaveComparison(
                then.get(),
                now.get(),
                refold(previous, of, old.thenGraph(), dayOf(then.get())),
                refold(previous, of, old.nowGraph(), dayOf(now.get())));
    }

    /** An undated wave left its assessments holding from the beginning. */
    private static LocalDate dayOf(Wave w) {
        return w.date() == null ? LocalDate.MIN : w.date();
    }

    private void fire(PartnershipGraph before, String reason) {
        GraphChange change = new GraphChange(before, current, reason);
        for (GraphListener l : listeners) {
            try {
                l.graphChanged(change);
            } catch (RuntimeException e) {
                LOG.warn("A graph listener failed", e);
            }
        }
    }

    private static void checkThread() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("replace the graph on the event thread");
        }
    }

    @Override
    public void addGraphListener(GraphListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeGraphListener(GraphListener listener) {
        listeners.remove(listener);
    }
}
