package org.partnergraph.plugin;

/**
 * Told on the event thread when the graph changes.
 *
 * @since 1.0
 */
@FunctionalInterface
public interface GraphListener {

    /**
     * The graph was replaced: loaded, reloaded, edited, or an edit undone.
     *
     * @since 1.0
     */
    void graphChanged(GraphChange change);
}
