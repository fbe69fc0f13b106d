package org.partnergraph.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.io.Dataset;
import org.partnergraph.io.DatasetException;
import org.partnergraph.io.DatasetProblem;
import org.partnergraph.model.Membership;

class WorkbookReaderTest {

    @TempDir
    Path temp;

    @Test
    void awkwardButValidWorkbookReadsAsExcelShowsIt() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet notes = wb.createSheet("Notes");
        PoiWorkbook.row(notes, 0, "Our own notes, not a table");
        PoiWorkbook.about(wb, "awkward");
        // Header on row 3 under a title, with trailing spaces and a capitalised name.
        Sheet partners = wb.createSheet("Partners ");
        PoiWorkbook.row(partners, 0, "Our partners (updated quarterly)");
        PoiWorkbook.row(partners, 2, "ID ", "Name", "type", "source");
        PoiWorkbook.row(partners, 3, "council ", "Town Council  ", "local authority", "test.txt");
        // A blank row, then a hidden row: read, since hiding is not deleting.
        Row hidden = PoiWorkbook.row(partners, 5, "health", "Health Trust", "NHS", "test.txt");
        hidden.setZeroHeight(true);
        Sheet groups = wb.createSheet("Groups");
        PoiWorkbook.row(groups, 0, "id", "name", "source");
        PoiWorkbook.row(groups, 1, "board", "Board", "test.txt");
        // Memberships: the group name merged down two rows, as trackers often do.
        Sheet memberships = wb.createSheet("Memberships");
        PoiWorkbook.row(memberships, 0, "group", "partner", "role", "source");
        PoiWorkbook.row(memberships, 1, "board", "council", "chair", "test.txt");
        PoiWorkbook.row(memberships, 2, null, "health", "member", "test.txt");
        memberships.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
        // A hidden Indicators sheet, still read; a formula's saved value; a date typed as a date.
        Sheet indicators = wb.createSheet("Indicators");
        PoiWorkbook.row(indicators, 0, "id", "name", "unit", "source");
        PoiWorkbook.row(indicators, 1, "visits", "Visits", "count", "test.txt");
        wb.setSheetHidden(wb.getSheetIndex(indicators), true);
        Sheet measurements = wb.createSheet("Measurements");
        PoiWorkbook.row(measurements, 0, "indicator", "kind", "period", "value", "source", "a", "b");
        Row m = PoiWorkbook.row(measurements, 1, "visits", "actual", null, null, "test.txt", 1200, 34.5);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        m.createCell(2).setCellValue(LocalDate.of(2009, 3, 31));
        m.getCell(2).setCellStyle(date);
        m.createCell(3).setCellFormula("F2+G2");
        // The helper columns have headers a and b, which the format does not know; drop them from the header.
        measurements.getRow(0).removeCell(measurements.getRow(0).getCell(5));
        measurements.getRow(0).removeCell(measurements.getRow(0).getCell(6));
        m.removeCell(m.getCell(5));
        m.removeCell(m.getCell(6));
        m.getCell(3).setCellFormula("1200+34.5");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Path file = PoiWorkbook.save(wb, temp.resolve("awkward.xlsx"));

        Dataset d = WorkbookReader.read(file);

        assertThat(d.graph().partners())
                .extracting(p -> p.id() + "=" + p.name())
                .containsExactly("awkward:council=Town Council", "awkward:health=Health Trust");
        assertThat(d.graph().memberships())
                .extracting(Membership::partnerId)
                .containsExactly("awkward:council", "awkward:health");
        assertThat(d.graph().memberships())
                .allSatisfy(x -> assertThat(x.groupId()).isEqualTo("awkward:board"));
        assertThat(d.graph().indicators()).hasSize(1);
        assertThat(d.graph().measurements()).singleElement().satisfies(x -> {
            assertThat(x.period().start()).isEqualTo(LocalDate.of(2009, 3, 31));
            assertThat(x.value()).isEqualTo(1234.5);
        });
        assertThat(d.notices())
                .as("About says format 1")
                .containsExactly("About!B2: format 1: its 3 assessments load as one undated wave 'Made-up partnership"
                        + " (version 1)'; writing the bundle again (export) gives format 2.");
    }

    @Test
    void historyCellsInAFormat2WorkbookAreCheckedAtTheirCell() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        PoiWorkbook.about(wb, "dated");
        wb.getSheet("About").getRow(1).getCell(1).setCellValue(2);
        PoiWorkbook.row(wb.getSheet("About"), 5, "date", "31 March 2009");
        Sheet partners = wb.createSheet("Partners");
        PoiWorkbook.row(partners, 0, "id", "name", "source");
        PoiWorkbook.row(partners, 1, "council", "Town Council", "test.txt");
        Sheet groups = wb.createSheet("Groups");
        PoiWorkbook.row(groups, 0, "id", "name", "source");
        PoiWorkbook.row(groups, 1, "board", "Board", "test.txt");
        Sheet memberships = wb.createSheet("Memberships");
        PoiWorkbook.row(memberships, 0, "partner", "group", "as_of", "until", "wave", "source");
        PoiWorkbook.row(
                memberships, 1, "council", "board", LocalDate.of(2010, 4, 1), LocalDate.of(2009, 4, 1), "", "test.txt");
        PoiWorkbook.row(memberships, 2, "council", "board", "2011-04-01", "", "w9", "test.txt");
        Path file = PoiWorkbook.save(wb, temp.resolve("dated.xlsx"));

        DatasetException e = assertThrows(DatasetException.class, () -> WorkbookReader.read(file));

        assertThat(e.problems())
                .extracting(DatasetProblem::toString)
                .containsExactly(
                        "About!B6: date: '31 March 2009' is not a date; write YYYY-MM-DD, e.g. \"2022-04-01\"",
                        "Memberships!D2: until: 2009-04-01 is before as_of 2010-04-01",
                        "Memberships!E3: wave: unknown wave 'w9'");
    }

    @Test
    void badCellsAreAllReportedAtTheirCellAndNothingIsRead() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        PoiWorkbook.about(wb, "bad");
        Sheet partners = wb.createSheet("Partners");
        PoiWorkbook.row(partners, 0, "id", "name", "type", "source");
        PoiWorkbook.row(partners, 1, "council", "Town Council", "local authority", "test.txt");
        PoiWorkbook.row(partners, 2, "council", "Again", "", "test.txt");
        PoiWorkbook.row(partners, 3, "third", "Third", "", "");
        PoiWorkbook.row(partners, 4, "bad id!", "Fourth", "", "test.txt");
        Sheet influences = wb.createSheet("Influences");
        PoiWorkbook.row(influences, 0, "partner", "objective", "influence", "quality", "source");
        PoiWorkbook.row(influences, 1, "council", "o1", 7, 3, "test.txt");
        Sheet groups = wb.createSheet("Groups");
        PoiWorkbook.row(groups, 0, "id", "name", "source");
        PoiWorkbook.row(groups, 1, "board", "Board", "test.txt", "stray");
        // A formula never calculated has no saved value.
        groups.getRow(1).createCell(1).setCellFormula("A1&\"x\"");
        Path file = PoiWorkbook.save(wb, temp.resolve("bad.xlsx"));

        DatasetException e = assertThrows(DatasetException.class, () -> WorkbookReader.read(file));

        assertThat(e.problems())
                .extracting(DatasetProblem::toString)
                .contains(
                        "Partners!A3: id: duplicate partner id 'council', first at Partners!A2",
                        "Partners!A5: id: 'bad id!' is not an id (a letter or digit, then letters, digits, '.', '_' or '-')",
                        "Partners!D4: source: is empty",
                        "Groups!D2: a value under no header; name its column in row 1 or clear it")
                .anySatisfy(p -> assertThat(p).startsWith("Groups!B2: has the formula =A1&\"x\" but no saved value"))
                .anySatisfy(p -> assertThat(p).startsWith("Influences!C2: influence: must be between 1 and 5"));
    }

    @Test
    void missingHeaderAndMissingPartnershipAreNamed() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet about = wb.createSheet("About");
        PoiWorkbook.row(about, 0, "field", "value");
        PoiWorkbook.row(about, 1, "format", 1);
        PoiWorkbook.row(about, 2, "partnership", "Not An Id");
        Sheet partners = wb.createSheet("Partners");
        PoiWorkbook.row(partners, 0, "identifier", "name");
        PoiWorkbook.row(partners, 1, "council", "Council");
        Path file = PoiWorkbook.save(wb, temp.resolve("noheader.xlsx"));

        DatasetException e = assertThrows(DatasetException.class, () -> WorkbookReader.read(file));

        // Both problems in one pass: the manifest's and the sheet's.
        assertThat(e.problems())
                .extracting(DatasetProblem::toString)
                .containsExactlyInAnyOrder(
                        "About!B3: partnership: 'Not An Id' is not a partnership id (lower-case letters, digits and '-')",
                        "Partners!A1: no header row: expected the columns id, name, source within the first 20 rows");
    }

    @Test
    void passwordProtectedWorkbookIsRefusedInOneSentence() throws Exception {
        Path plain = temp.resolve("plain.xlsx");
        WorkbookWriter.template(plain, null);
        Path locked = temp.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile());
                    OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }

        DatasetException e = assertThrows(DatasetException.class, () -> WorkbookReader.read(locked));

        assertThat(e.problems())
                .extracting(DatasetProblem::toString)
                .containsExactly("locked.xlsx: is password-protected; remove the password in Excel (File > Info >"
                        + " Protect Workbook) and save it again");
    }

    @Test
    void corruptFilesAreRefusedInOneSentence() throws Exception {
        Path text = Files.writeString(temp.resolve("notes.xlsx"), "id,name\nhcc,Herts\n");
        Path truncated = temp.resolve("cut.xlsx");
        WorkbookWriter.template(truncated, null);
        byte[] all = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(all, all.length / 2));

        for (Path p : List.of(text, truncated)) {
            DatasetException e = assertThrows(DatasetException.class, () -> WorkbookReader.read(p));
            assertThat(e.problems()).singleElement().satisfies(x -> {
                assertThat(x.file()).isEqualTo(p.getFileName().toString());
                assertThat(x.reason()).doesNotContain("Exception").containsPattern("is not an .xlsx|cannot be read");
            });
        }
    }
}
