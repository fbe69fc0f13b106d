package org.partnergraph.launcher;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Relationship;

/**
 * The change log of a history as a table: one row per change, with its valid date, when it was
 * recorded and by whom, its wave, and the value before and after. What {@code history} prints.
 */
final class HistoryTable {

    static final DateTimeFormatter RECORDED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** Which changes to list; null fields do not filter. */
    record Filter(List<String> about, ChangeLog.Kind kind, LocalDate from, LocalDate to) {

        static final Filter ALL = new Filter(List.of(), null, null, null);

        boolean test(ChangeLog.Entry e) {
            return about.stream().allMatch(e::involves)
                    && (kind == null || e.kind() == kind)
                    && e.validBetween(from, to);
        }
    }

    private HistoryTable() {}

    static Output of(PartnershipGraph history, String viewer, Filter filter) {
        Map<String, String> names = GraphOptions.names(history);
        Map<String, String> waves =
                history.waves().stream().collect(Collectors.toMap(w -> w.id(), w -> w.name(), (a, b) -> a));
        Output out = new Output(
                "valid_from", "recorded_at", "recorded_by", "wave", "kind", "subject", "before", "after", "source");
        for (ChangeLog.Entry e : ChangeLog.of(history, viewer)) {
            if (!filter.test(e)) {
                continue;
            }
            Dating d = e.dating();
            out.row(
                    d.asOf() == null ? "undated" : d.asOf().toString(),
                    d.recordedAt() == null ? "" : RECORDED.format(d.recordedAt()),
                    d.recordedBy(),
                    d.wave().isEmpty() ? "" : waves.getOrDefault(d.wave(), d.wave()),
                    e.kind().code(),
                    e.subjects().stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(" / ")),
                    e.beforeText(),
                    e.afterText(),
                    source(e.after()));
        }
        return out;
    }

    private static String source(Object assessment) {
        if (assessment instanceof Influence i) {
            return i.provenance().source();
        }
        if (assessment instanceof Relationship r) {
            return r.provenance().source();
        }
        if (assessment instanceof Membership m) {
            return m.provenance().source();
        }
        if (assessment instanceof Measurement m) {
            return m.provenance().source();
        }
        return "";
    }
}
