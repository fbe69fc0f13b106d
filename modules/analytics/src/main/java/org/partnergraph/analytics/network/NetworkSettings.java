package org.partnergraph.analytics.network;

/**
 * The settings of {@link NetworkPosition}; {@link #DEFAULTS} holds every {@code *_DEFAULT}.
 *
 * @param damping PageRank's damping factor, in (0, 1)
 * @param membershipWeights edge weights on the partner-group graph, by role
 * @param projectionGroupCap groups with more members are left out of the projection (at least 2)
 * @param jgraphtMaxNodes graphs with at most this many nodes are scored by JGraphT, larger ones by the arrays
 * @param exactBetweennessMaxNodes graphs with more nodes get sampled betweenness
 * @param betweennessSources pivots for sampled betweenness on the partner-group graph
 * @param projectionBetweennessSources pivots for sampled betweenness on the (denser) projection
 * @param seed the seed of the betweenness pivot sample
 */
public record NetworkSettings(
        double damping,
        MembershipWeights membershipWeights,
        int projectionGroupCap,
        int jgraphtMaxNodes,
        int exactBetweennessMaxNodes,
        int betweennessSources,
        int projectionBetweennessSources,
        long seed) {

    public static final double DAMPING_DEFAULT = ArrayPageRank.DAMPING_DEFAULT;
    /** A 2,000-member network would add two million pairs and says little about who works with whom. */
    public static final int PROJECTION_GROUP_CAP_DEFAULT = 100;
    /** County graphs have hundreds of nodes; JGraphT's betweenness at 2,000 nodes takes about a second. */
    public static final int JGRAPHT_MAX_NODES_DEFAULT = 2_000;
    /** Exact betweenness at 5,000 nodes takes well under a second with the arrays. */
    public static final int EXACT_BETWEENNESS_MAX_NODES_DEFAULT = 5_000;
    /** Mean error about 10% on the 20 most central nodes (docs/scoring-network.md). */
    public static final int BETWEENNESS_SOURCES_DEFAULT = 500;
    /** The projection is much denser: fewer pivots keep it to seconds at national scale (error in the docs). */
    public static final int PROJECTION_BETWEENNESS_SOURCES_DEFAULT = 100;

    public static final long SEED_DEFAULT = ArrayBetweenness.SEED_DEFAULT;

    public static final NetworkSettings DEFAULTS = new NetworkSettings(
            DAMPING_DEFAULT,
            MembershipWeights.DEFAULT,
            PROJECTION_GROUP_CAP_DEFAULT,
            JGRAPHT_MAX_NODES_DEFAULT,
            EXACT_BETWEENNESS_MAX_NODES_DEFAULT,
            BETWEENNESS_SOURCES_DEFAULT,
            PROJECTION_BETWEENNESS_SOURCES_DEFAULT,
            SEED_DEFAULT);

    /** @throws IllegalArgumentException naming the first setting out of range */
    public NetworkSettings {
        if (!(damping > 0 && damping < 1)) {
            throw new IllegalArgumentException("the damping factor must be between 0 and 1, was " + damping);
        }
        if (membershipWeights == null) {
            throw new IllegalArgumentException("the membership weights are missing");
        }
        if (projectionGroupCap < 2) {
            throw new IllegalArgumentException(
                    "the projection group cap must be at least 2, was " + projectionGroupCap);
        }
        if (jgraphtMaxNodes < 0 || exactBetweennessMaxNodes < 0) {
            throw new IllegalArgumentException(
                    "node thresholds cannot be negative, were " + jgraphtMaxNodes + " and " + exactBetweennessMaxNodes);
        }
        if (betweennessSources < 1 || projectionBetweennessSources < 1) {
            throw new IllegalArgumentException("sampled betweenness needs at least one source, was "
                    + Math.min(betweennessSources, projectionBetweennessSources));
        }
    }

    public NetworkSettings withDamping(double value) {
        return new NetworkSettings(
                value,
                membershipWeights,
                projectionGroupCap,
                jgraphtMaxNodes,
                exactBetweennessMaxNodes,
                betweennessSources,
                projectionBetweennessSources,
                seed);
    }

    public NetworkSettings withMembershipWeights(MembershipWeights value) {
        return new NetworkSettings(
                damping,
                value,
                projectionGroupCap,
                jgraphtMaxNodes,
                exactBetweennessMaxNodes,
                betweennessSources,
                projectionBetweennessSources,
                seed);
    }

    public NetworkSettings withProjectionGroupCap(int value) {
        return new NetworkSettings(
                damping,
                membershipWeights,
                value,
                jgraphtMaxNodes,
                exactBetweennessMaxNodes,
                betweennessSources,
                projectionBetweennessSources,
                seed);
    }

    /** 0 forces the array kernels; {@code Integer.MAX_VALUE} forces JGraphT. */
    public NetworkSettings withJGraphTMaxNodes(int value) {
        return new NetworkSettings(
                damping,
                membershipWeights,
                projectionGroupCap,
                value,
                exactBetweennessMaxNodes,
                betweennessSources,
                projectionBetweennessSources,
                seed);
    }

    public NetworkSettings withExactBetweennessMaxNodes(int value) {
        return new NetworkSettings(
                damping,
                membershipWeights,
                projectionGroupCap,
                jgraphtMaxNodes,
                value,
                betweennessSources,
                projectionBetweennessSources,
                seed);
    }

    public NetworkSettings withBetweennessSources(int bipartite, int projection, long sampleSeed) {
        return new NetworkSettings(
                damping,
                membershipWeights,
                projectionGroupCap,
                jgraphtMaxNodes,
                exactBetweennessMaxNodes,
                bipartite,
                projection,
                sampleSeed);
    }
}
