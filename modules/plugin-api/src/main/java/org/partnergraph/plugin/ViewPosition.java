package org.partnergraph.plugin;

/**
 * Where a view opens by default; the user may move it.
 *
 * @since 1.0
 */
public enum ViewPosition {
    /** The main view area. */
    CENTER,
    /** The second view area, beside the main one. */
    SIDE,
    /** Below the view areas, beside the problems panel. */
    BOTTOM
}
