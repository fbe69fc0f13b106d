package org.partnergraph.plugin.swing;

import java.util.List;
import org.partnergraph.plugin.PluginContext;

/**
 * Everything a view may use of the workbench: the headless {@link PluginContext} and what only a
 * view does (offer exports, open another view). Each open view gets its own context; listeners
 * registered through it are removed when the view closes, and exceptions thrown by them are
 * contained and reported against the plugin. Call its methods on the event thread unless a method
 * says otherwise.
 *
 * @since 2.0 (1.x's {@code org.partnergraph.plugin.swing.WorkbenchContext})
 */
public interface WorkbenchContext extends PluginContext {

    /**
     * Says what this view can export now, replacing what it offered before (an empty list offers
     * nothing). File &gt; Export view and the command line's {@code view} command list these.
     *
     * @since 2.0
     */
    void offerExports(List<? extends ViewExport> exports);

    /**
     * Opens the view with this id (or brings it to the front when it is open), as if the user had
     * chosen it from the View menu: a dashboard opening the full chart of what the user picked
     * (publish the selection first; the opened view follows it). An unknown id does nothing.
     *
     * @since 2.0
     */
    void openView(String viewId);
}
