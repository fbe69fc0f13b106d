package org.partnergraph.analytics.trajectory;

/**
 * The "Making Data Count" assurance icon of a series: can the process be relied on to meet its
 * target (see {@link MakingDataCount})?
 */
public enum Assurance {
    /** The target lies outside the limits on the side the process is better than: it will pass. */
    CONSISTENT_PASS("consistently passes the target"),
    /** The target lies outside the limits on the side the process falls short of: it will fail unless the process changes. */
    CONSISTENT_FAIL("consistently fails the target"),
    /** The target lies within the limits: the process will sometimes meet it and sometimes not. */
    HIT_AND_MISS("hit and miss: the target lies within the limits"),
    /** No target, or a polarity not stated: nothing to assure against. */
    NONE("no assurance: no target or polarity not stated");

    private final String label;

    Assurance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
