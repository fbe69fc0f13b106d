/**
 * Everything that talks to Neo4j, through neo4j-java-driver only: the connection and its error
 * sentences ({@link org.partnergraph.store.Neo4jConnection}), the schema, the all-or-nothing
 * dataset loader, the reader into {@link org.partnergraph.model.PartnershipGraph}, and single-
 * transaction edits. {@link org.partnergraph.store.GraphStore} is the one entry point.
 */
package org.partnergraph.store;
