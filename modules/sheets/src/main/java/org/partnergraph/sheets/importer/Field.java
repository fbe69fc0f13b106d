package org.partnergraph.sheets.importer;

import java.util.List;

/**
 * One of our fields a sheet's column can be mapped to.
 *
 * @param name the field's name in a mapping file ({@code influence}, {@code stage_now} ...)
 * @param required true where a row cannot be imported without it (a default in the mapping fills it)
 * @param type how its text is read
 * @param headers header names that propose this field, normalised ({@link #normalHeader(String)})
 */
public record Field(String name, boolean required, Type type, List<String> headers) {

    /** How a field's text is read. */
    public enum Type {
        /** As written. */
        TEXT,
        /** A 1-5 score or a range like 3/4, or a word of the value map. */
        SCORE,
        /** A relationship stage, or a word of the value map. */
        STAGE,
        /** A membership role, or a word of the value map. */
        ROLE,
        /** A number; a trailing % and thousands commas are allowed. */
        NUMBER,
        /** A period (docs/data-format.md) or a quarter such as 2009/10 Q1. */
        PERIOD
    }

    public Field {
        headers = List.copyOf(headers);
    }

    static Field required(String name, Type type, String... headers) {
        return new Field(name, true, type, List.of(headers));
    }

    static Field optional(String name, Type type, String... headers) {
        return new Field(name, false, type, List.of(headers));
    }

    /** "Stage (now) " and "stage_now" compare as "stage now". */
    public static String normalHeader(String header) {
        return header.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}%]+", " ")
                .strip();
    }
}
