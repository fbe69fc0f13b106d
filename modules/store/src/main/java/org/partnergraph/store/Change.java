package org.partnergraph.store;

import java.util.Optional;

/**
 * What an edit did, read in the edit's own transaction: the state before (empty where the edit
 * created it) and after (empty where the edit removed it). Undo writes {@code before} back.
 */
public record Change<T>(Optional<T> before, Optional<T> after) {}
