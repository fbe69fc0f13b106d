package org.partnergraph.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Wave;

class WorkbookRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void hertfordshireBundleWrittenAsWorkbookReadsBackToTheSameDataset() throws Exception {
        Dataset bundle = BundleReader.read(Samples.hertfordshire());
        Path xlsx = temp.resolve("hertfordshire.xlsx");

        WorkbookWriter.write(bundle, xlsx);
        Dataset back = WorkbookReader.read(xlsx);

        assertThat(back.manifest()).isEqualTo(bundle.manifest());
        assertThat(back.graph().partners()).isEqualTo(bundle.graph().partners());
        assertThat(back.graph().measurements()).isEqualTo(bundle.graph().measurements());
        assertThat(back.graph()).isEqualTo(bundle.graph());
    }

    @Test
    void templateHasASheetPerTableHeadersAndDropDownsForClosedVocabularies() throws Exception {
        Path xlsx = temp.resolve("template.xlsx");
        WorkbookWriter.template(xlsx, null);

        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Instructions");
            assertThat(wb.getSheet("About")).isNotNull();
            for (WorkbookTable t : WorkbookTable.values()) {
                Sheet s = wb.getSheet(t.sheetName());
                assertThat(s).as(t.sheetName()).isNotNull();
                assertThat(s.getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo(t.columns().get(0));
                assertThat(s.getRow(0).getLastCellNum())
                        .isEqualTo((short) t.columns().size());
            }
            XSSFSheet relationships = wb.getSheet("Relationships");
            assertThat(relationships.getDataValidations())
                    .extracting(v -> v.getValidationConstraint().getExplicitListValues())
                    .anySatisfy(list ->
                            assertThat(list).containsExactly("Compete", "Co-exist", "Cooperate", "Collaborate"));
            XSSFSheet influences = wb.getSheet("Influences");
            assertThat(influences.getDataValidations())
                    .filteredOn(v -> v.getValidationConstraint().getExplicitListValues().length == 5)
                    .hasSize(2)
                    .allSatisfy(v -> {
                        assertThat(v.getValidationConstraint().getExplicitListValues())
                                .containsExactly("1", "2", "3", "4", "5");
                        assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
                    });
            assertThat(influences.getDataValidations())
                    .as("ended")
                    .extracting(v -> v.getValidationConstraint().getExplicitListValues())
                    .anySatisfy(list -> assertThat(list).containsExactly("true"));
            assertThat(wb.getSheet("Memberships").getDataValidations()).hasSize(2);
            assertThat(wb.getSheet("Partners").getDataValidations()).isEmpty();
            assertThat(wb.getSheet("Measurements").getDataValidations()).hasSize(2);
            assertThat(wb.getSheet("Waves").getDataValidations())
                    .extracting(v -> v.getValidationConstraint().getExplicitListValues())
                    .containsExactly(new String[] {"true", "false"});
            assertThat(wb.getSheet("About").getRow(5).getCell(0).getStringCellValue())
                    .isEqualTo("date");
            assertThat(wb.getSheet("Indicators").getDataValidations()).hasSize(1);
        }
    }

    @Test
    void templateFilledInWithPoiReadsWritesAndReadsBackTheSame() throws Exception {
        Path template = temp.resolve("template.xlsx");
        WorkbookWriter.template(template, null);
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(template)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet about = wb.getSheet("About");
        PoiWorkbook.row(about, 2, "partnership", "made-up");
        PoiWorkbook.row(about, 3, "name", "Made-up Town Partnership");
        PoiWorkbook.row(about, 6, "source", "survey.txt", "A made-up source");
        PoiWorkbook.row(
                wb.getSheet("Partners"),
                1,
                "council",
                "Made-up Town Council",
                "local authority",
                "1",
                "",
                "MTC|The Council",
                "survey.txt");
        PoiWorkbook.row(wb.getSheet("Partners"), 2, "health", "Made-up Health Trust", "NHS", "", "", "", "survey.txt");
        PoiWorkbook.row(wb.getSheet("Groups"), 1, "board", "Health and Wellbeing Board", "board", "", "survey.txt");
        PoiWorkbook.row(wb.getSheet("Themes"), 1, "health", "Healthier lives", "", "survey.txt");
        PoiWorkbook.row(wb.getSheet("Objectives"), 1, "o1", "More people active", "health", "survey.txt");
        PoiWorkbook.row(
                wb.getSheet("Memberships"),
                1,
                "council",
                "board",
                "chair",
                LocalDate.of(2010, 4, 1),
                "",
                "",
                "",
                "",
                "",
                "survey.txt");
        PoiWorkbook.row(
                wb.getSheet("Memberships"),
                2,
                "health",
                "board",
                "member",
                "",
                "",
                "",
                "",
                "",
                "",
                "survey.txt",
                "true",
                "from the minutes");
        PoiWorkbook.row(wb.getSheet("Influences"), 1, "council", "o1", 4, 3, "", "", "", "", "", "survey.txt");
        PoiWorkbook.row(wb.getSheet("Influences"), 2, "health", "o1", "3/4", 2, "", "", "", "", "", "survey.txt");
        PoiWorkbook.row(
                wb.getSheet("Influences"),
                3,
                "health",
                "o1",
                4,
                3,
                LocalDate.of(2009, 4, 1),
                "2009-04-02T09:30:00Z",
                "alice",
                "review",
                "",
                "survey.txt");
        PoiWorkbook.row(wb.getSheet("Waves"), 1, "review", "2009 review", LocalDate.of(2009, 4, 1), "alice", "true");
        PoiWorkbook.row(
                wb.getSheet("Relationships"),
                1,
                "council",
                "health",
                "Co-exist",
                "Collaborate",
                "high",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "survey.txt");
        PoiWorkbook.row(
                wb.getSheet("Indicators"),
                1,
                "active",
                "Adults active",
                "NI 8",
                "%",
                "higher",
                "o1",
                "",
                "",
                "",
                "survey.txt");
        PoiWorkbook.row(
                wb.getSheet("Measurements"),
                1,
                "active",
                "baseline",
                "2008/09",
                21.3,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "survey.txt");
        PoiWorkbook.row(
                wb.getSheet("Measurements"),
                2,
                "active",
                "actual",
                "2009/10",
                22.05,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "survey.txt");
        Path filled = PoiWorkbook.save(wb, temp.resolve("filled.xlsx"));

        Dataset first = WorkbookReader.read(filled);
        Path again = temp.resolve("again.xlsx");
        WorkbookWriter.write(first, again);
        Dataset second = WorkbookReader.read(again);

        assertThat(second).isEqualTo(first);
        assertThat(first.graph().partners()).hasSize(2);
        assertThat(first.graph().partners().get(0).aliases()).containsExactly("MTC", "The Council");
        assertThat(first.graph().influences().get(1).influence().isRange()).isTrue();
        assertThat(first.graph().measurements().get(1).value()).isEqualTo(22.05);
        assertThat(first.graph().memberships().get(1).provenance().uncertain()).isTrue();
        assertThat(first.graph().memberships().get(0).until())
                .as("a date typed as a date")
                .isEqualTo(LocalDate.of(2010, 4, 1));
        assertThat(first.graph().influences().get(2).dating())
                .isEqualTo(new Dating(
                        LocalDate.of(2009, 4, 1),
                        Instant.parse("2009-04-02T09:30:00Z"),
                        "alice",
                        "made-up:review",
                        false));
        assertThat(first.graph().waves())
                .containsExactly(new Wave(
                        "made-up:review", "made-up", "2009 review", LocalDate.of(2009, 4, 1), "alice", true, ""));
        assertThat(first.notices()).isEmpty();
    }
}
