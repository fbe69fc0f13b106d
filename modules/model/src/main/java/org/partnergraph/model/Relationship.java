package org.partnergraph.model;

import java.util.List;

/**
 * {@code (Partner)-[:RELATIONSHIP]->(Partner|Group)}: one row of an engagement tracker.
 *
 * @param fromId the partner whose tracker it is
 * @param toId the stakeholder: a partner or a group
 * @param now the stage now, or null where the tracker gives none
 * @param wanted the stage wanted, or null where the tracker gives none
 * @param priority high, medium, low or empty
 * @param lead who leads the relationship (a post, as written)
 * @param background the background bullets
 * @param actions the actions, as written
 */
public record Relationship(
        String fromId,
        String toId,
        Stage now,
        Stage wanted,
        String priority,
        String lead,
        List<String> background,
        String actions,
        Provenance provenance) {

    public Relationship {
        background = List.copyOf(background);
    }

    /** Steps from now to wanted, or 0 where either is unknown. */
    public int stageGap() {
        return now == null || wanted == null ? 0 : now.stepsTo(wanted);
    }
}
