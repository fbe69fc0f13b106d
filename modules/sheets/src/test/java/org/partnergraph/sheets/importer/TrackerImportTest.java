package org.partnergraph.sheets.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.partnergraph.sheets.PoiWorkbook.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.DatasetException;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Role;
import org.partnergraph.sheets.PoiWorkbook;
import org.partnergraph.sheets.SamplesAccess;
import org.partnergraph.sheets.SheetFiles;
import org.partnergraph.sheets.SheetGrid;

/**
 * An engagement tracker and a membership list on Hertfordshire's partners and groups; the stages and
 * roles in them are made up for this test.
 */
class TrackerImportTest {

    static PartnershipGraph herts;

    @TempDir
    Path tmp;

    @BeforeAll
    static void hertfordshire() throws Exception {
        herts = BundleReader.read(SamplesAccess.hertfordshire()).graph().asOf(LocalDate.of(2026, 12, 1), "");
    }

    @Test
    void anEngagementTrackerKeepsWhatItLeavesOutAndReadsTheStagesWords() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Tracker");
        row(s, 0, "Stakeholder", "Current stage", "Target stage");
        row(s, 1, "Herts County Council", "Cooperating", "Collaborating");
        row(s, 2, "Herts Lifestyle and Legacy Partnership", "Co-existing", "Collaborate");
        row(s, 3, "Herts County Council", "Cooperate", "Colaborate").setZeroHeight(true);
        SheetGrid sheet = SheetFiles.pick(SheetFiles.read(PoiWorkbook.save(wb, tmp.resolve("t.xlsx"))), null, "t");
        Mapping m = MappingProposer.propose(sheet, null);
        assertThat(m.importKind()).isEqualTo(ImportKind.ENGAGEMENT);
        m = m.withDefault("from", "Herts Sports Partnership");

        ImportPlan plan =
                ImportPlanner.plan(MappedSheet.read(sheet, m), herts, MappedImportTest.options(NewPartners.REFUSE));

        assertThat(plan.notices())
                .containsExactly("Tracker: rows [4] are hidden; they were read like any other row (delete them to"
                        + " leave them out)");
        assertThat(plan.problems())
                .containsExactly(
                        "Tracker!C4: stage_wanted: 'Colaborate' is not one of Collaborating, Cooperating, Co-existing,"
                                + " Competing (or Compete, Co-exist, Cooperate, Collaborate)",
                        "Tracker!A4: to: the same pair as on Tracker!A2; keep one of the rows");

        SheetGrid twoRows = SheetGrid.named("Tracker");
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                twoRows.put(r, c, sheet.text(r, c));
            }
        }
        ImportPlan ok =
                ImportPlanner.plan(MappedSheet.read(twoRows, m), herts, MappedImportTest.options(NewPartners.REFUSE));
        assertThat(ok.problems()).isEmpty();
        // 001's tracker already has HSP to the Legacy Partnership at Co-exist, wanting Collaborate: no new record.
        assertThat(ok.unchanged()).isEqualTo(1);
        assertThat(ok.added()).isEqualTo(1);
        assertThat(ok.changes().relationships())
                .extracting(x -> x.fromId() + " " + x.toId() + " " + x.now() + " " + x.wanted() + " " + x.lead())
                .containsExactly(
                        "hertfordshire:hsp hertfordshire:hertfordshire-county-council COOPERATE COLLABORATE Director");
    }

    @Test
    void aMembershipListWithAGroupMergedDownItsMembers() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Members");
        row(s, 0, "Group", "Member", "Role");
        row(s, 1, "Hertfordshire Health and Wellbeing Group", "Director of Public Health", "Chairman");
        row(s, 2, null, "Herts CC", "member");
        row(s, 3, "Narnia Forum", "Herts CC", "member");
        s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
        SheetGrid sheet = SheetFiles.pick(SheetFiles.read(PoiWorkbook.save(wb, tmp.resolve("m.xlsx"))), null, "m");
        Mapping m = MappingProposer.propose(sheet, null);
        assertThat(m.importKind()).isEqualTo(ImportKind.MEMBERSHIPS);
        assertThat(m.columns()).containsEntry("partner", "Member").containsEntry("group", "Group");

        ImportPlan plan =
                ImportPlanner.plan(MappedSheet.read(sheet, m), herts, MappedImportTest.options(NewPartners.REFUSE));

        assertThat(plan.problems())
                .containsExactly("Members!A4: group: no group of hertfordshire is called 'Narnia Forum' (by id, name"
                        + " or the start of one name)");
        sheet = SheetFiles.pick(SheetFiles.read(tmp.resolve("m.xlsx")), null, "m");
        SheetGrid first = SheetGrid.named("Members");
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                first.put(r, c, sheet.text(r, c));
            }
        }
        ImportPlan ok =
                ImportPlanner.plan(MappedSheet.read(first, m), herts, MappedImportTest.options(NewPartners.REFUSE));
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.changes().memberships())
                .extracting(x -> x.partnerId() + " " + x.role())
                .contains("hertfordshire:hertfordshire-county-council " + Role.MEMBER);
        assertThat(ok.changes().memberships())
                .allMatch(x -> x.groupId().equals("hertfordshire:hertfordshire-health-and-wellbeing-group"));
        assertThat(ok.changes().groups()).hasSize(1);
    }

    @Test
    void aLockedOrBrokenFileOrAMissingSheetIsOneSentence() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.xlsx"), "Organisation,Type\n");
        DatasetException e = assertThrows(DatasetException.class, () -> SheetFiles.read(text));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.toString())
                .isEqualTo("notes.xlsx: is not an .xlsx workbook (it may be damaged, or another kind of file)"));
        Path latin1 = Files.write(tmp.resolve("old.csv"), new byte[] {'N', 'a', 'm', 'e', '\n', (byte) 0xe9, '\n'});
        e = assertThrows(DatasetException.class, () -> SheetFiles.read(latin1));
        assertThat(e.problems().get(0).toString())
                .isEqualTo("old.csv: is not UTF-8 text; save it as CSV UTF-8 and try again");

        XSSFWorkbook wb = new XSSFWorkbook();
        row(wb.createSheet("Lists"), 0, "a", "b");
        wb.setSheetHidden(0, true);
        Path onlyHidden = PoiWorkbook.save(wb, tmp.resolve("h.xlsx"));
        e = assertThrows(DatasetException.class, () -> SheetFiles.pick(SheetFiles.read(onlyHidden), null, "h.xlsx"));
        assertThat(e.problems().get(0).toString())
                .isEqualTo("h.xlsx: has no visible sheet with anything in it (its sheets are Lists; name one with"
                        + " --sheet)");
        assertThat(SheetFiles.pick(SheetFiles.read(onlyHidden), "lists", "h.xlsx")
                        .hidden())
                .isTrue();
    }
}
