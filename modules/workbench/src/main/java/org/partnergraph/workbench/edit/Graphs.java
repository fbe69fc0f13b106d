package org.partnergraph.workbench.edit;

import java.util.function.Consumer;
import org.partnergraph.model.PartnershipGraph;

/** Copies of an immutable graph with one list changed. */
final class Graphs {

    private Graphs() {}

    static PartnershipGraph with(PartnershipGraph g, Consumer<PartnershipGraph.Builder> change) {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.partners.addAll(g.partners());
        b.groups.addAll(g.groups());
        b.themes.addAll(g.themes());
        b.objectives.addAll(g.objectives());
        b.indicators.addAll(g.indicators());
        b.measurements.addAll(g.measurements());
        b.areas.addAll(g.areas());
        b.initiatives.addAll(g.initiatives());
        b.memberships.addAll(g.memberships());
        b.influences.addAll(g.influences());
        b.relationships.addAll(g.relationships());
        b.indicatorLinks.addAll(g.indicatorLinks());
        b.groupThemes.addAll(g.groupThemes());
        b.deliveries.addAll(g.deliveries());
        change.accept(b);
        return b.build();
    }
}
