package org.partnergraph.model;

/** {@code (Partner)-[:MEMBER_OF {role}]->(Group)}. */
public record Membership(String partnerId, String groupId, Role role, Provenance provenance) {}
