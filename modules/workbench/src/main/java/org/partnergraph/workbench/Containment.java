package org.partnergraph.workbench;

import java.util.Optional;
import javax.swing.SwingUtilities;
import org.partnergraph.workbench.context.StatusMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The uncaught-exception handler of every thread (the event thread included: since Java 7 it
 * hands what an event throws to the thread's handler and goes on dispatching). A throwable whose
 * stack frames come from a plugin's class loader is that plugin's failure ({@link
 * #pluginThrew}); anything else is logged and said in the status bar. The shell never
 * stops for either. One handler per JVM, routed to the workbench that runs now.
 */
final class Containment implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Containment.class);
    private static final Containment HANDLER = new Containment();

    private volatile Workbench workbench;

    private Containment() {}

    /** Makes {@code w} the workbench that uncaught throwables are reported to. */
    static synchronized void install(Workbench w) {
        HANDLER.workbench = w;
        if (Thread.getDefaultUncaughtExceptionHandler() != HANDLER) {
            Thread.setDefaultUncaughtExceptionHandler(HANDLER);
        }
    }

    /** {@code w} is closing: throwables are only logged until another workbench starts. */
    static synchronized void release(Workbench w) {
        if (HANDLER.workbench == w) {
            HANDLER.workbench = null;
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        try {
            Workbench w = workbench;
            if (w == null) {
                LOG.error("Uncaught exception on {}", thread.getName(), e);
                return;
            }
            Optional<String> plugin = w.plugins().culprit(e);
            Runnable report;
            if (plugin.isPresent()) {
                LOG.warn("Uncaught exception on {} from plugin {}", thread.getName(), plugin.get(), e);
                report = () -> pluginThrew(w, plugin.get(), e);
            } else {
                LOG.error("Uncaught exception on {}", thread.getName(), e);
                report = () -> shellThrew(w, e);
            }
            if (SwingUtilities.isEventDispatchThread()) {
                report.run();
            } else {
                SwingUtilities.invokeLater(report);
            }
        } catch (RuntimeException | LinkageError inner) {
            LOG.error("Reporting an uncaught exception failed", inner);
        }
    }

    /**
     * Code of plugin {@code pluginId} threw {@code e} where nothing caught it (a Swing listener,
     * paint code, a thread or task of its own): its open views show the error with Restart view,
     * and it is marked failed. Event thread.
     */
    private static void pluginThrew(Workbench w, String pluginId, Throwable e) {
        if (!w.window().failViewsOf(pluginId, e)) {
            String sentence = "Plugin " + pluginId + " threw: " + StatusMessages.sentence(e);
            w.plugins().markFailed(pluginId, sentence);
            w.window().statusBar().error(sentence);
        }
    }

    /** Something threw that no plugin's code was part of (logged already): said in the status bar. */
    private static void shellThrew(Workbench w, Throwable e) {
        w.window()
                .statusBar()
                .error("Something went wrong (" + StatusMessages.sentence(e) + "); the log has the details.");
    }
}
