package org.partnergraph.analytics.survey;

/**
 * Whole-network figures of a survey (or of its ties of one kind), on the undirected network where two
 * organisations are tied if either names the other.
 *
 * @param organisations n, everyone in the survey
 * @param ties directed ties reported
 * @param pairs pairs tied either way (undirected edges)
 * @param density {@code pairs / (n (n - 1) / 2)}
 * @param centralisation Freeman's degree centralisation, {@code sum(max degree - degree) / ((n - 1)(n - 2))}:
 *     1 for a star, 0 when every organisation has the same degree
 * @param reciprocity pairs where both name each other, as a share of {@code pairs}
 */
public record NetworkScore(
        String kind,
        int organisations,
        int ties,
        int pairs,
        double density,
        double centralisation,
        double reciprocity) {}
