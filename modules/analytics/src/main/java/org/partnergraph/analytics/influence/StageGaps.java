package org.partnergraph.analytics.influence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Relationship;

/**
 * The stage gap of every engagement-tracker row ({@code (Partner)-[:RELATIONSHIP]->(Partner|Group)}):
 * how many steps the relationship has to travel from the stage now to the stage wanted. Rows are
 * ranked largest gap first, then rows with both stages before rows without, then by the
 * stakeholder's name. Linear in the rows, plus the sort.
 */
public final class StageGaps {

    private final List<StageGap> rows;

    private StageGaps(List<StageGap> rows) {
        this.rows = List.copyOf(rows);
    }

    public static StageGaps of(PartnershipGraph graph) {
        return of(graph, InfluenceFilter.ALL);
    }

    /** Rows of the tracker the filter's partnerships hold (its theme and objective sets do not apply). */
    public static StageGaps of(PartnershipGraph graph, InfluenceFilter filter) {
        if (filter == null) {
            throw new IllegalArgumentException("the filter may be InfluenceFilter.ALL but not null");
        }
        Map<String, Partner> partners = graph.partnersById();
        Map<String, String> names = new HashMap<>();
        graph.partners().forEach(p -> names.put(p.id(), p.name()));
        graph.groups().forEach(g -> names.putIfAbsent(g.id(), g.name()));
        List<StageGap> rows = new ArrayList<>();
        for (Relationship r : graph.relationships()) {
            if (filter.accepts(r, partners)) {
                rows.add(StageGap.of(r));
            }
        }
        rows.sort(Comparator.comparingInt(StageGap::gap)
                .reversed()
                .thenComparing(StageGap::hasStages, Comparator.reverseOrder())
                .thenComparing(s -> names.getOrDefault(s.toId(), s.toId())));
        return new StageGaps(rows);
    }

    /** Every row read, largest gap first. */
    public List<StageGap> rows() {
        return rows;
    }

    /** The largest gap to this stakeholder over the rows read (several trackers may name it), if any row does. */
    public Optional<StageGap> largestTo(String stakeholderId) {
        return rows.stream().filter(s -> s.toId().equals(stakeholderId)).findFirst();
    }

    /** The rows that name both stages, largest gap first. */
    public List<StageGap> withStages() {
        return rows.stream().filter(StageGap::hasStages).toList();
    }
}
