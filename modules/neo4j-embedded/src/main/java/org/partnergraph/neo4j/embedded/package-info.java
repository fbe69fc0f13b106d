/**
 * Starts Neo4j 5 in-process with Bolt on a free loopback port, so the rest of Partnergraph reaches
 * it through neo4j-java-driver exactly as it reaches a server. The only package with Neo4j server
 * classes on its compile path.
 */
package org.partnergraph.neo4j.embedded;
