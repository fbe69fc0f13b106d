package org.partnergraph.plugin;

/**
 * Everything a view may use of the workbench. Each open view gets its own context; listeners
 * registered through it are removed when the view closes, and exceptions thrown by them are
 * contained and reported against the plugin. Call its methods on the event thread unless a
 * method says otherwise.
 *
 * @since 1.0
 */
public interface WorkbenchContext {

    /** The id of the plugin the view comes from ({@code system} for views on the class path). */
    String pluginId();

    /** The current graph and its changes. */
    GraphModel graph();

    /** The selection shared by every view. */
    Selection selection();

    /** Background work with progress and cancel. */
    TaskRunner tasks();

    /** Settings kept for this plugin across restarts. */
    PluginSettings settings();

    /** Edits, executed by the shell as undoable commands. */
    Edits edits();

    /**
     * Says what this view can export now, replacing what it offered before (an empty list offers
     * nothing). File &gt; Export view and the command line's {@code view} command list these.
     *
     * @since 1.1
     */
    void offerExports(java.util.List<? extends ViewExport> exports);

    /**
     * Opens the view with this id (or brings it to the front when it is open), as if the user had
     * chosen it from the View menu: a dashboard opening the full chart of what the user picked
     * (publish the selection first; the opened view follows it). An unknown id does nothing.
     *
     * @since 1.1
     */
    void openView(String viewId);
}
