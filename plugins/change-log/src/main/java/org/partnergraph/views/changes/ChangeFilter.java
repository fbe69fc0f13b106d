package org.partnergraph.views.changes;

import java.time.LocalDate;
import org.partnergraph.model.ChangeLog;

/**
 * Which changes the log shows; a null field does not filter. The date range is on the valid date,
 * as the {@code history} command's {@code --from} and {@code --to}: undated changes pass a range
 * with only an end.
 */
record ChangeFilter(
        String partnerId, String objectiveId, String indicatorId, ChangeLog.Kind kind, LocalDate from, LocalDate to) {

    static final ChangeFilter ALL = new ChangeFilter(null, null, null, null, null, null);

    boolean test(ChangeLog.Entry e) {
        return about(e, partnerId)
                && about(e, objectiveId)
                && about(e, indicatorId)
                && (kind == null || e.kind() == kind)
                && e.validBetween(from, to);
    }

    private static boolean about(ChangeLog.Entry e, String id) {
        return id == null || e.involves(id);
    }
}
