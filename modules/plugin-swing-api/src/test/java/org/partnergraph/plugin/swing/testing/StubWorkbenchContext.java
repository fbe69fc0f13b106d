package org.partnergraph.plugin.swing.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.BackgroundTask;
import org.partnergraph.plugin.EditRequest;
import org.partnergraph.plugin.Edits;
import org.partnergraph.plugin.GraphChange;
import org.partnergraph.plugin.GraphListener;
import org.partnergraph.plugin.GraphModel;
import org.partnergraph.plugin.PluginSettings;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.Selection;
import org.partnergraph.plugin.SelectionEvent;
import org.partnergraph.plugin.SelectionListener;
import org.partnergraph.plugin.TaskHandle;
import org.partnergraph.plugin.TaskMonitor;
import org.partnergraph.plugin.TaskRunner;
import org.partnergraph.plugin.WaveComparison;
import org.partnergraph.plugin.swing.WorkbenchContext;

/**
 * A workbench context for a plugin's own unit tests: an in-memory graph you set, a selection,
 * tasks that run at once on the calling thread, settings in a map, and edit requests recorded
 * (not applied). Use it from one thread.
 *
 * <pre>{@code
 * StubWorkbenchContext context = new StubWorkbenchContext(graph);
 * JComponent view = new MyView().create(context);
 * context.selection().publish(this, List.of(SelectedItem.node("x:partner")));
 * }</pre>
 */
public final class StubWorkbenchContext implements WorkbenchContext {

    private PartnershipGraph graph;
    private PartnershipGraph history;
    private LocalDate asOf;
    private WaveComparison comparison;
    private List<SelectedItem> selected = List.of();
    private final List<GraphListener> graphListeners = new CopyOnWriteArrayList<>();
    private final List<SelectionListener> selectionListeners = new CopyOnWriteArrayList<>();
    private final Map<String, String> values = new HashMap<>();
    private final List<EditRequest> requestedEdits = new ArrayList<>();
    private final List<Exception> taskFailures = new ArrayList<>();
    private List<org.partnergraph.plugin.swing.ViewExport> exports = List.of();
    private final List<String> openedViews = new ArrayList<>();

    public StubWorkbenchContext(PartnershipGraph graph) {
        this.graph = graph;
    }

    /** Replaces the graph and tells the listeners, as a load or an edit would. */
    public void setGraph(PartnershipGraph next, String reason) {
        GraphChange change = new GraphChange(graph, next, reason);
        graph = next;
        graphListeners.forEach(l -> l.graphChanged(change));
    }

    /** Sets the history, the date shown and the waves compared (each may be null), and tells the listeners. */
    public void setTime(PartnershipGraph history, LocalDate asOf, WaveComparison comparison, String reason) {
        this.history = history;
        this.asOf = asOf;
        this.comparison = comparison;
        setGraph(graph, reason);
    }

    /** The edits the view asked for, in order. */
    public List<EditRequest> requestedEdits() {
        return requestedEdits;
    }

    /** Exceptions thrown by tasks the view submitted. */
    public List<Exception> taskFailures() {
        return taskFailures;
    }

    @Override
    public String pluginId() {
        return "test";
    }

    @Override
    public GraphModel graph() {
        return new GraphModel() {
            @Override
            public PartnershipGraph current() {
                return graph;
            }

            @Override
            public PartnershipGraph history() {
                return history == null ? graph : history;
            }

            @Override
            public Optional<LocalDate> asOf() {
                return Optional.ofNullable(asOf);
            }

            @Override
            public Optional<WaveComparison> comparison() {
                return Optional.ofNullable(comparison);
            }

            @Override
            public String viewer() {
                return "test";
            }

            @Override
            public void addGraphListener(GraphListener listener) {
                graphListeners.add(listener);
            }

            @Override
            public void removeGraphListener(GraphListener listener) {
                graphListeners.remove(listener);
            }
        };
    }

    @Override
    public Selection selection() {
        return new Selection() {
            @Override
            public List<SelectedItem> items() {
                return selected;
            }

            @Override
            public void publish(Object source, List<? extends SelectedItem> items) {
                selected = List.copyOf(items);
                SelectionEvent event = new SelectionEvent(source, selected);
                selectionListeners.forEach(l -> l.selectionChanged(event));
            }

            @Override
            public void follow(SelectionListener listener) {
                selectionListeners.add(listener);
            }

            @Override
            public void unfollow(SelectionListener listener) {
                selectionListeners.remove(listener);
            }
        };
    }

    @Override
    public TaskRunner tasks() {
        return new TaskRunner() {
            @Override
            public <T> TaskHandle submit(String title, BackgroundTask<T> task, Consumer<? super T> onSuccess) {
                try {
                    onSuccess.accept(task.run(new TaskMonitor() {
                        @Override
                        public void progress(long done, long total) {}

                        @Override
                        public void message(String text) {}

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    }));
                } catch (Exception e) {
                    taskFailures.add(e);
                }
                return new TaskHandle() {
                    @Override
                    public void cancel() {}

                    @Override
                    public boolean isDone() {
                        return true;
                    }
                };
            }
        };
    }

    @Override
    public PluginSettings settings() {
        return new PluginSettings() {
            @Override
            public String get(String key, String fallback) {
                return values.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                if (value == null) {
                    values.remove(key);
                } else {
                    values.put(key, value);
                }
            }
        };
    }

    @Override
    public Edits edits() {
        return edit -> {
            requestedEdits.add(edit);
            CompletionStage<Void> done = CompletableFuture.completedFuture(null);
            return done;
        };
    }

    @Override
    public void offerExports(List<? extends org.partnergraph.plugin.swing.ViewExport> offered) {
        exports = List.copyOf(offered);
    }

    @Override
    public void openView(String viewId) {
        openedViews.add(viewId);
    }

    /** The views the view asked to open, in order. */
    public List<String> openedViews() {
        return openedViews;
    }

    /** What the view offers to export now. */
    public List<org.partnergraph.plugin.swing.ViewExport> exports() {
        return exports;
    }
}
