package org.partnergraph.workbench;

import java.util.function.BiConsumer;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.partnergraph.workbench.context.StatusMessages;
import org.partnergraph.workbench.context.ViewContext;
import org.partnergraph.workbench.plugins.ContributedView;
import org.partnergraph.workbench.shell.ErrorPanel;

/**
 * One open view: its context and its component. When the view throws (in {@code create}, in a
 * listener the context wraps, or anywhere its plugin's code runs: {@link Containment}), its
 * listeners are removed and its error shows in its place with a Restart view button, which
 * creates the view again in a new context. Event thread only.
 */
final class HostedView {

    private final Workbench workbench;
    private final ContributedView view;
    private final BiConsumer<JComponent, JComponent> swap;
    private ViewContext context;
    private JComponent component;
    private boolean failed;

    /** @param swap puts the second component where the first is shown */
    HostedView(Workbench workbench, ContributedView view, BiConsumer<JComponent, JComponent> swap) {
        this.workbench = workbench;
        this.view = view;
        this.swap = swap;
        this.component = build();
    }

    JComponent component() {
        return component;
    }

    ViewContext context() {
        return context;
    }

    String pluginId() {
        return view.pluginId();
    }

    String viewId() {
        return view.info().id();
    }

    /** The view's plugin threw {@code e} while this view was open: show the error instead. */
    void fail(Throwable e) {
        if (failed) {
            return;
        }
        context.dispose();
        String sentence =
                view.info().title() + " (plugin " + view.pluginId() + ") threw: " + StatusMessages.sentence(e);
        workbench.plugins().markViewFailed(view.pluginId(), viewId(), sentence);
        workbench.window().statusBar().error(sentence);
        show(errorPanel(sentence, e));
    }

    /** Creates the view again (the error panel's Restart view). */
    void restart() {
        context.dispose();
        show(build());
    }

    /** The view was closed. */
    void dispose() {
        context.dispose();
    }

    private void show(JComponent next) {
        JComponent old = component;
        component = next;
        swap.accept(old, next);
    }

    private JComponent build() {
        failed = false;
        ViewContext[] self = new ViewContext[1];
        ViewContext c = new ViewContext(
                view.pluginId(),
                workbench.graph(),
                workbench.selection(),
                workbench.tasks(),
                workbench.settings().forPlugin(view.pluginId()),
                workbench.edits(),
                e -> failFrom(self[0], e));
        self[0] = c;
        c.setViewOpener(
                id -> SwingUtilities.invokeLater(() -> workbench.window().openViewById(id)));
        context = c;
        try {
            JComponent created = view.view().create(c);
            if (created == null) {
                throw new IllegalStateException("create() returned no component");
            }
            workbench.plugins().viewWorks(view.pluginId(), viewId());
            return created;
        } catch (RuntimeException | LinkageError e) {
            c.dispose();
            String sentence = view.info().title() + " (plugin " + view.pluginId() + ") could not be created: "
                    + StatusMessages.sentence(e);
            workbench.plugins().markViewFailed(view.pluginId(), viewId(), sentence);
            workbench.window().statusBar().error(sentence);
            return errorPanel(sentence, e);
        }
    }

    /** A failure reported by a context: only the current one counts, not one replaced by a restart. */
    private void failFrom(ViewContext from, Throwable e) {
        if (from == context) {
            fail(e);
        }
    }

    private JComponent errorPanel(String sentence, Throwable e) {
        failed = true;
        return new ErrorPanel(sentence, e, this::restart);
    }
}
