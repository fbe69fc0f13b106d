package org.partnergraph.workbench.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.partnergraph.plugin.PluginApi;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.workbench.context.StatusMessages;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the plugins, keeps every plugin's state and error, and lists the views, importers and
 * exporters they contribute; install, enable and disable change those lists at once. Nothing a
 * plugin does here can stop the workbench: a load, start or extension that throws marks that
 * plugin failed with its sentence. {@link #load()}, {@link #install} and {@link #setEnabled} run
 * off the event thread.
 */
public final class PluginHost {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    /** The id of views found on the application class path. */
    public static final String SYSTEM = "system";

    private final WorkbenchPluginManager manager;
    private final Path userPlugins;
    private final Map<String, PluginRecord> records = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<ContributedView> views = new CopyOnWriteArrayList<>();
    private final List<Contributed<org.partnergraph.plugin.Importer>> importers = new CopyOnWriteArrayList<>();
    private final List<Contributed<org.partnergraph.plugin.Exporter>> exporters = new CopyOnWriteArrayList<>();

    /** An importer or exporter and the plugin it comes from. */
    public record Contributed<T>(String pluginId, T extension) {}

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param roots the folders to load from: the application's {@code plugins/}, the user's
     * @param userPlugins where installed jars go and where enabled/disabled is remembered
     */
    public PluginHost(List<Path> roots, Path userPlugins, boolean development) {
        this.userPlugins = userPlugins;
        List<Path> existing =
                roots.stream().filter(Files::isDirectory).distinct().toList();
        this.manager = new WorkbenchPluginManager(existing, userPlugins, PluginApi.version(), development);
    }

    /** Loads and starts every plugin and collects the views; safe to call once. */
    public synchronized void load() {
        try {
            manager.loadPlugins();
        } catch (RuntimeException e) {
            LOG.warn("Loading plugins failed", e);
        }
        for (PluginWrapper w : manager.getPlugins()) {
            if (w.getPluginState() == PluginState.RESOLVED) {
                try {
                    manager.startPlugin(w.getPluginId());
                } catch (RuntimeException | LinkageError e) {
                    w.setPluginState(PluginState.FAILED);
                    w.setFailedException(e);
                }
            }
        }
        for (PluginWrapper w : manager.getPlugins()) {
            records.put(w.getPluginId(), recordOf(w));
        }
        collectViews(null);
        for (PluginWrapper w : manager.getStartedPlugins()) {
            collectViews(w.getPluginId());
        }
        fire();
    }

    private void collectViews(String pluginId) {
        String id = pluginId == null ? SYSTEM : pluginId;
        try {
            List<AnalysisView> found = pluginId == null
                    ? manager.getExtensions(AnalysisView.class, (String) null)
                    : manager.getExtensions(AnalysisView.class, pluginId);
            for (AnalysisView v : found) {
                try {
                    ViewInfo info = v.info();
                    views.add(new ContributedView(id, v, info));
                } catch (RuntimeException | LinkageError e) {
                    markFailed(
                            id,
                            "its view " + v.getClass().getSimpleName() + " has no valid info: "
                                    + StatusMessages.sentence(e));
                }
            }
        } catch (RuntimeException | LinkageError e) {
            markFailed(id, "its views could not be created: " + StatusMessages.sentence(e));
        }
        try {
            (pluginId == null
                            ? manager.getExtensions(org.partnergraph.plugin.Importer.class, (String) null)
                            : manager.getExtensions(org.partnergraph.plugin.Importer.class, pluginId))
                    .forEach(i -> importers.add(new Contributed<>(id, i)));
            (pluginId == null
                            ? manager.getExtensions(org.partnergraph.plugin.Exporter.class, (String) null)
                            : manager.getExtensions(org.partnergraph.plugin.Exporter.class, pluginId))
                    .forEach(x -> exporters.add(new Contributed<>(id, x)));
        } catch (RuntimeException | LinkageError e) {
            markFailed(id, "its importers or exporters could not be created: " + StatusMessages.sentence(e));
        }
    }

    /** The importers the loaded plugins contribute (File > Import). */
    public List<Contributed<org.partnergraph.plugin.Importer>> importers() {
        return List.copyOf(importers);
    }

    /** The exporters the loaded plugins contribute (File > Export graph). */
    public List<Contributed<org.partnergraph.plugin.Exporter>> exporters() {
        return List.copyOf(exporters);
    }

    private PluginRecord recordOf(PluginWrapper w) {
        var d = w.getDescriptor();
        String refusal = manager.refusals().get(w.getPluginId());
        PluginStatus status;
        String error = "";
        if (refusal != null) {
            status = PluginStatus.REFUSED;
            error = refusal;
        } else if (w.getPluginState() == PluginState.STARTED) {
            status = PluginStatus.STARTED;
        } else if (w.getPluginState() == PluginState.DISABLED) {
            status = PluginStatus.DISABLED;
        } else {
            status = PluginStatus.FAILED;
            error = w.getFailedException() == null
                    ? "it did not start (" + w.getPluginState() + ")"
                    : StatusMessages.sentence(w.getFailedException());
        }
        return new PluginRecord(
                w.getPluginId(), d.getVersion(), d.getProvider(), d.getRequires(), status, error, w.getPluginPath());
    }

    /** The views that failed, by plugin: while one of them has not worked again, the plugin shows failed. */
    private final Map<String, java.util.Set<String>> failedViews = new java.util.concurrent.ConcurrentHashMap<>();

    /** Marks a plugin failed because its view {@code viewId} threw; the plugin manager shows {@code sentence}. */
    public void markViewFailed(String pluginId, String viewId, String sentence) {
        failedViews
                .computeIfAbsent(pluginId, k -> java.util.concurrent.ConcurrentHashMap.newKeySet())
                .add(viewId);
        markFailed(pluginId, sentence);
    }

    /**
     * The view {@code viewId} works (it was created or restarted): when no other view of the
     * plugin is failed, the plugin shows its state again instead of the old failure.
     */
    public void viewWorks(String pluginId, String viewId) {
        java.util.Set<String> failed = failedViews.get(pluginId);
        if (failed == null || !failed.remove(viewId) || !failed.isEmpty()) {
            return;
        }
        failedViews.remove(pluginId);
        PluginWrapper w = SYSTEM.equals(pluginId) ? null : manager.getPlugin(pluginId);
        if (w == null) {
            records.remove(pluginId);
        } else {
            records.put(pluginId, recordOf(w));
        }
        fire();
    }

    /**
     * The plugin whose code threw {@code e}: the first stack frame, innermost first, through the
     * causes, whose class a started plugin's own class loader defined. Empty for the workbench's
     * and the class path's code.
     */
    public Optional<String> culprit(Throwable e) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                Optional<String> id = pluginDefining(frame.getClassName());
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> pluginDefining(String className) {
        if (className.startsWith("java.")
                || className.startsWith("javax.")
                || className.startsWith("jdk.")
                || className.startsWith("sun.")) {
            return Optional.empty();
        }
        for (PluginWrapper w : manager.getPlugins()) {
            ClassLoader loader = w.getPluginClassLoader();
            if (loader == null || loader == getClass().getClassLoader()) {
                continue;
            }
            try {
                if (Class.forName(className, false, loader).getClassLoader() == loader) {
                    return Optional.of(w.getPluginId());
                }
            } catch (ClassNotFoundException | LinkageError notThere) {
                // not this plugin's class
            }
        }
        return Optional.empty();
    }

    /** Marks a plugin failed; the plugin manager shows {@code sentence}. */
    public void markFailed(String pluginId, String sentence) {
        LOG.warn("Plugin {} failed: {}", pluginId, sentence);
        records.compute(
                pluginId,
                (k, r) -> r == null
                        ? new PluginRecord(pluginId, "", "", PluginApi.VERSION, PluginStatus.FAILED, sentence, null)
                        : r.withFailure(sentence));
        fire();
    }

    public List<PluginRecord> records() {
        synchronized (records) {
            return new ArrayList<>(records.values());
        }
    }

    public List<ContributedView> views() {
        return List.copyOf(views);
    }

    /**
     * Enables or disables a plugin now, and remembers it for the next start: enabling starts it and
     * adds its views, importers and exporters; disabling stops it and takes them away (the window
     * closes its open views). Off the event thread.
     *
     * @return the plugin's record afterwards (failed, when it would not start)
     */
    public synchronized PluginRecord setEnabled(String pluginId, boolean enabled) {
        withdraw(pluginId);
        failedViews.remove(pluginId);
        if (enabled) {
            manager.enablePlugin(pluginId);
            start(pluginId);
        } else {
            manager.disablePlugin(pluginId);
        }
        PluginWrapper w = manager.getPlugin(pluginId);
        PluginRecord r = recordOf(w);
        records.put(pluginId, r);
        if (r.status() == PluginStatus.STARTED) {
            collectViews(pluginId);
        }
        fire();
        return r;
    }

    /** Starts a loaded plugin; a start that throws marks it failed. */
    private void start(String pluginId) {
        PluginWrapper w = manager.getPlugin(pluginId);
        if (w.getPluginState() == PluginState.STARTED) {
            return;
        }
        try {
            manager.startPlugin(pluginId);
        } catch (RuntimeException | LinkageError e) {
            w.setPluginState(PluginState.FAILED);
            w.setFailedException(e);
        }
    }

    /** Takes the plugin's views, importers and exporters out of the lists. */
    private void withdraw(String pluginId) {
        views.removeIf(v -> v.pluginId().equals(pluginId));
        importers.removeIf(c -> c.pluginId().equals(pluginId));
        exporters.removeIf(c -> c.pluginId().equals(pluginId));
    }

    /** The views plugin {@code pluginId} contributes now. */
    public List<ContributedView> viewsOf(String pluginId) {
        return views.stream().filter(v -> v.pluginId().equals(pluginId)).toList();
    }

    /**
     * Copies a plugin jar into the user plugins folder and loads it. Off the event thread.
     *
     * @return the plugin's record (refused or failed ones included)
     * @throws IOException when the jar cannot be copied
     */
    public synchronized PluginRecord install(Path jar) throws IOException {
        Files.createDirectories(userPlugins);
        Path target = userPlugins.resolve(jar.getFileName());
        Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
        String id;
        try {
            id = manager.loadPlugin(target);
        } catch (RuntimeException e) {
            throw new IOException("Could not load " + jar.getFileName() + ": " + StatusMessages.sentence(e), e);
        }
        PluginWrapper w = manager.getPlugin(id);
        if (w.getPluginState() == PluginState.RESOLVED) {
            start(id);
        }
        PluginRecord r = recordOf(w);
        records.put(id, r);
        if (r.status() == PluginStatus.STARTED) {
            collectViews(id);
        }
        fire();
        return r;
    }

    /** Called (on any thread) when records or views change. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Stops calling {@code listener} (a closed plugin manager window). */
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** How many change listeners there are (tests: a closed window leaves none behind). */
    public int changeListenerCount() {
        return listeners.size();
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    /** The ids of the plugins running now. */
    List<String> started() {
        return manager.getStartedPlugins().stream()
                .map(PluginWrapper::getPluginId)
                .toList();
    }

    /**
     * Stops the plugins (at exit), last started first. Not {@code manager.stopPlugins()}: in PF4J
     * 3.15.0 it removes each plugin from the list it is iterating over and throws
     * ConcurrentModificationException after the first (pf4j issue #656).
     */
    public void stop() {
        List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
        Collections.reverse(started);
        for (PluginWrapper plugin : started) {
            try {
                if (plugin.getPluginState() == PluginState.STARTED) {
                    manager.stopPlugin(plugin.getPluginId());
                }
            } catch (RuntimeException e) {
                LOG.warn("Stopping plugin {} failed", plugin.getPluginId(), e);
            }
        }
    }
}
