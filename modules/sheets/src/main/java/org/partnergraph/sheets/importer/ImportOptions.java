package org.partnergraph.sheets.importer;

import java.time.Instant;
import java.time.LocalDate;
import org.partnergraph.model.Dating;

/**
 * How an import is dated and what it may do.
 *
 * @param partnership the partnership imported into
 * @param asOf the date the imported assessments hold from
 * @param wave the id of the wave they belong to, or empty
 * @param newPartners what to do with a name that matches no partner
 * @param recordedAt when the import is recorded
 * @param user who records it
 * @param source the provenance of every record: the file and sheet
 */
public record ImportOptions(
        String partnership,
        LocalDate asOf,
        String wave,
        NewPartners newPartners,
        Instant recordedAt,
        String user,
        String source) {

    public ImportOptions {
        wave = wave == null ? "" : wave;
        user = user == null ? "" : user;
    }

    Dating dating() {
        return new Dating(asOf, recordedAt, user, wave, false);
    }
}
