package org.partnergraph.sheets.importer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a sheet's columns become our fields: saved as JSON ({@link MappingFile}), so next quarter's sheet
 * imports in one step, and what a mapping dialog edits. Columns are named by their header text, not
 * their letter, so a sheet whose columns moved still maps.
 *
 * @param kind the {@link ImportKind#code() kind} of sheet
 * @param sheet the sheet's name in the workbook, or null for the first visible one
 * @param columns our field to the sheet's header naming its column
 * @param values per field, the sheet's words to our values ({@code "High"} to {@code "5"}); compared
 *     ignoring case and surrounding spaces
 * @param defaults per field, the value where the sheet has no column for it (or leaves a cell blank)
 * @param partners the sheet's spelling of a partner to the id it means, or {@link MatchDecisions#NEW};
 *     the answers to the questions partner matching asked
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"kind", "sheet", "columns", "values", "defaults", "partners"})
public record Mapping(
        String kind,
        String sheet,
        Map<String, String> columns,
        Map<String, Map<String, String>> values,
        Map<String, String> defaults,
        Map<String, String> partners) {

    public Mapping {
        columns = copy(columns);
        values = values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values);
        defaults = copy(defaults);
        partners = copy(partners);
    }

    private static Map<String, String> copy(Map<String, String> m) {
        return m == null ? new LinkedHashMap<>() : new LinkedHashMap<>(m);
    }

    public ImportKind importKind() {
        return ImportKind.parse(kind);
    }

    /** The same mapping with {@code field} read from the column headed {@code header} (null: from none). */
    public Mapping withColumn(String field, String header) {
        Map<String, String> c = new LinkedHashMap<>(columns);
        if (header == null) {
            c.remove(field);
        } else {
            c.put(field, header);
        }
        return new Mapping(kind, sheet, c, values, defaults, partners);
    }

    /** The same mapping with the sheet's word {@code text} read as {@code value} in {@code field}. */
    public Mapping withValue(String field, String text, String value) {
        Map<String, Map<String, String>> v = new LinkedHashMap<>(values);
        Map<String, String> words = new LinkedHashMap<>(v.getOrDefault(field, Map.of()));
        words.put(text, value);
        v.put(field, words);
        return new Mapping(kind, sheet, columns, v, defaults, partners);
    }

    /** The same mapping with a value for {@code field} where the sheet gives none. */
    public Mapping withDefault(String field, String value) {
        Map<String, String> d = new LinkedHashMap<>(defaults);
        d.put(field, value);
        return new Mapping(kind, sheet, columns, values, d, partners);
    }

    /** The same mapping with the answer for a partner's spelling: an id, or {@link MatchDecisions#NEW}. */
    public Mapping withPartner(String spelling, String answer) {
        Map<String, String> p = new LinkedHashMap<>(partners);
        p.put(spelling, answer);
        return new Mapping(kind, sheet, columns, values, defaults, p);
    }
}
