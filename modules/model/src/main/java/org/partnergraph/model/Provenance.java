package org.partnergraph.model;

/**
 * Where a node or relationship came from: the document (file name and section or table), whether
 * the transcriber marked the value uncertain, and a free-text note explaining why.
 *
 * @param source document file name and section, e.g. {@code 001_d8b1239257a95d12.txt: CSP strategic outcome table}
 * @param uncertain true where the source is ambiguous and the value is recorded as written
 * @param note why it is uncertain, or any other remark; empty when there is none
 */
public record Provenance(String source, boolean uncertain, String note) {

    public static final Provenance NONE = new Provenance("", false, "");

    public Provenance {
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }

    public static Provenance of(String source) {
        return new Provenance(source, false, "");
    }
}
