package org.partnergraph.workbench.context;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.Selection;
import org.partnergraph.plugin.SelectionEvent;
import org.partnergraph.plugin.SelectionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The selection every view shares. Publishing the same items again fires nothing, so views that
 * follow each other cannot loop; a listener that throws does not stop the others.
 */
public final class SharedSelection implements Selection {

    private static final Logger LOG = LoggerFactory.getLogger(SharedSelection.class);

    private List<SelectedItem> items = List.of();
    private final List<SelectionListener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public List<SelectedItem> items() {
        return items;
    }

    @Override
    public void publish(Object source, List<? extends SelectedItem> next) {
        Objects.requireNonNull(next, "items");
        List<SelectedItem> copy = List.copyOf(next);
        if (copy.equals(items)) {
            return;
        }
        items = copy;
        SelectionEvent event = new SelectionEvent(source, copy);
        for (SelectionListener l : listeners) {
            try {
                l.selectionChanged(event);
            } catch (RuntimeException e) {
                LOG.warn("A selection listener failed", e);
            }
        }
    }

    @Override
    public void follow(SelectionListener listener) {
        listeners.add(listener);
    }

    @Override
    public void unfollow(SelectionListener listener) {
        listeners.remove(listener);
    }
}
