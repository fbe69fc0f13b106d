package org.partnergraph.plugin.swing;

import javax.swing.JComponent;
import org.partnergraph.plugin.PluginContext;
import org.pf4j.ExtensionPoint;

/**
 * An analysis view: a titled Swing component bound to the workbench. Annotate the implementation
 * with {@code @org.pf4j.Extension} so the compile-time index lists it.
 *
 * <p>The shell calls {@link #info()} to place the view (menu, tab title, icon, position) and
 * {@link #create(WorkbenchContext)} on the event thread each time the user opens it. A view reads
 * the graph from {@link WorkbenchContext#graph()}, follows and publishes the selection, and runs
 * anything slow through {@link PluginContext#tasks()}. Listeners registered through the context
 * are removed when the view closes. If {@code create} or a listener throws, the shell shows the
 * error in the view's place and marks the plugin failed; the rest of the workbench keeps working.
 *
 * @since 2.0 (1.x's {@code org.partnergraph.plugin.swing.AnalysisView})
 */
public interface AnalysisView extends ExtensionPoint {

    /**
     * Where and how the view appears; read once, without side effects.
     *
     * @since 2.0
     */
    ViewInfo info();

    /**
     * Builds the view's component. Called on the event thread; must return quickly (start slow
     * work with {@link PluginContext#tasks()}).
     *
     * @since 2.0
     */
    JComponent create(WorkbenchContext context);
}
