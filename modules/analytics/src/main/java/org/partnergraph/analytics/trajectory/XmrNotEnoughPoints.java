package org.partnergraph.analytics.trajectory;

import java.util.List;

/**
 * No control chart: the series has fewer points than {@link XmrAnalysis} requires.
 *
 * @param points the observed values, fewer than {@code required}
 * @param required the number of points the analysis asks for
 */
public record XmrNotEnoughPoints(List<DatedValue> points, int required) implements XmrResult {

    public XmrNotEnoughPoints {
        points = List.copyOf(points);
        if (points.size() >= required) {
            throw new IllegalArgumentException(points.size() + " points are enough for " + required);
        }
    }

    @Override
    public boolean computed() {
        return false;
    }

    @Override
    public String summary() {
        return "not enough points: " + points.size() + " of " + required + " needed";
    }
}
