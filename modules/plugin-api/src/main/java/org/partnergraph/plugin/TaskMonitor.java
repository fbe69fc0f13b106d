package org.partnergraph.plugin;

/**
 * A background task's line to the status bar. Thread-safe.
 *
 * @since 1.0
 */
public interface TaskMonitor {

    /**
     * {@code done} of {@code total} steps; a total of 0 or less means unknown.
     *
     * @since 1.0
     */
    void progress(long done, long total);

    /**
     * What the task is doing now.
     *
     * @since 1.0
     */
    void message(String text);

    /**
     * Whether the user cancelled; a task checks this between steps and returns early.
     *
     * @since 1.0
     */
    boolean isCancelled();
}
