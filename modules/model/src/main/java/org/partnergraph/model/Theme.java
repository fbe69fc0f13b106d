package org.partnergraph.model;

/** A community-strategy, recovery or delivery-plan theme (priority) that objectives sit under. */
public record Theme(String id, String name, String description, String partnership, Provenance provenance)
        implements Node {}
