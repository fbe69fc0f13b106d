package org.partnergraph.model;

/**
 * {@code (Partner)-[:INFLUENCES {influence, quality}]->(Objective)}: how much the partner can move an
 * objective, and how good the partnership's relationship with it is (the seed's outcome table).
 */
public record Influence(String partnerId, String objectiveId, Score influence, Score quality, Provenance provenance) {}
