package org.partnergraph.workbench.context;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.BackgroundTask;
import org.partnergraph.plugin.Edits;
import org.partnergraph.plugin.GraphListener;
import org.partnergraph.plugin.GraphModel;
import org.partnergraph.plugin.PluginSettings;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.Selection;
import org.partnergraph.plugin.SelectionListener;
import org.partnergraph.plugin.TaskHandle;
import org.partnergraph.plugin.TaskRunner;
import org.partnergraph.plugin.WaveComparison;
import org.partnergraph.plugin.swing.WorkbenchContext;

/**
 * The context of one open view. Every listener and task callback the view registers is wrapped:
 * an exception goes to {@code onFailure} (which replaces the view with its error and marks the
 * plugin failed) instead of reaching the shell; so does a runtime exception or error out of a
 * task the view submitted (a checked one is the task's failure, said in the status bar).
 * {@link #dispose()} removes them all.
 */
public final class ViewContext implements WorkbenchContext {

    private final String pluginId;
    private final SharedGraph graph;
    private final SharedSelection selection;
    private final BackgroundTasks tasks;
    private final PluginSettings settings;
    private final Edits edits;
    private final Consumer<Throwable> onFailure;
    private final List<GraphListener> graphListeners = new ArrayList<>();
    private final List<SelectionListener> selectionListeners = new ArrayList<>();
    private final List<TaskHandle> handles = new ArrayList<>();
    private volatile List<org.partnergraph.plugin.swing.ViewExport> exports = List.of();
    private boolean disposed;

    public ViewContext(
            String pluginId,
            SharedGraph graph,
            SharedSelection selection,
            BackgroundTasks tasks,
            PluginSettings settings,
            Edits edits,
            Consumer<Throwable> onFailure) {
        this.pluginId = pluginId;
        this.graph = graph;
        this.selection = selection;
        this.tasks = tasks;
        this.settings = settings;
        this.edits = edits;
        this.onFailure = onFailure;
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public GraphModel graph() {
        return new GraphModel() {
            @Override
            public PartnershipGraph current() {
                return graph.current();
            }

            @Override
            public PartnershipGraph history() {
                return graph.history();
            }

            @Override
            public Optional<LocalDate> asOf() {
                return graph.asOf();
            }

            @Override
            public Optional<WaveComparison> comparison() {
                return graph.comparison();
            }

            @Override
            public String viewer() {
                return graph.viewer();
            }

            @Override
            public void addGraphListener(GraphListener listener) {
                GraphListener guarded = new GuardedGraphListener(listener);
                graphListeners.add(guarded);
                graph.addGraphListener(guarded);
            }

            @Override
            public void removeGraphListener(GraphListener listener) {
                graphListeners.removeIf(g -> {
                    boolean match = ((GuardedGraphListener) g).inner == listener;
                    if (match) {
                        graph.removeGraphListener(g);
                    }
                    return match;
                });
            }
        };
    }

    @Override
    public Selection selection() {
        return new Selection() {
            @Override
            public List<SelectedItem> items() {
                return selection.items();
            }

            @Override
            public void publish(Object source, List<? extends SelectedItem> items) {
                selection.publish(source, items);
            }

            @Override
            public void follow(SelectionListener listener) {
                SelectionListener guarded = new GuardedSelectionListener(listener);
                selectionListeners.add(guarded);
                selection.follow(guarded);
            }

            @Override
            public void unfollow(SelectionListener listener) {
                selectionListeners.removeIf(g -> {
                    boolean match = ((GuardedSelectionListener) g).inner == listener;
                    if (match) {
                        selection.unfollow(g);
                    }
                    return match;
                });
            }
        };
    }

    @Override
    public TaskRunner tasks() {
        return new TaskRunner() {
            @Override
            public <T> TaskHandle submit(String title, BackgroundTask<T> task, Consumer<? super T> onSuccess) {
                TaskHandle h = tasks.submit(
                        title,
                        task,
                        result -> {
                            if (!disposed) {
                                guard(() -> onSuccess.accept(result));
                            }
                        },
                        e -> {
                            if (disposed) {
                                return;
                            }
                            if (e instanceof RuntimeException || e instanceof Error) {
                                // a bug in the view's own task: the view fails, as in a listener
                                dispose();
                                onFailure.accept(e);
                            } else {
                                tasks.report(title, e);
                            }
                        });
                handles.add(h);
                return h;
            }
        };
    }

    @Override
    public PluginSettings settings() {
        return settings;
    }

    @Override
    public Edits edits() {
        return request -> {
            CompletionStage<Void> done = edits.request(request);
            return done;
        };
    }

    @Override
    public void offerExports(List<? extends org.partnergraph.plugin.swing.ViewExport> offered) {
        exports = List.copyOf(offered);
    }

    private volatile Consumer<String> viewOpener = id -> {};

    /** Who opens a view when this view asks ({@link #openView}); nobody by default (the command line). */
    public void setViewOpener(Consumer<String> opener) {
        viewOpener = opener;
    }

    @Override
    public void openView(String viewId) {
        if (!disposed) {
            viewOpener.accept(viewId);
        }
    }

    /** What the view offers to export now (File > Export view, the command line's {@code view}). */
    public List<org.partnergraph.plugin.swing.ViewExport> exports() {
        return exports;
    }

    /** Removes the view's listeners and cancels its tasks. */
    public void dispose() {
        disposed = true;
        graphListeners.forEach(graph::removeGraphListener);
        selectionListeners.forEach(selection::unfollow);
        handles.forEach(TaskHandle::cancel);
        graphListeners.clear();
        selectionListeners.clear();
        handles.clear();
    }

    private void guard(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException | LinkageError e) {
            dispose();
            SwingUtilities.invokeLater(() -> onFailure.accept(e));
        }
    }

    private final class GuardedGraphListener implements GraphListener {
        final GraphListener inner;

        GuardedGraphListener(GraphListener inner) {
            this.inner = inner;
        }

        @Override
        public void graphChanged(org.partnergraph.plugin.GraphChange change) {
            guard(() -> inner.graphChanged(change));
        }
    }

    private final class GuardedSelectionListener implements SelectionListener {
        final SelectionListener inner;

        GuardedSelectionListener(SelectionListener inner) {
            this.inner = inner;
        }

        @Override
        public void selectionChanged(org.partnergraph.plugin.SelectionEvent event) {
            guard(() -> inner.selectionChanged(event));
        }
    }
}
