package org.partnergraph.analytics.network;

import org.partnergraph.model.Role;

/**
 * The weight of a membership edge on the partner-group graph, by the partner's role in the group.
 * The default counts a leading role double ({@link #DEFAULT}: chair 2, vice-chair 1.5, lead 2,
 * member 1): a chair or lead sets the group's agenda and carries its decisions back, so a walker
 * (PageRank) or a neighbour's centrality (eigenvector) passes through them more often. Weighted
 * degree sums these weights. Betweenness ignores them (hops). {@link #UNIFORM} counts every
 * membership 1. The projection always counts shared groups, whatever the roles.
 */
public record MembershipWeights(double chair, double viceChair, double lead, double member) {

    public static final MembershipWeights DEFAULT = new MembershipWeights(2, 1.5, 2, 1);
    public static final MembershipWeights UNIFORM = new MembershipWeights(1, 1, 1, 1);

    /** @throws IllegalArgumentException for a weight that is not positive and finite */
    public MembershipWeights {
        check("chair", chair);
        check("vice-chair", viceChair);
        check("lead", lead);
        check("member", member);
    }

    private static void check(String role, double weight) {
        if (!(weight > 0 && weight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the " + role + " weight must be positive and finite, was " + weight);
        }
    }

    public double of(Role role) {
        return switch (role) {
            case CHAIR -> chair;
            case VICE_CHAIR -> viceChair;
            case LEAD -> lead;
            case MEMBER -> member;
        };
    }
}
