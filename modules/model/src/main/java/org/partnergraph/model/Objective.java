package org.partnergraph.model;

/**
 * A strategic outcome or ambition.
 *
 * @param themeId the theme it sits under, or empty where the source names none
 */
public record Objective(String id, String name, String themeId, String partnership, Provenance provenance)
        implements Node {}
