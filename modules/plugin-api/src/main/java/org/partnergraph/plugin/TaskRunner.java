package org.partnergraph.plugin;

import java.util.function.Consumer;

/**
 * Runs work off the event thread; the status bar shows it with its progress and a cancel button,
 * and an exception it throws is reported to the user (and against the plugin) as a sentence.
 *
 * @since 1.0
 */
public interface TaskRunner {

    /**
     * Starts {@code task} in the background.
     *
     * @param title what the status bar calls it
     * @param onSuccess called on the event thread with the result, unless the task was cancelled or failed
     * @since 1.0
     */
    <T> TaskHandle submit(String title, BackgroundTask<T> task, Consumer<? super T> onSuccess);
}
