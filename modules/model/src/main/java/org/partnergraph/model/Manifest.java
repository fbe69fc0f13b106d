package org.partnergraph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a dataset says about itself ({@code manifest.json}).
 *
 * @param formatVersion the dataset format version; this build reads {@link #FORMAT_VERSION}
 * @param partnership the partnership id, a lower-case slug such as {@code hertfordshire}; it prefixes
 *     every id of the dataset in the database
 * @param name the partnership's display name
 * @param description what the dataset holds
 * @param sources the documents it was transcribed from
 * @param date the date the dataset's undated assessments were made, where the dataset says
 *     (format 2); null where it does not
 */
public record Manifest(
        int formatVersion, String partnership, String name, String description, List<Source> sources, LocalDate date) {

    public static final int FORMAT_VERSION = 2;

    public Manifest {
        sources = List.copyOf(sources);
    }

    /** A manifest that gives no date. */
    public Manifest(int formatVersion, String partnership, String name, String description, List<Source> sources) {
        this(formatVersion, partnership, name, description, sources, null);
    }

    /** A source document: its file name and title. */
    public record Source(String file, String title) {}
}
