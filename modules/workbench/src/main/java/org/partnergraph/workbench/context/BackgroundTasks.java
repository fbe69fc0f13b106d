package org.partnergraph.workbench.context;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.partnergraph.plugin.BackgroundTask;
import org.partnergraph.plugin.TaskHandle;
import org.partnergraph.plugin.TaskMonitor;
import org.partnergraph.plugin.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on daemon threads and keeps the list of running ones for the status bar. Results
 * and errors are delivered on the event thread; an error the caller does not handle goes to the
 * status bar as a sentence.
 */
public final class BackgroundTasks implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final StatusMessages messages;
    private final List<Running> running = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pg-task-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    public BackgroundTasks(StatusMessages messages) {
        this.messages = messages;
    }

    /** The tasks running now, oldest first. */
    public List<Running> running() {
        return List.copyOf(running);
    }

    @Override
    public <T> TaskHandle submit(String title, BackgroundTask<T> task, Consumer<? super T> onSuccess) {
        return submit(title, task, onSuccess, e -> report(title, e));
    }

    /** Says in the status bar that the task {@code title} failed with {@code e}. */
    public void report(String title, Throwable e) {
        messages.error(title + " failed: " + StatusMessages.sentence(e));
    }

    /** As {@link #submit(String, BackgroundTask, Consumer)}, with the error handled by {@code onError} on the event thread. */
    public <T> TaskHandle submit(
            String title, BackgroundTask<T> task, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        Running r = new Running(title);
        running.add(r);
        r.future = pool.submit(() -> {
            try {
                T result = task.run(r);
                SwingUtilities.invokeLater(() -> {
                    if (!r.cancelled) {
                        try {
                            onSuccess.accept(result);
                        } catch (RuntimeException e) {
                            onError.accept(e);
                        }
                    }
                });
            } catch (Throwable e) {
                if (!r.cancelled) {
                    LOG.warn("Task '{}' failed", title, e);
                    SwingUtilities.invokeLater(() -> onError.accept(e));
                }
            } finally {
                r.setDone();
                running.remove(r);
            }
        });
        return r;
    }

    /** A task in progress: its monitor and its handle. */
    public static final class Running implements TaskMonitor, TaskHandle {
        private final String title;
        private volatile long done;
        private volatile long total;
        private volatile String message = "";
        private volatile boolean cancelled;
        private volatile boolean finished;
        private volatile Future<?> future;

        Running(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public String message() {
            return message;
        }

        /** Progress from 0 to 1, or -1 where the total is unknown. */
        public double fraction() {
            long t = total;
            return t <= 0 ? -1 : Math.min(1, (double) done / t);
        }

        @Override
        public void progress(long doneSoFar, long totalSteps) {
            this.done = doneSoFar;
            this.total = totalSteps;
        }

        @Override
        public void message(String text) {
            this.message = text == null ? "" : text;
        }

        @Override
        public boolean isCancelled() {
            return cancelled || Thread.currentThread().isInterrupted();
        }

        @Override
        public void cancel() {
            cancelled = true;
            Future<?> f = future;
            if (f != null) {
                f.cancel(true);
            }
        }

        @Override
        public boolean isDone() {
            return finished;
        }

        private void setDone() {
            finished = true;
        }
    }
}
