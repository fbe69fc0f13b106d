package org.partnergraph.workbench.edit;

import org.partnergraph.model.Dating;

/**
 * Where an op's write says which record it appended (set on the writer thread after the
 * write), and which dating the record got in memory (set on the event thread when applied).
 */
public final class Appended {
    private volatile String rid;
    private volatile Dating dating;

    public String rid() {
        return rid;
    }

    void set(String recordId) {
        rid = recordId;
    }

    Dating dating() {
        return dating;
    }

    void remember(Dating inMemory) {
        dating = inMemory;
    }
}
