package org.partnergraph.sheets;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.partnergraph.io.DatasetException;

/**
 * The sheets of a file a team already keeps: every sheet of an XLSX workbook ({@link WorkbookFile}:
 * cached formula values, dates, merged cells, hidden rows and sheets), or the one sheet of a CSV file
 * (UTF-8, a byte-order mark allowed), named after the file.
 */
public final class SheetFiles {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().get();

    private SheetFiles() {}

    /**
     * The sheets of a workbook, or the one sheet of a CSV file.
     *
     * @throws DatasetException in one sentence where the file cannot be read as a workbook or CSV
     */
    public static List<SheetGrid> read(Path file) throws IOException, DatasetException {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return WorkbookFile.read(file);
        }
        String base = name.substring(0, name.length() - 4);
        SheetGrid grid = SheetGrid.named(base);
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), decoder);
                CSVParser parser = CSVParser.parse(in, CSV)) {
            int row = 0;
            for (CSVRecord r : parser) {
                for (int c = 0; c < r.size(); c++) {
                    String v = r.get(c);
                    grid.put(row, c, row == 0 && c == 0 && v.startsWith("\uFEFF") ? v.substring(1) : v);
                }
                row++;
            }
        } catch (CharacterCodingException e) {
            throw WorkbookFile.refusal(name, "is not UTF-8 text; save it as CSV UTF-8 and try again");
        } catch (java.io.UncheckedIOException e) {
            throw WorkbookFile.refusal(
                    name,
                    e.getCause() instanceof CharacterCodingException
                            ? "is not UTF-8 text; save it as CSV UTF-8 and try again"
                            : "cannot be read as CSV: " + e.getMessage());
        }
        return List.of(grid);
    }

    /**
     * The sheet named {@code sheet} (any case), or the first visible sheet with anything in it.
     *
     * @throws DatasetException naming the sheets there are, where there is no such sheet
     */
    public static SheetGrid pick(List<SheetGrid> sheets, String sheet, String file) throws DatasetException {
        for (SheetGrid g : sheets) {
            if (sheet != null ? g.name().equalsIgnoreCase(sheet.strip()) : !g.hidden() && !g.isEmpty()) {
                return g;
            }
        }
        String names = String.join(", ", sheets.stream().map(SheetGrid::name).toList());
        throw WorkbookFile.refusal(
                file,
                sheet != null
                        ? "has no sheet '" + sheet + "'; its sheets are " + names
                        : "has no visible sheet with anything in it"
                                + (names.isEmpty() ? "" : " (its sheets are " + names + "; name one with --sheet)"));
    }
}
