package org.partnergraph.analytics.influence;

import org.partnergraph.model.Relationship;
import org.partnergraph.model.Stage;

/**
 * One engagement-tracker row with the steps from its stage now to the stage wanted, on
 * Compete (0) &lt; Co-exist (1) &lt; Cooperate (2) &lt; Collaborate (3).
 *
 * @param source the tracker row
 * @param gap {@code wanted - now} in steps; 0 where either stage is not given; negative would mean a step back
 */
public record StageGap(Relationship source, int gap) {

    static StageGap of(Relationship r) {
        return new StageGap(r, r.stageGap());
    }

    /** The partner whose tracker it is. */
    public String fromId() {
        return source.fromId();
    }

    /** The stakeholder: a partner or a group. */
    public String toId() {
        return source.toId();
    }

    /** The stage now, or null where the tracker gives none. */
    public Stage now() {
        return source.now();
    }

    /** The stage wanted, or null where the tracker gives none. */
    public Stage wanted() {
        return source.wanted();
    }

    /** Whether the row gives both stages (otherwise the gap is 0 for want of data, not because none is left). */
    public boolean hasStages() {
        return source.now() != null && source.wanted() != null;
    }
}
