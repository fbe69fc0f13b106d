package org.partnergraph.plugin.swing;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One way to write what a view shows to a file: the chart or network as PNG or SVG, the table as
 * CSV, the network as GraphML. A view offers its exports with {@link WorkbenchContext#offerExports};
 * the shell lists them under File &gt; Export view, and the command line's {@code view} command
 * writes them without a window.
 *
 * @since 2.0 (1.x's {@code org.partnergraph.plugin.swing.ViewExport}, 1.1)
 */
public interface ViewExport {

    /**
     * What the menu calls it, e.g. {@code PNG image}.
     *
     * @since 2.0
     */
    String name();

    /**
     * The file name extension, without the dot, e.g. {@code png}; unique among one view's exports.
     *
     * @since 2.0
     */
    String fileExtension();

    /**
     * Writes what the view shows now (same filter, order, size and selection as on screen).
     * Called on the event thread; must not wait on the database.
     *
     * @throws IOException when writing fails
     * @since 2.0
     */
    void write(OutputStream out) throws IOException;
}
