package org.partnergraph.analytics.trajectory;

import java.util.List;

/**
 * What {@link XmrAnalysis} found: either an {@link XmrChart}, or {@link XmrNotEnoughPoints} when
 * the series is too short for limits to mean anything. Test with {@code instanceof XmrChart chart}.
 */
public sealed interface XmrResult permits XmrChart, XmrNotEnoughPoints {

    /** The observed values the result is about, in date order. */
    List<DatedValue> points();

    /** True when limits were computed, that is for an {@link XmrChart}. */
    boolean computed();

    /** One line for a table: the limits and signals, or why there are none. */
    String summary();
}
