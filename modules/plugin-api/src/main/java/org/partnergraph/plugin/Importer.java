package org.partnergraph.plugin;

import java.nio.file.Path;
import org.pf4j.ExtensionPoint;

/**
 * Reads a file format into a dataset, which the workbench then checks and loads like a bundle.
 * Annotate the implementation with {@code @org.pf4j.Extension}. Runs off the event thread.
 *
 * @since 1.0
 */
public interface Importer extends ExtensionPoint {

    /**
     * What the File > Import menu calls the format, e.g. {@code Engagement tracker (XLSX)}.
     *
     * @since 1.0
     */
    String name();

    /**
     * Whether this importer can read {@code source} (by its name or a quick look inside).
     *
     * @since 1.0
     */
    boolean accepts(Path source);

    /**
     * Reads {@code source}; reports progress to {@code monitor} and stops when it is cancelled.
     *
     * @throws Exception with a sentence the workbench shows as it is
     * @since 1.0
     */
    ImportedDataset read(Path source, TaskMonitor monitor) throws Exception;
}
