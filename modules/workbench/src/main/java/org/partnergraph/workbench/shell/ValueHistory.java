package org.partnergraph.workbench.shell;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.Node;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Wave;

/**
 * The inspector's history of the selected node's values: every rating, stage, membership and
 * measurement that involves it, oldest first, with when it holds from, when and by whom it was
 * recorded and its wave (from the history the workbench holds, as {@link ChangeLog} lists it).
 */
final class ValueHistory {

    static final String[] COLUMNS = {"Of", "Valid from", "Value", "Recorded at", "By", "Wave"};
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private ValueHistory() {}

    static RowsModel of(PartnershipGraph history, PartnershipGraph shown, String viewer, String nodeId) {
        List<Object[]> rows = new ArrayList<>();
        for (ChangeLog.Entry e : ChangeLog.of(history, viewer)) {
            if (!e.involves(nodeId)) {
                continue;
            }
            List<String> others = e.subjects().stream()
                    .filter(id -> !id.equals(nodeId))
                    .map(id -> shown.node(id)
                            .or(() -> history.node(id))
                            .map(Node::name)
                            .orElse(id))
                    .toList();
            rows.add(new Object[] {
                e.kind().code() + (others.isEmpty() ? "" : ": " + String.join(", ", others)),
                e.dating().asOf() == null
                        ? "(from the start)"
                        : e.dating().asOf().toString(),
                e.afterText(),
                e.dating().recordedAt() == null
                        ? "(loaded)"
                        : MINUTE.format(e.dating().recordedAt()),
                e.dating().recordedBy(),
                e.dating().wave().isEmpty()
                        ? ""
                        : history.wave(e.dating().wave())
                                .map(Wave::name)
                                .orElse(e.dating().wave())
            });
        }
        return new RowsModel(COLUMNS, rows, Set.of(), (r, c, v) -> {});
    }
}
