package org.partnergraph.model;

import java.time.LocalDate;

/**
 * A named, dated re-assessment ("2025 annual review"): the assessments whose {@link Dating#wave()}
 * is its id. A draft is seen only by its author until it is published.
 *
 * @param id stable id, unique across the database ({@code partnership:slug})
 * @param name the display name
 * @param date the date its assessments hold from, or null where the source gives none
 * @param author who started it; empty when not known
 * @param published false while it is a draft
 * @param note what it is, where it came from (e.g. "loaded from a version-1 bundle")
 */
public record Wave(
        String id, String partnership, String name, LocalDate date, String author, boolean published, String note) {

    public Wave {
        author = author == null ? "" : author;
        note = note == null ? "" : note;
    }

    /** True where {@code viewer} may see the wave's assessments: it is published, or theirs. */
    public boolean visibleTo(String viewer) {
        return published || (!author.isEmpty() && author.equals(viewer));
    }

    public Wave publish() {
        return new Wave(id, partnership, name, date, author, true, note);
    }
}
