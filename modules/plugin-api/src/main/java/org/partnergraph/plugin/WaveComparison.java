package org.partnergraph.plugin;

import java.util.Objects;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Wave;

/**
 * Two waves chosen to be compared, with the graph as each left it ({@code history.asOf(wave.date(), viewer)}
 * of the history the workbench holds), so a view can place each partner twice and draw the move.
 *
 * @param then the earlier wave
 * @param now the later wave
 * @param thenGraph the graph as of {@code then}
 * @param nowGraph the graph as of {@code now}
 * @since 2.1
 */
public record WaveComparison(Wave then, Wave now, PartnershipGraph thenGraph, PartnershipGraph nowGraph) {

    /**
     * @throws NullPointerException when a part is missing
     * @since 2.1
     */
    public WaveComparison {
        Objects.requireNonNull(then, "then");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(thenGraph, "thenGraph");
        Objects.requireNonNull(nowGraph, "nowGraph");
    }

    /**
     * {@code "2008 plan -> 2025 annual review"}.
     *
     * @since 2.1
     */
    public String label() {
        return then.name() + " -> " + now.name();
    }
}
