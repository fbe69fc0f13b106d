package org.partnergraph.sheets.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnergraph.sheets.CellRef;
import org.partnergraph.sheets.SheetGrid;

/**
 * A sheet read through a {@link Mapping}: its header row found, every data row's mapped cells read
 * with the value maps, and every problem at its cell ({@code Stakeholders!D12: influence: 'Hgh' is not
 * one of High, Medium, Low ...}), all in one pass. Blank rows are passed over; hidden rows are read
 * like any other (hiding is not deleting), and {@link #notices()} says which they were.
 *
 * @param headerRow the 0-based header row, or -1 where none was found
 * @param columns field to its 0-based column, for the fields mapped to a header the sheet has
 */
public record MappedSheet(
        SheetGrid sheet,
        Mapping mapping,
        int headerRow,
        Map<String, Integer> columns,
        List<MappedRow> rows,
        List<String> problems,
        List<String> notices) {

    public static MappedSheet read(SheetGrid sheet, Mapping mapping) {
        ImportKind kind = mapping.importKind();
        int header = HeaderRow.find(sheet, mapping.columns().values());
        List<String> problems = new ArrayList<>(sheet.problems());
        Map<String, Integer> columns = locate(sheet, mapping, header, kind, problems);
        List<MappedRow> rows = new ArrayList<>();
        List<Integer> hidden = new ArrayList<>();
        if (header >= 0) {
            for (int row : sheet.rows()) {
                if (row <= header
                        || columns.keySet().stream()
                                .allMatch(f -> sheet.text(row, columns.get(f)).isEmpty())) {
                    continue;
                }
                if (sheet.hiddenRows().contains(row)) {
                    hidden.add(row + 1);
                }
                rows.add(row(sheet, mapping, kind, columns, row, problems));
            }
        }
        List<String> notices = hidden.isEmpty()
                ? List.of()
                : List.of(sheet.name() + ": rows "
                        + hidden.stream().map(String::valueOf).toList()
                        + " are hidden; they were read like any other row (delete them to leave them out)");
        return new MappedSheet(sheet, mapping, header, columns, rows, problems, notices);
    }

    private static Map<String, Integer> locate(
            SheetGrid sheet, Mapping mapping, int header, ImportKind kind, List<String> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        if (header < 0) {
            problems.add(sheet.name() + ": no header row in the first " + HeaderRow.SEARCH
                    + " rows: expected a row naming the columns ("
                    + String.join(", ", mapping.columns().values())
                    + ")");
            return columns;
        }
        Map<Integer, String> headers = HeaderRow.headers(sheet, header);
        for (Map.Entry<String, String> e : mapping.columns().entrySet()) {
            Integer col = headers.entrySet().stream()
                    .filter(h -> Field.normalHeader(h.getValue()).equals(Field.normalHeader(e.getValue())))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            if (col != null) {
                columns.put(e.getKey(), col);
            } else {
                problems.add(CellRef.of(sheet.name(), header, 0) + ": " + e.getKey() + ": the header row has no"
                        + " column '" + e.getValue() + "'; its columns are " + String.join(", ", headers.values()));
            }
        }
        for (Field f : kind.fields()) {
            if (f.required()
                    && !mapping.columns().containsKey(f.name())
                    && !mapping.defaults().containsKey(f.name())) {
                problems.add(sheet.name() + ": " + f.name() + ": no column is mapped to it and it has no default; "
                        + kind.label() + " needs it");
            }
        }
        return columns;
    }

    private static MappedRow row(
            SheetGrid sheet,
            Mapping mapping,
            ImportKind kind,
            Map<String, Integer> columns,
            int row,
            List<String> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        Map<String, String> cells = new LinkedHashMap<>();
        int first = columns.values().stream().min(Integer::compare).orElse(0);
        for (Field f : kind.fields()) {
            Integer col = columns.get(f.name());
            String text = col == null ? "" : sheet.text(row, col);
            String at = CellRef.of(sheet.name(), row, col == null ? first : col);
            if (text.isEmpty()) {
                text = mapping.defaults().getOrDefault(f.name(), "");
            }
            cells.put(f.name(), at);
            raw.put(f.name(), text);
            if (text.isEmpty()) {
                if (f.required()) {
                    problems.add(at + ": " + f.name() + ": is empty; " + kind.label() + " needs it on every row");
                }
                continue;
            }
            try {
                values.put(
                        f.name(), Values.read(f.type(), text, mapping.values().get(f.name())));
            } catch (IllegalArgumentException e) {
                problems.add(at + ": " + f.name() + ": " + e.getMessage());
            }
        }
        return new MappedRow(row, values, raw, cells);
    }
}
