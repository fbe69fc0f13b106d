package org.partnergraph.analytics.overlap;

/**
 * Two partners and how many groups they share.
 *
 * @param partnerA the first partner's id (the earlier in the graph's order)
 * @param partnerB the second partner's id
 * @param shared groups both are members of (leaving out groups above the size cap, see {@link PartnerPairs})
 */
public record PartnerPair(String partnerA, String partnerB, int shared) {}
