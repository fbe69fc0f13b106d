package org.partnergraph.plugin;

/**
 * A submitted background task.
 *
 * @since 1.0
 */
public interface TaskHandle {

    /**
     * Asks the task to stop; its result, if any, is then dropped.
     *
     * @since 1.0
     */
    void cancel();

    /**
     * Whether it finished, failed or was cancelled.
     *
     * @since 1.0
     */
    boolean isDone();
}
