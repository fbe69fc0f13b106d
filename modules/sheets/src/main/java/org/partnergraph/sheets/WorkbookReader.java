package org.partnergraph.sheets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.io.DatasetException;
import org.partnergraph.io.DatasetProblem;

/**
 * Reads a workbook in the template's shape into the same {@link Dataset} the bundle reader gives for
 * the same rows. The sheets are turned into a scratch bundle and read by {@link BundleReader}, so every
 * check of docs/data-format.md applies unchanged; its problems come back located at their cell
 * ({@code Partners!D12: type: reason}), together with the cells that could not be read, all in one pass.
 *
 * <p>Sheets are found by name (any case); other sheets (notes, lists) are left alone. The header row
 * may be anywhere in a sheet's first {@value #HEADER_SEARCH} rows. Hidden rows and hidden sheets are read
 * like any other: hiding is not deleting.
 */
public final class WorkbookReader {

    /** How far down a sheet its header row is looked for. */
    static final int HEADER_SEARCH = 20;

    private static final CSVFormat CSV =
            CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final Pattern FILE_LINE = Pattern.compile("([a-z_]+)\\.csv:(\\d+)");

    private final String fileName;
    private final List<String> problems = new ArrayList<>();
    private final Map<WorkbookTable, Located> located = new EnumMap<>(WorkbookTable.class);
    private final Map<String, Integer> aboutRows = new LinkedHashMap<>();

    private WorkbookReader(String fileName) {
        this.fileName = fileName;
    }

    /** True for a path this reader takes: a file ending in {@code .xlsx}. */
    public static boolean isWorkbook(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Reads and checks {@code file}.
     *
     * @throws DatasetException listing every problem, each as {@code Sheet!Cell: column: reason}
     */
    public static Dataset read(Path file) throws DatasetException, IOException {
        return new WorkbookReader(file.getFileName().toString()).readWorkbook(file);
    }

    private Dataset readWorkbook(Path file) throws DatasetException, IOException {
        List<SheetGrid> sheets = WorkbookFile.read(file);
        Path dir = Files.createTempDirectory("partnergraph-workbook");
        try {
            boolean about = false;
            for (SheetGrid sheet : sheets) {
                problems.addAll(sheet.problems());
                if (sheet.name().equalsIgnoreCase(WorkbookWriter.ABOUT)) {
                    about = true;
                    writeManifest(sheet, dir);
                    continue;
                }
                WorkbookTable table = WorkbookTable.ofSheet(sheet.name());
                if (table == null) {
                    continue;
                }
                if (located.containsKey(table)) {
                    problems.add(sheet.name() + ": is a second " + table.sheetName() + " sheet; put its rows" + " in "
                            + located.get(table).sheet + " and remove it");
                    continue;
                }
                writeTable(sheet, table, dir);
            }
            if (!about) {
                problems.add(fileName + ": has no About sheet; it names the partnership (start from"
                        + " partnergraph template FILE.xlsx)");
                throw fail(List.of());
            }
            try {
                Dataset d = BundleReader.read(dir);
                if (!problems.isEmpty()) {
                    throw fail(List.of());
                }
                return new Dataset(
                        d.manifest(),
                        d.graph(),
                        d.notices().stream().map(this::relocateNotice).toList());
            } catch (DatasetException e) {
                throw fail(e.problems());
            }
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    /** The About sheet as manifest.json: field, value (and title for each source). */
    private void writeManifest(SheetGrid sheet, Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        ArrayNode sources = json.putArray("sources");
        for (int row : sheet.rows()) {
            String field = sheet.text(row, 0).toLowerCase(Locale.ROOT);
            String value = sheet.text(row, 1);
            switch (field) {
                case "format" -> json.put("format", value.matches("\\d+") ? Integer.parseInt(value) : -1);
                case "partnership", "name", "description" -> json.put(field, value);
                case "date" -> {
                    if (!value.isEmpty()) {
                        json.put(field, value);
                    }
                }
                case "source" -> sources.addObject().put("file", value).put("title", sheet.text(row, 2));
                default -> {
                    continue;
                }
            }
            aboutRows.putIfAbsent(field, row);
        }
        if (!json.has("name") || json.path("name").asText().isEmpty()) {
            json.remove("name");
        }
        mapper.writeValue(dir.resolve(BundleReader.MANIFEST).toFile(), json);
    }

    private void writeTable(SheetGrid sheet, WorkbookTable table, Path dir) throws IOException {
        if (sheet.isEmpty()) {
            return;
        }
        Integer headerRow = findHeader(sheet, table);
        if (headerRow == null) {
            problems.add(CellRef.of(sheet.name(), 0, 0) + ": no header row: expected the columns "
                    + String.join(", ", table.required()) + " within the first " + HEADER_SEARCH + " rows");
            return;
        }
        Map<Integer, String> header = new TreeMap<>();
        for (int col : sheet.columns(headerRow)) {
            header.put(col, columnName(sheet.text(headerRow, col)));
        }
        Located loc = new Located(sheet.name(), headerRow, header);
        located.put(table, loc);
        try (Writer out = Files.newBufferedWriter(dir.resolve(table.baseName() + ".csv"), StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord(header.values());
            long line = 2;
            for (int row : sheet.rows()) {
                if (row <= headerRow) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (int col : header.keySet()) {
                    values.add(sheet.text(row, col));
                }
                for (int col : sheet.columns(row)) {
                    if (!header.containsKey(col)) {
                        problems.add(CellRef.of(sheet.name(), row, col) + ": a value under no header; name its"
                                + " column in row " + (headerRow + 1) + " or clear it");
                    }
                }
                if (values.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                csv.printRecord(values);
                loc.lines.put(line, row);
                line += 1
                        + values.stream()
                                .mapToLong(v -> v.chars().filter(c -> c == '\n').count())
                                .sum();
            }
        }
    }

    /** The first row holding every required column of the table. */
    private static Integer findHeader(SheetGrid sheet, WorkbookTable table) {
        for (int row : sheet.rows()) {
            if (row >= HEADER_SEARCH) {
                break;
            }
            List<String> names = sheet.columns(row).stream()
                    .map(c -> columnName(sheet.text(row, c)))
                    .toList();
            if (names.containsAll(table.required())) {
                return row;
            }
        }
        return null;
    }

    /** "Stage now " and "stage_now" name the same column. */
    static String columnName(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private DatasetException fail(List<DatasetProblem> bundleProblems) {
        List<DatasetProblem> out = new ArrayList<>();
        for (String p : problems) {
            int at = p.indexOf(": ");
            out.add(new DatasetProblem(p.substring(0, at), 0, "", p.substring(at + 2)));
        }
        for (DatasetProblem p : bundleProblems) {
            out.add(locate(p));
        }
        return new DatasetException(out);
    }

    /** A bundle problem at its cell: {@code partners.csv:3: type} becomes {@code Partners!C4: type}. */
    private DatasetProblem locate(DatasetProblem p) {
        String reason = relocateReferences(p.reason());
        if (p.file().equals(BundleReader.MANIFEST)) {
            Integer row = aboutRows.get(p.column());
            String where = row == null ? WorkbookWriter.ABOUT : CellRef.of(WorkbookWriter.ABOUT, row, 1);
            return new DatasetProblem(where, 0, p.column(), row == null ? "missing; " + reason : reason);
        }
        String base = p.file().endsWith(".csv") ? p.file().substring(0, p.file().length() - 4) : p.file();
        WorkbookTable table = WorkbookTable.ofBaseName(base);
        Located loc = table == null ? null : located.get(table);
        if (loc == null) {
            return new DatasetProblem(fileName, 0, p.column(), reason);
        }
        return new DatasetProblem(loc.cell(p.line(), p.column()), 0, p.column(), reason);
    }

    /** A notice of the bundle reader at the About sheet's row it is about ("manifest.json: format 1: ..."). */
    private String relocateNotice(String notice) {
        String prefix = BundleReader.MANIFEST + ": ";
        if (!notice.startsWith(prefix)) {
            return relocateReferences(notice);
        }
        Integer row = aboutRows.get("format");
        return (row == null ? WorkbookWriter.ABOUT : CellRef.of(WorkbookWriter.ABOUT, row, 1)) + ": "
                + notice.substring(prefix.length());
    }

    private String relocateReferences(String reason) {
        Matcher m = FILE_LINE.matcher(reason);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            WorkbookTable table = WorkbookTable.ofBaseName(m.group(1));
            Located loc = table == null ? null : located.get(table);
            String replacement = loc == null ? m.group() : loc.cell(Long.parseLong(m.group(2)), "");
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Where a table's scratch CSV lines came from in its sheet. */
    private static final class Located {
        final String sheet;
        final int headerRow;
        final Map<Integer, String> header;
        final TreeMap<Long, Integer> lines = new TreeMap<>();

        Located(String sheet, int headerRow, Map<Integer, String> header) {
            this.sheet = sheet;
            this.headerRow = headerRow;
            this.header = header;
        }

        String cell(long line, String column) {
            int row = headerRow;
            if (line > 1) {
                Map.Entry<Long, Integer> e = lines.floorEntry(line);
                row = e == null ? headerRow : e.getValue();
            }
            int col = header.entrySet().stream()
                    .filter(e -> e.getValue().equals(column))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(header.isEmpty() ? 0 : header.keySet().iterator().next());
            return CellRef.of(sheet, row, col);
        }
    }
}
