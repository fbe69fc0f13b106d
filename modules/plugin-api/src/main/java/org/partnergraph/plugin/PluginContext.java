package org.partnergraph.plugin;

/**
 * What a plugin may use of the application without a window: the graph, the shared selection,
 * background tasks, edits and its settings. A view gets the Swing side's
 * {@code org.partnergraph.plugin.swing.WorkbenchContext}, which extends this. Call its methods on
 * the event thread unless a method says otherwise.
 *
 * @since 2.0 (the headless part of 1.x's {@code WorkbenchContext})
 */
public interface PluginContext {

    /**
     * The id of the plugin ({@code system} for extensions on the class path).
     *
     * @since 2.0
     */
    String pluginId();

    /**
     * The current graph and its changes.
     *
     * @since 2.0
     */
    GraphModel graph();

    /**
     * The selection shared by every view.
     *
     * @since 2.0
     */
    Selection selection();

    /**
     * Background work with progress and cancel.
     *
     * @since 2.0
     */
    TaskRunner tasks();

    /**
     * Settings kept for this plugin across restarts.
     *
     * @since 2.0
     */
    PluginSettings settings();

    /**
     * Edits, executed by the application as undoable commands.
     *
     * @since 2.0
     */
    Edits edits();
}
