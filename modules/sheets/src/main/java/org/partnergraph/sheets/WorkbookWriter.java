package org.partnergraph.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.partnergraph.io.BundleWriter;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.Manifest;

/**
 * Writes the workbook face of a bundle with fastexcel: an Instructions sheet, an About sheet (the
 * manifest), then one sheet per table with a header row and a drop-down list on every column with a
 * closed vocabulary. The rows are the ones the bundle writer would write, so a workbook and a bundle of
 * one dataset always agree.
 */
public final class WorkbookWriter {

    /** Rows below the data that still get the drop-down lists, room for a user to add to. */
    static final int ROOM = 1000;

    public static final String INSTRUCTIONS = "Instructions";
    public static final String ABOUT = "About";

    private WorkbookWriter() {}

    /** Writes {@code dataset} as a workbook; {@code load FILE.xlsx} reads it back to the same dataset. */
    public static void write(Dataset dataset, Path file) throws IOException {
        write(dataset.manifest(), rowsOf(dataset), file);
    }

    /**
     * Writes an empty template, or one holding {@code samples}' rows when it is not null, for a team to
     * fill in.
     */
    public static void template(Path file, Dataset samples) throws IOException {
        if (samples != null) {
            write(samples, file);
            return;
        }
        Manifest blank = new Manifest(Manifest.FORMAT_VERSION, "", "", "", List.of());
        write(blank, new EnumMap<>(WorkbookTable.class), file);
    }

    private static void write(Manifest manifest, Map<WorkbookTable, List<List<String>>> rows, Path file)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "Partnergraph", "1.0");
            instructions(wb.newWorksheet(INSTRUCTIONS));
            about(wb.newWorksheet(ABOUT), manifest);
            for (WorkbookTable table : WorkbookTable.values()) {
                table(wb.newWorksheet(table.sheetName()), table, rows.getOrDefault(table, List.of()));
            }
            wb.finish();
        }
    }

    private static void instructions(Worksheet ws) {
        List<String> lines = List.of(
                "How to fill in this workbook (docs/data-format.md, \"The workbook\", says more)",
                "",
                "About: the partnership's id (lower-case letters, digits and '-'), its name, a description,"
                        + " and one 'source' row per document the rows come from (file, title).",
                "Each other sheet is one table of the dataset format: one row per partner, group, membership"
                        + " and so on. Keep the header row; columns may be in any order; blank rows are skipped.",
                "Ids are short and stable (hcc, public-health); other sheets refer to rows by these ids.",
                "Every row needs a source: the document (and section) it comes from.",
                "Columns with a closed list (roles, stages, polarity, measurement kinds, 1-5 scores) offer a"
                        + " drop-down. A score range such as 3/4 is allowed (Excel warns; Partnergraph accepts it).",
                "Lists inside a cell (aliases, measures, background) are separated by |.",
                "Periods: 2008-04-01..2009-03-31, 2008/09 (financial year), AY2008/09 (academic year), 2005,"
                        + " 2009-03 or 2009-03-31. A date typed as a date is read as that day.",
                "History (format 2): Influences, Relationships, Memberships and Measurements may hold several"
                        + " rows for one thing, each with as_of (YYYY-MM-DD, the day it holds from), recorded_at"
                        + " (an instant written as text, 2025-06-01T09:30:00Z), recorded_by, wave (an id of the Waves"
                        + " sheet) and ended (true where the row ends the value); a membership also has until (its"
                        + " first day no longer a member). Leave them empty where the source gives no date.",
                "Check it: partnergraph validate FILE.xlsx. Load it: partnergraph load FILE.xlsx.",
                "Problems are reported as Sheet!Cell: column: reason, all at once; nothing is loaded until"
                        + " there are none.");
        for (int i = 0; i < lines.size(); i++) {
            ws.value(i, 0, lines.get(i));
        }
        ws.style(0, 0).bold().set();
        ws.width(0, 120);
    }

    private static void about(Worksheet ws, Manifest m) {
        header(ws, List.of("field", "value", "title"));
        String[][] fields = {
            {"format", Integer.toString(Manifest.FORMAT_VERSION)},
            {"partnership", m.partnership()},
            {"name", m.name()},
            {"description", m.description()},
            {"date", m.date() == null ? "" : m.date().toString()}
        };
        for (int i = 0; i < fields.length; i++) {
            ws.value(i + 1, 0, fields[i][0]);
            ws.value(i + 1, 1, fields[i][1]);
        }
        ws.value(1, 1, Manifest.FORMAT_VERSION);
        int r = fields.length + 1;
        for (Manifest.Source s : m.sources()) {
            ws.value(r, 0, "source");
            ws.value(r, 1, s.file());
            ws.value(r, 2, s.title());
            r++;
        }
        ws.width(0, 14);
        ws.width(1, 40);
        ws.width(2, 60);
    }

    private static void table(Worksheet ws, WorkbookTable table, List<List<String>> rows) {
        List<String> columns = table.columns();
        header(ws, columns);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                if (v.isEmpty()) {
                    continue;
                }
                BigDecimal number = table.isNumeric(columns.get(c)) ? number(v) : null;
                if (number != null) {
                    ws.value(r + 1, c, number);
                } else {
                    ws.value(r + 1, c, v);
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            List<String> vocabulary = table.vocabulary(columns.get(c));
            if (!vocabulary.isEmpty()) {
                boolean scores = vocabulary == WorkbookTable.SCORES;
                ws.range(1, c, rows.size() + ROOM, c)
                        .validateWithListByFormula("\"" + String.join(",", vocabulary) + "\"")
                        .allowBlank(true)
                        .errorStyle(scores ? DataValidationErrorStyle.WARNING : DataValidationErrorStyle.STOP)
                        .showErrorMessage(true)
                        .errorTitle(columns.get(c))
                        .error("Expected one of " + String.join(", ", vocabulary) + ".");
            }
            ws.width(c, Math.max(12, columns.get(c).length() + 4));
        }
        ws.freezePane(0, 1);
    }

    private static void header(Worksheet ws, List<String> columns) {
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c));
            ws.style(0, c).bold().fillColor("DDEBF7").set();
        }
    }

    private static BigDecimal number(String v) {
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Each table's rows as the bundle writer writes them, in its column order. */
    private static Map<WorkbookTable, List<List<String>>> rowsOf(Dataset dataset) throws IOException {
        Path dir = Files.createTempDirectory("partnergraph-workbook");
        try {
            BundleWriter.write(dataset, dir);
            Map<WorkbookTable, List<List<String>>> rows = new EnumMap<>(WorkbookTable.class);
            for (WorkbookTable table : WorkbookTable.values()) {
                Path csv = dir.resolve(table.baseName() + ".csv");
                if (Files.exists(csv)) {
                    rows.put(table, readCsv(csv, table));
                }
            }
            return rows;
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    private static List<List<String>> readCsv(Path csv, WorkbookTable table) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        List<List<String>> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, format)) {
            if (!parser.getHeaderNames().equals(table.columns())) {
                throw new IllegalStateException("the bundle writer's " + table.baseName() + " columns "
                        + parser.getHeaderNames() + " differ from the workbook's " + table.columns());
            }
            for (CSVRecord record : parser) {
                out.add(record.toList());
            }
        }
        return out;
    }
}
