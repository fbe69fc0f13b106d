package org.partnergraph.plugin;

import java.nio.file.Path;
import org.partnergraph.model.PartnershipGraph;
import org.pf4j.ExtensionPoint;

/**
 * Writes the graph (or what a view shows of it) to a file. Annotate the implementation with
 * {@code @org.pf4j.Extension}. Runs off the event thread.
 *
 * @since 1.0
 */
public interface Exporter extends ExtensionPoint {

    /**
     * What the File > Export menu calls the format, e.g. {@code GraphML}.
     *
     * @since 1.0
     */
    String name();

    /**
     * The file name extension, without the dot, e.g. {@code graphml}.
     *
     * @since 1.0
     */
    String fileExtension();

    /**
     * Writes {@code graph} to {@code target}; reports progress and stops when cancelled.
     *
     * @throws Exception with a sentence the workbench shows as it is
     * @since 1.0
     */
    void write(PartnershipGraph graph, Path target, TaskMonitor monitor) throws Exception;
}
