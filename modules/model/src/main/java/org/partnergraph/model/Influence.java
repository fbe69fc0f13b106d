package org.partnergraph.model;

/**
 * {@code (Partner)-[:INFLUENCES {influence, quality}]->(Objective)}: how much the partner can move an
 * objective, and how good the partnership's relationship with it is (the seed's outcome table). One
 * assessment of the pair; a history holds several, told apart by their {@link Dating}.
 */
public record Influence(
        String partnerId, String objectiveId, Score influence, Score quality, Provenance provenance, Dating dating) {

    public Influence {
        dating = dating == null ? Dating.UNDATED : dating;
    }

    /** An undated assessment. */
    public Influence(String partnerId, String objectiveId, Score influence, Score quality, Provenance provenance) {
        this(partnerId, objectiveId, influence, quality, provenance, Dating.UNDATED);
    }

    public Influence withDating(Dating d) {
        return new Influence(partnerId, objectiveId, influence, quality, provenance, d);
    }

    /** What tells the assessments of one pair from those of another. */
    public String key() {
        return partnerId + "\u0000" + objectiveId;
    }
}
