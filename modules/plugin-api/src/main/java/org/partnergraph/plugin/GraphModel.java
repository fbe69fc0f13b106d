package org.partnergraph.plugin;

import java.time.LocalDate;
import java.util.Optional;
import org.partnergraph.model.PartnershipGraph;

/**
 * The graph every view shows: an immutable {@link PartnershipGraph} that is replaced (never
 * mutated) when the database is loaded or edited. Analyses from {@code org.partnergraph.analytics}
 * take it as their input, e.g. {@code InfluenceMap.of(context.graph().current())}; run the
 * expensive ones through {@link TaskRunner}.
 *
 * @since 1.0
 */
public interface GraphModel {

    /**
     * The graph the views show: as of {@link #asOf()} when the user has chosen a date, else now.
     * {@link PartnershipGraph#EMPTY} until the database is ready. Every analysis reads this one.
     *
     * @since 1.0
     */
    PartnershipGraph current();

    /**
     * Every dated record the user may see (drafts of their own waves included): what
     * {@code ChangeLog.of}, {@code WaveChanges.between} and {@code history.asOf(date, viewer)} read.
     * Graph listeners are told when it changes. Where the application keeps no history it is
     * {@link #current()}.
     *
     * @since 2.1
     */
    default PartnershipGraph history() {
        return current();
    }

    /**
     * The date the user has moved the workbench's date control to; empty while it shows now.
     * A change of date is a graph change (reason {@code As of 2025-05-31} or {@code Now}).
     *
     * @since 2.1
     */
    default Optional<LocalDate> asOf() {
        return Optional.empty();
    }

    /**
     * The two waves the user has chosen to compare, if any; a change of choice is a graph change
     * (reason {@code Compare ...}). Views that show change (arrows, then / now columns) read it.
     *
     * @since 2.1
     */
    default Optional<WaveComparison> comparison() {
        return Optional.empty();
    }

    /**
     * Who is looking: the user name edits are recorded under and drafts are shown to.
     *
     * @since 2.1
     */
    default String viewer() {
        return System.getProperty("user.name", "");
    }

    /**
     * Calls {@code listener} on the event thread after each change.
     *
     * @since 1.0
     */
    void addGraphListener(GraphListener listener);

    /**
     * Stops calling {@code listener}.
     *
     * @since 1.0
     */
    void removeGraphListener(GraphListener listener);
}
