package org.partnergraph.analytics.survey;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * One answer: {@code from} says it works with {@code to}, in these kinds of tie, and rates {@code to} on
 * some or all of the six dimensions (a dimension left out was not answered).
 */
public record SurveyTie(String from, String to, Set<String> kinds, Map<Dimension, Integer> ratings) {

    public SurveyTie {
        if (from.equals(to)) {
            throw new IllegalArgumentException(from + " names itself");
        }
        kinds = Set.copyOf(kinds);
        for (Map.Entry<Dimension, Integer> e : ratings.entrySet()) {
            int v = e.getValue();
            if (v < Dimension.MIN || v > Dimension.MAX) {
                throw new IllegalArgumentException(from + " rates " + to + " " + v + " on "
                        + e.getKey().label() + "; ratings go from " + Dimension.MIN + " to " + Dimension.MAX);
            }
        }
        ratings = ratings.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(ratings));
    }
}
