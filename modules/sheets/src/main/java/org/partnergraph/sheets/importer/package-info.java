/**
 * Imports of the sheets teams already keep (docs/data-format.md, "Importing other sheets"): a
 * {@link org.partnergraph.sheets.importer.Mapping} of a sheet's columns to the fields of an
 * {@link org.partnergraph.sheets.importer.ImportKind}, proposed by
 * {@link org.partnergraph.sheets.importer.MappingProposer} and shown, with a preview and every problem at
 * its cell, as a {@link org.partnergraph.sheets.importer.MappingProposal}; partner matching
 * ({@link org.partnergraph.sheets.importer.PartnerMatcher},
 * {@link org.partnergraph.sheets.importer.MatchDecisions}); and the
 * {@link org.partnergraph.sheets.importer.ImportPlan} of what would be written, which the caller loads in
 * one transaction. Nothing here reads or writes a database.
 */
package org.partnergraph.sheets.importer;
