package org.partnergraph.model;

/** {@code (Group)-[:WORKS_ON]->(Theme)}. */
public record GroupTheme(String groupId, String themeId, Provenance provenance) {}
