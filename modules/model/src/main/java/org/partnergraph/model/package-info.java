/**
 * The partnership graph as plain, immutable Java records: partners, groups, themes, objectives,
 * indicators with their measurements, areas and initiatives, and the relationships between them.
 * Every record carries its {@link org.partnergraph.model.Provenance}. No dependencies, no I/O.
 */
package org.partnergraph.model;
