package org.partnergraph.views.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Stage;

/**
 * Each tracker row's stages over time, from every dated record of the history the viewer may see
 * (the change log's stage entries, in their order: valid date, then when recorded).
 */
final class StageHistory {

    /**
     * One assessment of a row's stages.
     *
     * @param asOf the date it holds from, or null for "from the beginning"
     * @param ended true where it ends the row
     */
    record Step(LocalDate asOf, Stage now, Stage wanted, String by, Instant recordedAt, String wave, boolean ended) {}

    static final StageHistory EMPTY = new StageHistory(Map.of(), Map.of());

    private final Map<String, List<Step>> byRow;
    private final Map<String, String> waves;

    private StageHistory(Map<String, List<Step>> byRow, Map<String, String> waves) {
        this.byRow = byRow;
        this.waves = waves;
    }

    static StageHistory of(PartnershipGraph history, String viewer) {
        Map<String, List<Step>> byRow = new HashMap<>();
        for (ChangeLog.Entry e : ChangeLog.of(history, viewer)) {
            if (e.kind() == ChangeLog.Kind.STAGE) {
                Relationship r = (Relationship) e.after();
                var d = e.dating();
                byRow.computeIfAbsent(r.key(), k -> new ArrayList<>())
                        .add(new Step(
                                d.asOf(), r.now(), r.wanted(), d.recordedBy(), d.recordedAt(), d.wave(), d.ended()));
            }
        }
        Map<String, String> waves = new HashMap<>();
        history.waves().forEach(w -> waves.put(w.id(), w.name()));
        return new StageHistory(byRow, waves);
    }

    /** The steps of the row from {@code fromId} to {@code toId}, oldest first; empty when it has none. */
    List<Step> of(String fromId, String toId) {
        return byRow.getOrDefault(fromId + "\u0000" + toId, List.of());
    }

    String waveName(String id) {
        return waves.getOrDefault(id, id);
    }
}
