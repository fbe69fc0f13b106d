package org.partnergraph.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.partnergraph.io.DatasetException;
import org.partnergraph.io.DatasetProblem;

/**
 * Reads every sheet of an XLSX file into {@link SheetGrid}s with fastexcel-reader: formulas give their
 * saved (cached) value, numbers formatted as dates give the ISO day, numbers lose Excel's binary noise,
 * text is stripped. A file that is not a readable workbook is refused in one sentence.
 */
public final class WorkbookFile {

    private static final byte[] ENCRYPTION_INFO = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);

    private WorkbookFile() {}

    /** Every sheet in workbook order. */
    public static List<SheetGrid> read(Path file) throws DatasetException, IOException {
        String name = file.getFileName().toString();
        byte[] head = head(file);
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw refusal(
                    name,
                    contains(Files.readAllBytes(file), ENCRYPTION_INFO)
                            ? "is password-protected; remove the password in Excel (File > Info > Protect"
                                    + " Workbook) and save it again"
                            : "is an old .xls workbook; save it as .xlsx (Excel Workbook) and try again");
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
            throw refusal(name, "is not an .xlsx workbook (it may be damaged, or another kind of file)");
        }
        try {
            Map<String, List<int[]>> merged = MergedRanges.read(file);
            List<SheetGrid> out = new ArrayList<>();
            try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
                for (Sheet sheet : wb.getSheets().toList()) {
                    SheetGrid grid =
                            new SheetGrid(sheet.getName().strip(), sheet.getVisibility() != SheetVisibility.VISIBLE);
                    for (Row row : sheet.read()) {
                        if (row.isHidden()) {
                            grid.hideRow(row.getRowNum() - 1);
                        }
                        for (Cell cell : row) {
                            if (cell != null) {
                                read(grid, row.getRowNum() - 1, cell, wb.isDate1904());
                            }
                        }
                    }
                    grid.fillMerged(merged.getOrDefault(sheet.getName(), List.of()));
                    out.add(grid);
                }
            }
            return out;
        } catch (RuntimeException | IOException e) {
            throw refusal(name, "cannot be read as an .xlsx workbook (it may be damaged): " + sentence(e));
        }
    }

    private static void read(SheetGrid grid, int row, Cell cell, boolean date1904) {
        int col = cell.getColumnIndex();
        CellType type = cell.getType();
        String raw = cell.getRawValue();
        switch (type) {
            case EMPTY -> {}
            case ERROR -> grid.problem(row, col, "holds the error " + raw + "; put a value there");
            case BOOLEAN -> grid.put(row, col, "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "true" : "false");
            case STRING -> grid.put(row, col, clean(raw));
            case NUMBER -> grid.put(row, col, number(cell, raw, date1904));
            case FORMULA -> {
                if (raw == null || raw.isEmpty()) {
                    grid.problem(
                            row,
                            col,
                            "has the formula =" + cell.getFormula()
                                    + " but no saved value; open the file in Excel and save it again");
                } else {
                    grid.put(row, col, isNumber(raw) ? number(cell, raw, date1904) : clean(raw));
                }
            }
            default -> grid.put(row, col, clean(raw));
        }
    }

    private static String number(Cell cell, String raw, boolean date1904) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            LocalDateTime t = excelDate(new BigDecimal(raw), date1904);
            return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? t.toLocalDate().toString()
                    : t.toString();
        }
        // Excel keeps 15 significant digits; the binary tail beyond them (0.30000000000000004) is noise.
        return new BigDecimal(raw)
                .round(MathContext.DECIMAL64)
                .round(new MathContext(15))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** An Excel serial date: days since 1899-12-30 (Excel's 1900 system, right from March 1900) or 1904-01-01. */
    static LocalDateTime excelDate(BigDecimal serial, boolean date1904) {
        LocalDateTime epoch = date1904 ? LocalDateTime.of(1904, 1, 1, 0, 0) : LocalDateTime.of(1899, 12, 30, 0, 0);
        long days = serial.longValue();
        long seconds = serial.subtract(BigDecimal.valueOf(days))
                .multiply(BigDecimal.valueOf(86_400))
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .longValue();
        return epoch.plusDays(days).plusSeconds(seconds);
    }

    /** Built-in date formats (14-22, 45-47) or a custom one with day, month or year parts outside quotes. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String f = format.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\[[^\\]]*\\]", "")
                .replaceAll("\\\\.", "");
        return f.matches(".*[dmyDMY].*") && !f.equalsIgnoreCase("general");
    }

    private static boolean isNumber(String raw) {
        try {
            new BigDecimal(raw);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Stripped of surrounding spaces (including the no-break space Excel users paste), CRLF as LF. */
    private static String clean(String raw) {
        return raw == null
                ? ""
                : raw.replace("\r\n", "\n").replace('\u00A0', ' ').strip();
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        }
    }

    private static boolean contains(byte[] data, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= data.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String sentence(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    static DatasetException refusal(String file, String reason) {
        return new DatasetException(List.of(new DatasetProblem(file, 0, "", reason)));
    }
}
