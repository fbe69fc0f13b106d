package org.partnergraph.sheets.importer;

/**
 * An existing partner a sheet's name may mean.
 *
 * @param partnerId the partner's id
 * @param name the partner's name
 * @param matchedOn the name or alias that came closest
 * @param score similarity of the normalised names, 0 to 1 (1 when they are the same)
 */
public record PartnerCandidate(String partnerId, String name, String matchedOn, double score) {}
