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
 * @param dating when this assessment of the relationship holds and who recorded it
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
        Provenance provenance,
        Dating dating) {

    public Relationship {
        background = List.copyOf(background);
        dating = dating == null ? Dating.UNDATED : dating;
    }

    /** An undated assessment. */
    public Relationship(
            String fromId,
            String toId,
            Stage now,
            Stage wanted,
            String priority,
            String lead,
            List<String> background,
            String actions,
            Provenance provenance) {
        this(fromId, toId, now, wanted, priority, lead, background, actions, provenance, Dating.UNDATED);
    }

    public Relationship withDating(Dating d) {
        return new Relationship(fromId, toId, now, wanted, priority, lead, background, actions, provenance, d);
    }

    public String key() {
        return fromId + "\u0000" + toId;
    }

    /** Steps from now to wanted, or 0 where either is unknown. */
    public int stageGap() {
        return now == null || wanted == null ? 0 : now.stepsTo(wanted);
    }
}
