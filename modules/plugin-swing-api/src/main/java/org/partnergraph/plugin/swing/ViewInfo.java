package org.partnergraph.plugin.swing;

import java.util.Objects;
import javax.swing.Icon;

/**
 * A view's placement metadata: the plugin says what, the shell decides how.
 *
 * @param id stable id, unique across plugins, used to remember open views ({@code example.gaps})
 * @param title the tab and menu title
 * @param icon a 16x16 icon, or null
 * @param menuPath where the View menu lists it, {@code /}-separated ({@code Analysis/Influence}); the title
 *     is the last item
 * @param position where the view opens by default
 * @since 2.0 (1.x's {@code org.partnergraph.plugin.swing.ViewInfo})
 */
public record ViewInfo(String id, String title, Icon icon, String menuPath, ViewPosition position) {

    /**
     * @throws IllegalArgumentException when the id or title is blank
     * @since 2.0
     */
    public ViewInfo {
        Objects.requireNonNull(position, "position");
        if (id == null || id.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("a view needs an id and a title");
        }
        menuPath = menuPath == null ? "" : menuPath;
    }

    /**
     * A view listed directly under the View menu, opening in the centre.
     *
     * @since 2.0
     */
    public static ViewInfo of(String id, String title) {
        return new ViewInfo(id, title, null, "", ViewPosition.CENTER);
    }

    /**
     * This, listed under {@code path} in the View menu.
     *
     * @since 2.0
     */
    public ViewInfo inMenu(String path) {
        return new ViewInfo(id, title, icon, path, position);
    }

    /**
     * This, opening at {@code where}.
     *
     * @since 2.0
     */
    public ViewInfo at(ViewPosition where) {
        return new ViewInfo(id, title, icon, menuPath, where);
    }

    /**
     * This, with an icon.
     *
     * @since 2.0
     */
    public ViewInfo withIcon(Icon newIcon) {
        return new ViewInfo(id, title, newIcon, menuPath, position);
    }
}
