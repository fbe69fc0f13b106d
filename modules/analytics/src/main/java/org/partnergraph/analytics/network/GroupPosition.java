package org.partnergraph.analytics.network;

/**
 * One group's position on the partner-group graph, each centrality divided by its maximum over all
 * groups (1 = the most central group).
 *
 * @param members distinct member partners
 * @param degree summed membership weights by role, / max
 * @param pageRank PageRank, / max
 * @param betweenness betweenness (a group whose members link otherwise separate groups), / max
 * @param eigenvector eigenvector centrality, / max
 */
public record GroupPosition(
        String groupId, int members, double degree, double pageRank, double betweenness, double eigenvector) {}
