package org.partnergraph.sheets.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergraph.sheets.PoiWorkbook.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.sheets.PoiWorkbook;
import org.partnergraph.sheets.SamplesAccess;
import org.partnergraph.sheets.SheetFiles;
import org.partnergraph.sheets.SheetGrid;

/**
 * Quarterly actuals of NI 45 (young offenders in education, training or employment). The 2008/09 Q2
 * actual, 80%, is the LAA's own (003, Children and Young People, NI 45); every other value here is
 * made up for this test.
 */
class ActualsImportTest {

    static PartnershipGraph herts;

    @TempDir
    Path tmp;

    @BeforeAll
    static void hertfordshire() throws Exception {
        herts = BundleReader.read(SamplesAccess.hertfordshire()).graph().asOf(LocalDate.of(2026, 12, 1), "");
    }

    private SheetGrid workbook(List<List<Object>> rows) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Return");
        row(s, 0, "CYPP quarterly return (made up for a test)");
        row(s, 2, "Indicator", "Quarter", "Area", "Actual", "Unit ");
        PoiWorkbook.rows(s, 3, rows);
        return SheetFiles.pick(SheetFiles.read(PoiWorkbook.save(wb, tmp.resolve("return.xlsx"))), null, "return.xlsx");
    }

    private static ImportPlan plan(SheetGrid sheet, PartnershipGraph current) {
        Mapping m = MappingProposer.propose(sheet, null);
        assertThat(m.importKind()).isEqualTo(ImportKind.ACTUALS);
        return ImportPlanner.plan(MappedSheet.read(sheet, m), current, MappedImportTest.options(NewPartners.REFUSE));
    }

    @Test
    void actualsAreAppendedOnceAndTheSameReturnAgainAddsNothing() throws Exception {
        SheetGrid sheet = workbook(List.of(
                List.of("NI 45", "2008/09 Q2", "", 80, "%"),
                List.of("ni45", "Q3 2008/09", "", 82, "%"),
                List.of(
                        "Young offenders engagement in suitable education, training or employment",
                        "2008/09 Q4",
                        "Hertfordshire",
                        83.5,
                        "per cent"),
                List.of("NI 45", LocalDate.of(2009, 6, 30), "", 84, "%")));

        ImportPlan first = plan(sheet, herts);

        assertThat(first.problems()).isEmpty();
        assertThat(first.ready()).isTrue();
        assertThat(first.unchanged()).isEqualTo(1);
        assertThat(first.added()).isEqualTo(3);
        assertThat(first.changes().measurements())
                .extracting(m -> m.id() + " = " + m.value())
                .containsExactly(
                        "hertfordshire:ni-45/actual/2008-10-01..2008-12-31 = 82.0",
                        "hertfordshire:ni-45/actual/2009-01-01..2009-03-31/hertfordshire:hertfordshire = 83.5",
                        "hertfordshire:ni-45/actual/2009-06-30..2009-06-30 = 84.0");
        assertThat(first.changes().measurements().get(0).period().text()).isEqualTo("2008-10-01..2008-12-31");

        PartnershipGraph.Builder after = herts.toBuilder();
        after.measurements.addAll(first.changes().measurements());
        ImportPlan again = plan(sheet, after.build());
        assertThat(again.ready()).isTrue();
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.nothingToWrite()).isTrue();
    }

    @Test
    void everyBadRowOfAReturnIsNamedAtItsCellAndNothingIsPlanned() throws Exception {
        SheetGrid sheet = workbook(List.of(
                List.of("NI 999", "2008/09 Q3", "", 1, ""),
                List.of("NI 45", "2008/09 Q3", "", 82, "%"),
                List.of("NI 45", "2008/09 Q3", "", 82, "%"),
                List.of("NI 45", "2008/09 Q4", "", 5, "number"),
                List.of("NI 45", "Q5 2009", "", 5, ""),
                List.of("NI 45", "2009/10 Q1", "Narnia", "n/a", ""),
                List.of("NI 45", "2008/09 Q2", "", 79, "%")));

        ImportPlan plan = plan(sheet, herts);

        assertThat(plan.ready()).isFalse();
        assertThat(plan.changes()).isEqualTo(PartnershipGraph.EMPTY);
        assertThat(plan.problems())
                .containsExactlyInAnyOrder(
                        "Return!B8: period: 'Q5 2009' is not a period (unrecognised form); expected"
                                + " 2008-04-01..2009-03-31, 2008/09 (financial year), AY2008/09 (academic"
                                + " year), 2005, 2009-03 or 2009-03-31, or a quarter: 2009/10 Q1 (financial) or 2009 Q1",
                        "Return!D9: value: 'n/a' is not a number",
                        "Return!A4: indicator: no indicator of hertfordshire has the code, id or name 'NI 999'",
                        "Return!D6: value: a second actual of NI 45 Young offenders engagement in suitable education,"
                                + " training or employment for 2008-10-01..2008-12-31 (the first is at Return!D5);"
                                + " keep one of the rows",
                        "Return!E7: unit: 'number' is not the unit of NI 45 Young offenders engagement in suitable"
                                + " education, training or employment (%); convert the value or correct the unit",
                        "Return!C9: area: no area of hertfordshire is called 'Narnia' (by id, name or the start of"
                                + " one name)",
                        "Return!D10: value: NI 45 Young offenders engagement in suitable education, training or"
                                + " employment already has the actual 80 for 2008-07-01..2008-09-30 (from"
                                + " 003_bb7cceca8e2011e9.txt: Children and Young People, NI 45); an import adds actuals"
                                + " and corrects none: correct it in the workbench, or leave the row out");
    }

    @Test
    void aCsvReturnWithAByteOrderMarkAndTrailingSpacesReadsTheSame() throws Exception {
        Path csv = tmp.resolve("return.csv");
        Files.writeString(
                csv,
                "\uFEFFIndicator ,Quarter,Area,Actual\nNI 45 ,2008/09 Q2,,80\n,,,\nNI 45,2008/09 Q3 ,, 82 \n",
                StandardCharsets.UTF_8);
        SheetGrid sheet = SheetFiles.pick(SheetFiles.read(csv), null, "return.csv");
        assertThat(sheet.name()).isEqualTo("return");

        ImportPlan plan = plan(sheet, herts);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.changes().measurements()).extracting(Measurement::value).containsExactly(82.0);
    }
}
