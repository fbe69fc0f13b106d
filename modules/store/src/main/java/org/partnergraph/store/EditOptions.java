package org.partnergraph.store;

import java.time.Instant;
import java.time.LocalDate;
import org.partnergraph.model.Dating;

/**
 * How an edit is dated and checked: the date its new assessment holds from, who makes it, the
 * wave it belongs to, and what the editor read before (so an edit on a value someone else has
 * changed since is refused). {@link #NOW} is "at today, by the store's user, unchecked".
 *
 * @param asOf the date the new assessment holds from; null for today (by the store's clock)
 * @param user who records it; null for the store's user
 * @param wave the wave it belongs to, or empty
 * @param checked true where the edit says what it was based on
 * @param basedOnRecordedAt when the assessment read was recorded (null: a row loaded undated)
 * @param basedOnRid the record read, where the caller knows its id (then it wins over the instant)
 */
public record EditOptions(
        LocalDate asOf, String user, String wave, boolean checked, Instant basedOnRecordedAt, String basedOnRid) {

    public static final EditOptions NOW = new EditOptions(null, null, "", false, null, null);

    public EditOptions {
        wave = wave == null ? "" : wave;
    }

    public EditOptions asOf(LocalDate date) {
        return new EditOptions(date, user, wave, checked, basedOnRecordedAt, basedOnRid);
    }

    public EditOptions by(String name) {
        return new EditOptions(asOf, name, wave, checked, basedOnRecordedAt, basedOnRid);
    }

    public EditOptions inWave(String waveId) {
        return new EditOptions(asOf, user, waveId, checked, basedOnRecordedAt, basedOnRid);
    }

    /** Based on the assessment with this dating (as the snapshot in memory holds it). */
    public EditOptions basedOn(Dating read) {
        return new EditOptions(asOf, user, wave, true, read.recordedAt(), null);
    }

    /** Based on the record with this id (as a {@link Change#rid()} names it). */
    public EditOptions basedOnRecord(String rid) {
        return new EditOptions(asOf, user, wave, true, null, rid);
    }
}
