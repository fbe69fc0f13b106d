package org.partnergraph.analytics.network;

/**
 * One partner's position. The first values are on the partner-group graph, the {@code projection*}
 * values on the partner-partner graph weighted by shared groups. Every centrality is divided by its
 * maximum over all partners, so 1 is the most central partner on that measure and 0 none at all
 * (docs/scoring-network.md says why); {@code groups} is a count.
 *
 * @param groups groups the partner is a member of
 * @param degree summed membership weights by role ({@link MembershipWeights}), / max
 * @param pageRank PageRank on the partner-group graph, / max
 * @param betweenness betweenness on the partner-group graph (brokerage between groups), / max
 * @param eigenvector eigenvector centrality on the partner-group graph, / max
 * @param projectionStrength summed shared-group weight to other partners, / max
 * @param projectionPageRank weighted PageRank on the projection, / max
 * @param projectionBetweenness betweenness on the projection's topology (who links partners who
 *     share no group), / max
 * @param projectionEigenvector weighted eigenvector centrality on the projection, / max
 */
public record PartnerPosition(
        String partnerId,
        int groups,
        double degree,
        double pageRank,
        double betweenness,
        double eigenvector,
        double projectionStrength,
        double projectionPageRank,
        double projectionBetweenness,
        double projectionEigenvector) {}
