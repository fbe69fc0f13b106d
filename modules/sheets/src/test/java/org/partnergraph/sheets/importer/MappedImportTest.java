package org.partnergraph.sheets.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.partnergraph.sheets.PoiWorkbook.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.DatasetException;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.sheets.PoiWorkbook;
import org.partnergraph.sheets.SamplesAccess;
import org.partnergraph.sheets.SheetFiles;
import org.partnergraph.sheets.SheetGrid;

/**
 * A stakeholder sheet as a team keeps it (written with Apache POI; read with fastexcel-reader): a merged
 * title, a blank row and a hidden draft row above a header on row 4, trailing spaces, a formula, a
 * hidden sheet first, and the Hertfordshire partners spelled otherwise. The ratings in it are made up for
 * this test; the names are the graph's partners.
 */
class MappedImportTest {

    static final String HCC = "hertfordshire:hertfordshire-county-council";
    static final String PHH = "hertfordshire:public-health-hertfordshire";
    static final String SE = "hertfordshire:sport-england";
    static final String NHT = "hertfordshire:nhs-health-trust";

    static PartnershipGraph herts;

    @TempDir
    Path tmp;

    @BeforeAll
    static void hertfordshire() throws Exception {
        herts = BundleReader.read(SamplesAccess.hertfordshire()).graph().asOf(LocalDate.of(2026, 12, 1), "");
    }

    static ImportOptions options(NewPartners policy) {
        return new ImportOptions(
                "hertfordshire",
                LocalDate.of(2026, 11, 30),
                "",
                policy,
                Instant.parse("2026-12-01T09:00:00Z"),
                "alex",
                "stakeholders.xlsx: Stakeholders");
    }

    private SheetGrid stakeholders(String nhsInfluence) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet lists = wb.createSheet("Lists");
        row(lists, 0, "High", "Medium", "Low");
        wb.setSheetHidden(0, true);
        Sheet s = wb.createSheet("Stakeholders");
        row(s, 0, "HSP stakeholder map (made up for a test)");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        row(s, 2, "draft", "do not use").setZeroHeight(true);
        row(s, 3, "Organisation ", "Type", "Influence (H/M/L)", " Relationship");
        row(s, 4, "Herts CC  ", "local authority", "High", "Medium");
        row(s, 5, "Public Health Herts", "public health", "High", "High");
        row(s, 6, null, "national governing body", "Medium", "Low")
                .createCell(0)
                .setCellFormula("\"Sport \"&\"England\"");
        row(s, 7, "NHS Trust", "NHS", nhsInfluence, "low");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Path file = PoiWorkbook.save(wb, tmp.resolve("stakeholders.xlsx"));
        return SheetFiles.pick(SheetFiles.read(file), null, "stakeholders.xlsx");
    }

    @Test
    void theHeaderBelowATitleAndAHiddenRowIsFoundAndTheKindProposedFromIt() throws Exception {
        SheetGrid sheet = stakeholders("Low");
        MappingProposal p = MappingProposal.propose(sheet, null);

        assertThat(p.sheet()).isEqualTo("Stakeholders");
        assertThat(p.kind()).isEqualTo(ImportKind.STAKEHOLDERS);
        assertThat(p.headerRow()).isEqualTo(3);
        assertThat(p.mapping().columns())
                .containsExactly(java.util.Map.entry("partner", "Organisation"), java.util.Map.entry("type", "Type"));
        assertThat(p.columns())
                .extracting(MappingProposal.Column::letter, MappingProposal.Column::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", "partner"),
                        org.assertj.core.groups.Tuple.tuple("B", "type"),
                        org.assertj.core.groups.Tuple.tuple("C", null),
                        org.assertj.core.groups.Tuple.tuple("D", null));
        assertThat(p.preview())
                .extracting(r -> r.row() + " " + r.values().get("partner"))
                .containsExactly("5 Herts CC", "6 Public Health Herts", "7 Sport England", "8 NHS Trust");
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void everyBadValueIsNamedAtItsCellInOnePass() throws Exception {
        SheetGrid sheet = stakeholders("Hgh");
        Mapping m = MappingProposer.propose(sheet, ImportKind.INFLUENCE);
        assertThat(m.columns())
                .containsEntry("influence", "Influence (H/M/L)")
                .containsEntry("quality", "Relationship");

        MappingProposal without = MappingProposal.of(sheet, m, 10);
        assertThat(without.problems())
                .containsExactly(
                        "Stakeholders: objective: no column is mapped to it and it has no default; influence grid"
                                + " needs it",
                        "Stakeholders!A5: objective: is empty; influence grid needs it on every row",
                        "Stakeholders!A6: objective: is empty; influence grid needs it on every row",
                        "Stakeholders!A7: objective: is empty; influence grid needs it on every row",
                        "Stakeholders!A8: objective: is empty; influence grid needs it on every row",
                        "Stakeholders!C8: influence: 'Hgh' is not one of High, Medium, Low (or a score from 1 to 5)");

        MappingProposal with = MappingProposal.of(sheet, m.withDefault("objective", "Objective 2"), 10);
        assertThat(with.problems())
                .containsExactly(
                        "Stakeholders!C8: influence: 'Hgh' is not one of High, Medium, Low (or a score from 1 to 5)");
        assertThat(with.preview().get(3).problems()).isEqualTo(with.problems());
        assertThat(with.preview().get(0).values())
                .containsEntry("influence", "5")
                .containsEntry("quality", "3");

        ImportPlan plan =
                ImportPlanner.plan(MappedSheet.read(sheet, with.mapping()), herts, options(NewPartners.CREATE));
        assertThat(plan.ready()).isFalse();
        assertThat(plan.problems()).isEqualTo(with.problems());
        assertThat(plan.changes()).isEqualTo(PartnershipGraph.EMPTY);
    }

    @Test
    void otherSpellingsMatchTheExistingPartnersCreateNoneAndTheAmbiguousOneIsAsked() throws Exception {
        SheetGrid sheet = stakeholders("Low");
        Mapping m = MappingProposer.propose(sheet, ImportKind.INFLUENCE).withDefault("objective", "Objective 2");

        ImportPlan asked = ImportPlanner.plan(MappedSheet.read(sheet, m), herts, options(NewPartners.CREATE));
        assertThat(asked.ready()).isFalse();
        assertThat(asked.problems()).isEmpty();
        assertThat(asked.created()).isEmpty();
        assertThat(asked.questions()).singleElement().satisfies(q -> assertThat(q)
                .startsWith("Stakeholders!A8: partner: 'NHS Trust' could be NHS Health Trust [" + NHT + "] (0.")
                .contains(" or National Health Service [hertfordshire:national-health-service] ("));

        ImportPlan answered = ImportPlanner.plan(
                MappedSheet.read(sheet, m.withPartner("NHS Trust", NHT)), herts, options(NewPartners.ASK));
        assertThat(answered.ready()).isTrue();
        assertThat(answered.created()).isEmpty();
        assertThat(answered.aliases()).containsOnlyKeys(HCC, PHH, NHT);
        assertThat(answered.aliases().get(HCC)).containsExactly("Herts CC");
        assertThat(answered.aliases().get(PHH)).containsExactly("Public Health Herts");
        // Public Health Hertfordshire already has 5/5 on Objective 2 (001's outcome table): no new record.
        assertThat(answered.unchanged()).isEqualTo(1);
        assertThat(answered.added()).isEqualTo(3);
        assertThat(answered.changes().influences())
                .extracting(i -> i.partnerId() + " " + i.objectiveId() + " " + i.influence() + "/" + i.quality())
                .containsExactly(
                        HCC + " hertfordshire:obj-2 5/3",
                        SE + " hertfordshire:obj-2 3/1",
                        NHT + " hertfordshire:obj-2 1/1");
        Influence first = answered.changes().influences().get(0);
        assertThat(first.dating().asOf()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(first.dating().recordedBy()).isEqualTo("alex");
        assertThat(first.provenance().source()).isEqualTo("stakeholders.xlsx: Stakeholders row 5");
        assertThat(answered.changes().partners())
                .filteredOn(p -> p.id().equals(HCC))
                .singleElement()
                .extracting(Partner::aliases)
                .isEqualTo(List.of("HCC", "Herts County Council", "County Council", "Herts CC"));
        assertThat(answered.changes().objectives()).singleElement().satisfies(o -> assertThat(o.themeId())
                .isEmpty());
    }

    @Test
    void aMappingIsSavedAsJsonAndReadBack() throws Exception {
        SheetGrid sheet = stakeholders("Low");
        Mapping m = MappingProposer.propose(sheet, ImportKind.INFLUENCE)
                .withDefault("objective", "Objective 2")
                .withValue("influence", "Very high", "5")
                .withPartner("NHS Trust", NHT);
        Path file = tmp.resolve("m.json");
        MappingFile.write(m, file);
        assertThat(Files.readString(file))
                .contains("\"kind\" : \"influence\"")
                .contains("\"influence\" : \"Influence (H/M/L)\"")
                .contains("\"Very high\" : \"5\"");
        assertThat(MappingFile.read(file)).isEqualTo(m);

        Files.writeString(file, "{\"kind\": \"influence\", \"columns\": {\"power\": \"Power\"}}");
        DatasetException e = assertThrows(DatasetException.class, () -> MappingFile.read(file));
        assertThat(e.problems().get(0).toString()).isEqualTo("m.json: 'power' is not a field of influence grid");
        Files.writeString(file, "{\"kind\": \"influence\", ");
        e = assertThrows(DatasetException.class, () -> MappingFile.read(file));
        assertThat(e.problems().get(0).toString()).startsWith("m.json:1: is not a mapping file: ");
    }
}
