package org.partnergraph.plugin;

/**
 * Told on the event thread when the selection changes.
 *
 * @since 1.0
 */
@FunctionalInterface
public interface SelectionListener {

    /**
     * The selection changed.
     *
     * @since 1.0
     */
    void selectionChanged(SelectionEvent event);
}
