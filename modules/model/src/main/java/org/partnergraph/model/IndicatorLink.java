package org.partnergraph.model;

/** {@code (Partner)-[:LEADS|SUPPORTS]->(Indicator)}: the lead agency or a key partner for an indicator. */
public record IndicatorLink(String partnerId, String indicatorId, IndicatorRole role, Provenance provenance) {}
