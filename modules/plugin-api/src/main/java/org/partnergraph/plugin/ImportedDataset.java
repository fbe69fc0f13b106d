package org.partnergraph.plugin;

import java.util.Objects;
import org.partnergraph.model.Manifest;
import org.partnergraph.model.PartnershipGraph;

/**
 * What an {@link Importer} produced: a manifest and a graph whose ids are qualified with the partnership.
 *
 * @since 1.0
 */
public record ImportedDataset(Manifest manifest, PartnershipGraph graph) {

    /**
     * @throws NullPointerException when either is missing
     * @since 1.0
     */
    public ImportedDataset {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(graph, "graph");
    }
}
