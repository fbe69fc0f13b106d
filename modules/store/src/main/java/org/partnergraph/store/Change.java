package org.partnergraph.store;

import java.util.Optional;

/**
 * What an edit did, read in the edit's own transaction: the assessment that held before (empty
 * where there was none) and the one that holds after (empty where the edit ended it), and the id
 * of the one record the edit appended ({@code rid}; null where it appended nothing). Undo hands
 * {@code rid} to {@link GraphStore#retract(String)}, which deletes exactly that record.
 */
public record Change<T>(Optional<T> before, Optional<T> after, String rid) {

    /** A change that appended no record (adding a partner, or an edit that found nothing to change). */
    public Change(Optional<T> before, Optional<T> after) {
        this(before, after, null);
    }
}
