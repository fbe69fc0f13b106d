package org.partnergraph.plugin;

/**
 * Work for {@link TaskRunner}: runs off the event thread, so it must not touch Swing components.
 *
 * @since 1.0
 */
@FunctionalInterface
public interface BackgroundTask<T> {

    /**
     * Does the work, reporting to {@code monitor} and returning early when it is cancelled.
     *
     * @throws Exception reported to the user by its message
     * @since 1.0
     */
    T run(TaskMonitor monitor) throws Exception;
}
