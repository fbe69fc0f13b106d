package org.partnergraph.workbench.context;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.partnergraph.model.Dating;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Wave;

/**
 * The part of a history a viewer may see: another user's draft waves and their records are left
 * out (the store's {@code readHistory} returns every wave, drafts too).
 */
final class VisibleHistory {

    private VisibleHistory() {}

    static PartnershipGraph of(PartnershipGraph history, String viewer) {
        Map<String, Wave> hidden = history.waves().stream()
                .filter(w -> !w.visibleTo(viewer))
                .collect(Collectors.toMap(Wave::id, Function.identity(), (a, b) -> a));
        if (hidden.isEmpty()) {
            return history;
        }
        Predicate<Dating> seen = d -> !hidden.containsKey(d.wave());
        PartnershipGraph.Builder b = history.toBuilder();
        b.influences.removeIf(i -> !seen.test(i.dating()));
        b.relationships.removeIf(r -> !seen.test(r.dating()));
        b.memberships.removeIf(m -> !seen.test(m.dating()));
        b.measurements.removeIf(m -> !seen.test(m.dating()));
        b.waves.removeIf(w -> hidden.containsKey(w.id()));
        return b.build();
    }
}
