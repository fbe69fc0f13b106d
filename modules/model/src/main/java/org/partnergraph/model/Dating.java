package org.partnergraph.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * When an assessment holds and who recorded it: the two times every rating, stage, membership and
 * measurement carries. Nothing a user records is overwritten; an edit appends a new assessment with
 * a new dating, and the value as of a date is the latest one holding on it ({@link
 * PartnershipGraph#asOf(LocalDate, String)}).
 *
 * @param asOf the date from which the assessment holds (valid time), or null where the source gives
 *     no date: an undated assessment holds from the beginning
 * @param recordedAt when it was entered (transaction time), or null for rows transcribed before
 *     history was kept
 * @param recordedBy who entered it (the OS user name, or the name set in the settings); empty when
 *     not known
 * @param wave the id of the {@link Wave} the assessment belongs to, or empty
 * @param ended true for an end: from {@code asOf} on there is no value (a removed rating, an ended
 *     membership); the other fields of the record that carries it repeat the last value
 */
public record Dating(LocalDate asOf, Instant recordedAt, String recordedBy, String wave, boolean ended) {

    /** The dating of a row that says nothing about time: holds from the beginning, recorded by nobody known. */
    public static final Dating UNDATED = new Dating(null, null, "", "", false);

    /**
     * The order of assessments of one thing: by valid date (undated first), then by when they were
     * recorded (unknown first). Of two equal under this order, the later in a list wins.
     */
    public static final Comparator<Dating> ORDER = Comparator.comparing(
                    Dating::asOf, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Dating::recordedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));

    public Dating {
        recordedBy = recordedBy == null ? "" : recordedBy;
        wave = wave == null ? "" : wave;
    }

    /** An assessment holding from {@code asOf}, recorded by nobody known. */
    public static Dating from(LocalDate asOf) {
        return new Dating(asOf, null, "", "", false);
    }

    /** True where the assessment holds on {@code date}: it is undated or dated on or before it. */
    public boolean holdsOn(LocalDate date) {
        return asOf == null || !asOf.isAfter(date);
    }

    public Dating recorded(Instant at, String by) {
        return new Dating(asOf, at, by, wave, ended);
    }

    public Dating inWave(String waveId) {
        return new Dating(asOf, recordedAt, recordedBy, waveId, ended);
    }

    /** The same dating marking an end. */
    public Dating asEnd() {
        return new Dating(asOf, recordedAt, recordedBy, wave, true);
    }
}
