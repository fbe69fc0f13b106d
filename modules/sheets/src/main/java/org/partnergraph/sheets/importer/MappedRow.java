package org.partnergraph.sheets.importer;

import java.util.Map;

/**
 * One data row of a sheet read through a mapping.
 *
 * @param row the 0-based row in the sheet
 * @param values field to its value in our form (the value map applied), for the fields that have one
 * @param raw field to the text the cell holds
 * @param cells field to where it was read from ({@code Stakeholders!D12}; the row's first cell for a default)
 */
public record MappedRow(int row, Map<String, String> values, Map<String, String> raw, Map<String, String> cells) {

    public MappedRow {
        values = Map.copyOf(values);
        raw = Map.copyOf(raw);
        cells = Map.copyOf(cells);
    }

    /** The field's value, or empty. */
    public String get(String field) {
        return values.getOrDefault(field, "");
    }

    /** Where the field was read, for a problem: {@code Stakeholders!D12}. */
    public String at(String field) {
        return cells.getOrDefault(field, cells.values().stream().findFirst().orElse(""));
    }
}
