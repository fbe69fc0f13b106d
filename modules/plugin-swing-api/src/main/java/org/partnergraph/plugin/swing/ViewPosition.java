package org.partnergraph.plugin.swing;

/**
 * Where a view opens by default; the user may move it.
 *
 * @since 2.0 (1.x's {@code org.partnergraph.plugin.swing.ViewPosition})
 */
public enum ViewPosition {
    /**
     * The main view area.
     *
     * @since 2.0
     */
    CENTER,
    /**
     * The second view area, beside the main one.
     *
     * @since 2.0
     */
    SIDE,
    /**
     * Below the view areas, beside the problems panel.
     *
     * @since 2.0
     */
    BOTTOM
}
