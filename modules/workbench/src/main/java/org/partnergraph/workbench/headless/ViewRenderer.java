package org.partnergraph.workbench.headless;

import java.awt.Dimension;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.Edits;
import org.partnergraph.plugin.PluginSettings;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.support.ViewExports;
import org.partnergraph.plugin.swing.ViewExport;
import org.partnergraph.workbench.context.BackgroundTasks;
import org.partnergraph.workbench.context.SharedGraph;
import org.partnergraph.workbench.context.SharedSelection;
import org.partnergraph.workbench.context.StatusMessages;
import org.partnergraph.workbench.context.ViewContext;
import org.partnergraph.workbench.context.WorkbenchSettings;
import org.partnergraph.workbench.plugins.ContributedView;
import org.partnergraph.workbench.plugins.PluginHost;
import org.partnergraph.workbench.plugins.PluginRecord;
import org.partnergraph.workbench.plugins.PluginStatus;

/**
 * Views without a window, for the command line's {@code view} command: loads the plugins as the
 * workbench does, creates one view on a graph (with a selection and settings given), waits until its
 * background tasks are done, and writes one of the exports it offers. The view is laid out at a
 * given size, so PNG and SVG come out as they would on a screen of that size. Works headless.
 */
public final class ViewRenderer implements AutoCloseable {

    private final PluginHost plugins;

    /**
     * Loads the plugins of {@code roots} (the application's {@code plugins/}, the user's).
     *
     * @param userPlugins where enabled/disabled is remembered: disabled plugins stay disabled here too
     */
    public ViewRenderer(List<Path> roots, Path userPlugins) {
        org.partnergraph.workbench.shell.Themes.install(false);
        this.plugins = new PluginHost(roots, userPlugins, false);
        plugins.load();
    }

    /** The views the loaded plugins contribute. */
    public List<ContributedView> views() {
        return plugins.views();
    }

    /** Plugins that were refused or failed, with their sentences. */
    public List<PluginRecord> problems() {
        return plugins.records().stream()
                .filter(r -> r.status() == PluginStatus.FAILED || r.status() == PluginStatus.REFUSED)
                .toList();
    }

    /** What to render. */
    public record Request(
            String viewId,
            PartnershipGraph graph,
            List<String> selectedNodeIds,
            Map<String, String> settings,
            Dimension size,
            Duration timeout) {
        public Request {
            selectedNodeIds = List.copyOf(selectedNodeIds);
            settings = Map.copyOf(settings);
        }
    }

    /** A view, created and settled, with what it offers to export. */
    public record Rendered(String viewId, String title, List<ViewExport> exports, List<String> errors) {

        /** The export whose extension is {@code extension}. */
        public Optional<ViewExport> export(String extension) {
            return exports.stream()
                    .filter(e -> e.fileExtension().equalsIgnoreCase(extension))
                    .findFirst();
        }

        /** The extensions offered, for messages. */
        public List<String> extensions() {
            return exports.stream().map(ViewExport::fileExtension).toList();
        }
    }

    /**
     * Creates the view on the request's graph, selects the nodes, waits for its tasks and returns its exports.
     *
     * @throws IllegalArgumentException naming the view ids there are, when {@code viewId} is not one
     * @throws IllegalStateException when the view throws, or has not settled within the timeout
     */
    public Rendered render(Request request) throws InterruptedException {
        ContributedView view = views().stream()
                .filter(v -> v.info().id().equals(request.viewId()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no view '" + request.viewId()
                        + "'; the views are: "
                        + String.join(
                                ", ",
                                views().stream()
                                        .map(v -> v.info().id())
                                        .sorted()
                                        .toList())
                        + "."));
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        StatusMessages messages = new StatusMessages() {
            @Override
            public void info(String sentence) {}

            @Override
            public void error(String sentence) {
                errors.add(sentence);
            }
        };
        BackgroundTasks tasks = new BackgroundTasks(messages);
        SharedGraph graph = new SharedGraph();
        SharedSelection selection = new SharedSelection();
        Path settingsFile;
        try {
            settingsFile = Files.createTempFile("pg-view-settings", ".properties");
            Files.delete(settingsFile);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        PluginSettings settings = new WorkbenchSettings(settingsFile).forPlugin(view.pluginId());
        request.settings().forEach(settings::put);
        Edits readOnly = edit -> CompletableFuture.failedFuture(
                new UnsupportedOperationException("the command line renders views read-only"));
        List<SelectedItem> selected =
                request.selectedNodeIds().stream().map(SelectedItem::node).toList();
        AtomicReference<ViewContext> context = new AtomicReference<>();
        AtomicReference<JComponent> component = new AtomicReference<>();
        onEventThread(() -> {
            graph.replaceSnapshot(request.graph(), "loaded");
            selection.publish(this, selected);
            ViewContext c = new ViewContext(
                    view.pluginId(),
                    graph,
                    selection,
                    tasks,
                    settings,
                    readOnly,
                    e -> errors.add(view.info().title() + " threw: " + StatusMessages.sentence(e)));
            context.set(c);
            JComponent created = view.view().create(c);
            if (created == null) {
                throw new IllegalStateException(view.info().title() + ": create() returned no component");
            }
            component.set(created);
            layOut(created, request.size());
            if (!selected.isEmpty()) {
                selection.publish(this, selected);
            }
        });
        settle(tasks, request.timeout(), view.info().title());
        onEventThread(() -> layOut(component.get(), request.size()));
        settle(tasks, request.timeout(), view.info().title());
        List<ViewExport> exports = callOnEventThread(() -> context.get().exports());
        return new Rendered(view.info().id(), view.info().title(), exports, List.copyOf(errors));
    }

    /** Writes {@code export} to {@code target} (the bytes made on the event thread, as the shell does). */
    public static void write(ViewExport export, Path target) throws IOException, InterruptedException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        AtomicReference<IOException> failure = new AtomicReference<>();
        onEventThread(() -> {
            try {
                export.write(bytes);
            } catch (IOException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            bytes.writeTo(out);
        }
    }

    /** Outside a window Swing lays nothing out (validate needs a screen peer): lay out the tree by hand, twice (scroll panes settle). */
    private static void layOut(JComponent c, Dimension size) {
        c.setSize(size);
        ViewExports.laidOut(c);
        ViewExports.laidOut(c);
    }

    /** Waits until no task runs and the event queue has drained, twice in a row. */
    private static void settle(BackgroundTasks tasks, Duration timeout, String title) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        int quiet = 0;
        while (quiet < 2) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException(title + " was still working after " + timeout.toSeconds() + " s: "
                        + tasks.running().stream()
                                .map(BackgroundTasks.Running::title)
                                .toList());
            }
            boolean idle = tasks.running().isEmpty();
            onEventThread(() -> {});
            quiet = idle && tasks.running().isEmpty() ? quiet + 1 : 0;
            Thread.sleep(idle ? 20 : 100);
        }
    }

    private static void onEventThread(Runnable r) throws InterruptedException {
        callOnEventThread(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T callOnEventThread(java.util.function.Supplier<T> s) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> result.set(s.get()));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        return result.get();
    }

    @Override
    public void close() {
        plugins.stop();
    }
}
