package org.partnergraph.model;

/**
 * {@code (Partner|Group)-[:DELIVERS {role}]->(Initiative)}: who leads or takes part in an initiative.
 *
 * @param role lead or partner
 */
public record Delivery(String deliveredById, String initiativeId, String role, Provenance provenance) {}
