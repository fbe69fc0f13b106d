package org.partnergraph.views.changes;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.Dating;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.swing.RowTableModel;

/** One row per change: valid date, recorded at, by, wave, kind, subjects by name, before, after. */
final class ChangeTableModel extends RowTableModel<ChangeLog.Entry> {

    static final String[] COLUMNS = {"Valid from", "Recorded at", "By", "Wave", "Kind", "Subject", "Before", "After"};

    /** As the {@code history} command writes it. */
    static final DateTimeFormatter RECORDED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Map<String, String> names = Map.of();
    private Map<String, String> waves = Map.of();

    ChangeTableModel() {
        super(COLUMNS);
    }

    /** The names of nodes and waves of {@code history}, for the subject and wave columns. */
    void setNames(PartnershipGraph history) {
        Map<String, String> n = new HashMap<>();
        history.nodes().forEach(node -> n.put(node.id(), node.name()));
        names = n;
        waves = history.waves().stream().collect(Collectors.toMap(w -> w.id(), w -> w.name(), (a, b) -> a));
    }

    String name(String id) {
        return names.getOrDefault(id, id);
    }

    @Override
    protected Object valueOf(ChangeLog.Entry e, int column) {
        Dating d = e.dating();
        return switch (column) {
            case 0 -> d.asOf() == null ? "undated" : d.asOf().toString();
            case 1 -> d.recordedAt() == null ? "" : RECORDED.format(d.recordedAt());
            case 2 -> d.recordedBy();
            case 3 -> d.wave().isEmpty() ? "" : waves.getOrDefault(d.wave(), d.wave());
            case 4 -> e.kind().code();
            case 5 -> e.subjects().stream().map(this::name).collect(Collectors.joining(" / "));
            case 6 -> e.beforeText();
            default -> e.afterText();
        };
    }
}
