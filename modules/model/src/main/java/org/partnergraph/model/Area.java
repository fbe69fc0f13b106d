package org.partnergraph.model;

/**
 * A place where a target is set: a county, district or borough.
 *
 * @param kind county, district, borough ...
 * @param withinId the area this one lies in, or empty
 */
public record Area(String id, String name, String kind, String withinId, String partnership, Provenance provenance)
        implements Node {}
