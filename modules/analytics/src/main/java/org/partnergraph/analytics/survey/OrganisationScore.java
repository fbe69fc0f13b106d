package org.partnergraph.analytics.survey;

import java.util.Map;

/**
 * What a survey says of one organisation.
 *
 * @param means the mean rating others gave it on each dimension; absent where nobody rated it on that one
 * @param trust the mean of its three trust-dimension means, NaN when nobody rated its trust
 * @param value the mean of its three value-dimension means, NaN when nobody rated its value
 * @param degreeIn how many organisations named it
 * @param degreeOut how many organisations it named
 * @param degree how many organisations it is tied to either way
 * @param relativeConnectivity its connectivity (degree x the mean of trust and value) as a share of the
 *     highest in the network, 0 to 1
 */
public record OrganisationScore(
        String organisation,
        Map<Dimension, Double> means,
        double trust,
        double value,
        int degreeIn,
        int degreeOut,
        int degree,
        double relativeConnectivity) {}
