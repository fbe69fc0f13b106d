package org.partnergraph.plugin;

import java.util.List;

/**
 * A change of selection.
 *
 * @param source who published it
 * @param items what is selected now
 * @since 1.0
 */
public record SelectionEvent(Object source, List<SelectedItem> items) {

    /**
     * Copies the list.
     *
     * @since 1.0
     */
    public SelectionEvent {
        items = List.copyOf(items);
    }

    /**
     * The selected items of one type, e.g. {@code itemsOf(SelectedItem.NodeRef.class)}.
     *
     * @since 1.0
     */
    public <T extends SelectedItem> List<T> itemsOf(Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The ids of the selected nodes.
     *
     * @since 1.0
     */
    public List<String> nodeIds() {
        return itemsOf(SelectedItem.NodeRef.class).stream()
                .map(SelectedItem.NodeRef::id)
                .toList();
    }
}
