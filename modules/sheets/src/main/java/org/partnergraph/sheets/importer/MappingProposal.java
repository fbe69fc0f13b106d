package org.partnergraph.sheets.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.partnergraph.sheets.CellRef;
import org.partnergraph.sheets.SheetGrid;

/**
 * What a mapping dialog shows and edits: the sheet's columns with the field each is mapped to, the
 * mapping itself (value maps and defaults included), the first rows as they would be imported, and
 * every problem at its cell. Made with {@link #of}; after the user changes the mapping (its {@code
 * with...} methods), made again.
 *
 * @param headerRow the 0-based header row, or -1
 * @param preview the first rows, each with its values and its problems
 * @param problems every problem of the whole sheet, not only the previewed rows
 */
public record MappingProposal(
        String sheet,
        ImportKind kind,
        int headerRow,
        List<Column> columns,
        Mapping mapping,
        List<PreviewRow> preview,
        List<String> problems,
        List<String> notices) {

    /** How many rows a preview shows unless told. */
    public static final int PREVIEW_ROWS = 10;

    /**
     * A column of the sheet.
     *
     * @param index 0-based
     * @param letter {@code D}
     * @param header the header's text
     * @param field the field it is mapped to, or null
     */
    public record Column(int index, String letter, String header, String field) {}

    /**
     * One row as it would be imported.
     *
     * @param row the 1-based row number Excel shows
     * @param values field to our value (empty where the cell has a problem or is blank)
     * @param raw field to the cell's text
     * @param problems the problems of this row's cells
     */
    public record PreviewRow(int row, Map<String, String> values, Map<String, String> raw, List<String> problems) {}

    public static MappingProposal propose(SheetGrid sheet, ImportKind kind) {
        return of(sheet, MappingProposer.propose(sheet, kind), PREVIEW_ROWS);
    }

    public static MappingProposal of(SheetGrid sheet, Mapping mapping, int previewRows) {
        MappedSheet mapped = MappedSheet.read(sheet, mapping);
        List<Column> columns = new ArrayList<>();
        if (mapped.headerRow() >= 0) {
            HeaderRow.headers(sheet, mapped.headerRow())
                    .forEach((col, header) -> columns.add(new Column(
                            col,
                            CellRef.column(col),
                            header,
                            mapped.columns().entrySet().stream()
                                    .filter(e -> e.getValue().equals(col))
                                    .map(Map.Entry::getKey)
                                    .findFirst()
                                    .orElse(null))));
        }
        List<PreviewRow> preview = new ArrayList<>();
        for (MappedRow r :
                mapped.rows().subList(0, Math.min(previewRows, mapped.rows().size()))) {
            Pattern at = Pattern.compile(Pattern.quote(sheet.name() + "!") + "[A-Z]+" + (r.row() + 1) + ":.*");
            preview.add(new PreviewRow(
                    r.row() + 1,
                    r.values(),
                    r.raw(),
                    mapped.problems().stream()
                            .filter(p -> at.matcher(p).matches())
                            .toList()));
        }
        return new MappingProposal(
                sheet.name(),
                mapping.importKind(),
                mapped.headerRow(),
                columns,
                mapping,
                preview,
                mapped.problems(),
                mapped.notices());
    }
}
