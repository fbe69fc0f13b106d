package org.partnergraph.plugin;

import org.partnergraph.model.PartnershipGraph;

/**
 * A replacement of the graph.
 *
 * @param before the graph before
 * @param after the graph now
 * @param reason what happened, as the Edit menu would say it ({@code Loaded}, {@code Set influence of ...})
 * @since 1.0
 */
public record GraphChange(PartnershipGraph before, PartnershipGraph after, String reason) {}
