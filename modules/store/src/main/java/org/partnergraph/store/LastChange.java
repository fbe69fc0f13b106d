package org.partnergraph.store;

import java.time.Instant;

/**
 * The latest edit, undo or wave change anyone made to the database ({@link GraphStore#lastChange()}):
 * cheap to ask, so a workbench can poll it every few seconds and read the graph again when it moves.
 */
public record LastChange(Instant at, String by) {}
