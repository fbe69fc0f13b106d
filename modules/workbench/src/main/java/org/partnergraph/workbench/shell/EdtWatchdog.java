package org.partnergraph.workbench.shell;

import java.awt.EventQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development builds: reports every event-thread stall longer than {@link #STALL_MILLIS_DEFAULT}
 * with the event thread's stack at the time, so a database call or computation that slipped onto
 * it is found at once.
 */
public final class EdtWatchdog {

    private static final Logger LOG = LoggerFactory.getLogger(EdtWatchdog.class);

    /** A stall this long is reported. */
    public static final long STALL_MILLIS_DEFAULT = 100;

    private final long stallMillis;
    private final AtomicLong posted = new AtomicLong();
    private final AtomicReference<Thread> edt = new AtomicReference<>();
    private final AtomicLong stalls = new AtomicLong();
    private volatile boolean running = true;

    public EdtWatchdog(long stallMillis) {
        this.stallMillis = stallMillis;
    }

    /** Starts the watching thread. */
    public EdtWatchdog start() {
        Thread t = new Thread(this::watch, "pg-edt-watchdog");
        t.setDaemon(true);
        t.start();
        return this;
    }

    public void stop() {
        running = false;
    }

    /** Stalls reported so far. */
    public long stalls() {
        return stalls.get();
    }

    private void watch() {
        while (running) {
            long sent = System.nanoTime();
            posted.set(sent);
            EventQueue.invokeLater(() -> {
                edt.set(Thread.currentThread());
                posted.compareAndSet(sent, 0);
            });
            boolean reported = false;
            while (running && posted.get() == sent) {
                sleep(10);
                long waited = (System.nanoTime() - sent) / 1_000_000;
                if (!reported && waited > stallMillis && edt.get() != null) {
                    reported = true;
                    stalls.incrementAndGet();
                    report(waited, edt.get().getStackTrace());
                }
            }
            sleep(50);
        }
    }

    private void report(long waited, StackTraceElement[] stack) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(stack.length, 40); i++) {
            sb.append("\n    at ").append(stack[i]);
        }
        LOG.warn("Event thread stalled for more than {} ms (at {} ms now); it is at:{}", stallMillis, waited, sb);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
