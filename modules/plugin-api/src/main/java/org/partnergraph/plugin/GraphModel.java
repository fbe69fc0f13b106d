package org.partnergraph.plugin;

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
     * The graph now; {@link PartnershipGraph#EMPTY} until the database is ready.
     *
     * @since 1.0
     */
    PartnershipGraph current();

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
