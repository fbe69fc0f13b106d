package org.partnergraph.plugin;

import java.util.concurrent.CompletionStage;

/**
 * Asks the shell for an edit. The shell applies it to the graph at once (every view sees it),
 * writes it to the database in the background as one transaction, and puts it on the undo stack
 * (Ctrl+Z / Ctrl+Shift+Z). If the write fails, the shell undoes it in the graph and tells the user.
 *
 * @since 1.0
 */
public interface Edits {

    /**
     * Performs {@code edit}.
     *
     * @return completes on the event thread when the database has it, or exceptionally when it was refused
     * @since 1.0
     */
    CompletionStage<Void> request(EditRequest edit);
}
