package org.partnergraph.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test workbooks written with Apache POI, a different library than the product reads with. */
public final class PoiWorkbook {

    private PoiWorkbook() {}

    /** An About sheet naming the partnership {@code id}. */
    public static void about(XSSFWorkbook wb, String id) {
        Sheet about = wb.createSheet("About");
        row(about, 0, "field", "value");
        row(about, 1, "format", 1);
        row(about, 2, "partnership", id);
        row(about, 3, "name", "Made-up partnership");
        row(about, 4, "source", "test.txt", "Written by the test");
    }

    /**
     * Writes {@code values} into row {@code r} (0-based): Strings as text, Numbers as numbers,
     * LocalDates as dates shown the British way.
     */
    public static Row row(Sheet sheet, int r, Object... values) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                Workbook wb = sheet.getWorkbook();
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
                cell.setCellValue(d);
                cell.setCellStyle(style);
            } else {
                cell.setCellValue(v.toString());
            }
        }
        return row;
    }

    public static void rows(Sheet sheet, int first, List<List<Object>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            row(sheet, first + i, rows.get(i).toArray());
        }
    }

    public static Path save(XSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }
}
