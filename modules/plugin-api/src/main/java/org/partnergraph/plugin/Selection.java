package org.partnergraph.plugin;

import java.util.List;

/**
 * The selection shared by every view: publish what the user selected in your view, follow what
 * they select elsewhere. Setting validates, assigns, then fires to every follower except none:
 * a view ignores events whose {@link SelectionEvent#source()} is itself.
 *
 * @since 1.0
 */
public interface Selection {

    /**
     * What is selected now, possibly nothing.
     *
     * @since 1.0
     */
    List<SelectedItem> items();

    /**
     * Selects {@code items} (an empty list clears) and tells every follower.
     *
     * @param source the publisher, usually the view's component, so it can recognise its own events
     * @since 1.0
     */
    void publish(Object source, List<? extends SelectedItem> items);

    /**
     * Calls {@code listener} on the event thread after each change.
     *
     * @since 1.0
     */
    void follow(SelectionListener listener);

    /**
     * Stops calling {@code listener}.
     *
     * @since 1.0
     */
    void unfollow(SelectionListener listener);
}
