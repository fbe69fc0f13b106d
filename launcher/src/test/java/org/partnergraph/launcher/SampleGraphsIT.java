package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Polarity;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.store.testing.TestBundles;

/**
 * The Hertfordshire sample dataset loads (beside another partnership) into one embedded database
 * and reads back through the store with the values the source documents print (../shared/seeds;
 * graphs/hertfordshire/README.md says where each is).
 */
class SampleGraphsIT {

    static final Path GRAPHS = Path.of("..", "graphs");
    static PartnershipGraph graph;
    static GraphStore store;

    @BeforeAll
    static void loadBoth() throws Exception {
        store = EmbeddedDatabase.store();
        EmbeddedDatabase.empty();
        for (Path bundle :
                List.of(GRAPHS.resolve("hertfordshire"), GRAPHS.resolve("staffordshire"), TestBundles.small())) {
            Dataset d = BundleReader.read(bundle);
            store.load(d.manifest(), d.graph(), n -> {});
        }
        graph = store.readGraph();
    }

    private static Indicator indicator(String code) {
        return graph.indicators().stream()
                .filter(i -> i.code().equals(code) && i.partnership().equals("hertfordshire"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + code));
    }

    private static List<Double> values(Indicator i, MeasurementKind kind) {
        return graph.measurementsOf(i.id()).stream()
                .filter(m -> m.kind() == kind && m.areaId().isEmpty())
                .map(Measurement::value)
                .collect(Collectors.toList());
    }

    private static List<String> periods(Indicator i, MeasurementKind kind) {
        return graph.measurementsOf(i.id()).stream()
                .filter(m -> m.kind() == kind && m.areaId().isEmpty())
                .map(m -> m.period().start().getYear() + "/" + m.period().end().getYear())
                .collect(Collectors.toList());
    }

    private static Influence rating(String partnerName, String objectiveId) {
        Map<String, String> names = graph.partners().stream().collect(Collectors.toMap(p -> p.id(), p -> p.name()));
        return graph.influences().stream()
                .filter(x -> x.objectiveId().equals(objectiveId)
                        && names.get(x.partnerId()).equals(partnerName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rating of " + partnerName + " on " + objectiveId));
    }

    @Test
    void ni193HasThreeBaselinesAndThreeTargetsAndLowerIsBetter() {
        Indicator ni193 = indicator("NI 193");

        assertThat(ni193.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(values(ni193, MeasurementKind.BASELINE)).containsExactly(62.54, 60.49, 56.13);
        assertThat(periods(ni193, MeasurementKind.BASELINE)).containsExactly("2005/2006", "2006/2007", "2007/2008");
        assertThat(values(ni193, MeasurementKind.TARGET)).containsExactly(56.00, 55.00, 49.00);
        assertThat(periods(ni193, MeasurementKind.TARGET)).containsExactly("2008/2009", "2009/2010", "2010/2011");
        assertThat(ni193.unit()).isEqualTo("%");
    }

    @Test
    void ni175TargetsAre26And25And24() {
        assertThat(values(indicator("NI 175"), MeasurementKind.TARGET)).containsExactly(26.0, 25.0, 24.0);
    }

    @Test
    void ni186BaselineIs6Point7TonnesPerCapitaIn2005() {
        Indicator ni186 = indicator("NI 186");
        Measurement baseline = graph.measurementsOf(ni186.id()).stream()
                .filter(m -> m.kind() == MeasurementKind.BASELINE)
                .findFirst()
                .orElseThrow();

        assertThat(baseline.value()).isCloseTo(6.7, within(1e-9));
        assertThat(baseline.period().start().getYear()).isEqualTo(2005);
        assertThat(ni186.unit()).containsIgnoringCase("tonnes");
    }

    @Test
    void theOutcomeTableRatesPublicHealthAndTheNhsOnObjectiveTwo() {
        assertThat(rating("Public Health Hertfordshire", "hertfordshire:obj-2").influence())
                .isEqualTo(Score.of(5));
        assertThat(rating("Public Health Hertfordshire", "hertfordshire:obj-2").quality())
                .isEqualTo(Score.of(5));
        assertThat(rating("National Health Service", "hertfordshire:obj-2").influence())
                .isEqualTo(Score.of(5));
        assertThat(rating("National Health Service", "hertfordshire:obj-2").quality())
                .isEqualTo(Score.of(3));
        assertThat(rating("Community Sport Networks", "hertfordshire:obj-1").quality())
                .isEqualTo(new Score(3, 4));
        assertThat(rating("Delivery Agencies", "hertfordshire:obj-4").quality()).isEqualTo(new Score(3, 4));
        assertThat(rating("English Federation Disability Sport", "hertfordshire:obj-4")
                        .influence())
                .isEqualTo(Score.of(5));
        assertThat(graph.influences().stream().filter(x -> x.objectiveId().startsWith("hertfordshire:")))
                .hasSize(29);
    }

    @Test
    void theObjectiveThreeQualitiesAreMarkedUncertainBecauseTheColumnDoesNotLineUp() {
        assertThat(graph.influences().stream().filter(x -> x.objectiveId().equals("hertfordshire:obj-3")))
                .hasSize(12)
                .allSatisfy(x -> assertThat(x.provenance().uncertain()).isTrue());
    }

    @Test
    void ni178AndNi175CarryTheirBaselinesAndTargets() {
        assertThat(values(indicator("NI 178"), MeasurementKind.TARGET)).containsExactly(80.0, 83.0, 85.0);
        assertThat(values(indicator("NI 175"), MeasurementKind.BASELINE)).containsExactly(29.0, 28.0, 28.0);
        assertThat(values(indicator("NI 186"), MeasurementKind.TARGET)).containsExactly(6.4, 6.2, 6.1);
    }

    @Test
    void hccLeadsTheWasteIndicatorWithTheTenDistrictsAndTheWastePartnershipSupporting() {
        Indicator ni193 = indicator("NI 193");
        var links = graph.indicatorLinks().stream()
                .filter(l -> l.indicatorId().equals(ni193.id()))
                .toList();
        assertThat(links)
                .filteredOn(l -> l.role() == org.partnergraph.model.IndicatorRole.LEAD)
                .extracting(l -> l.partnerId())
                .containsExactly("hertfordshire:hertfordshire-county-council");
        var supporters = links.stream()
                .filter(l -> l.role() == org.partnergraph.model.IndicatorRole.SUPPORT)
                .map(l -> l.partnerId())
                .toList();
        // 003, NI193 key partners: eight councils in the cell, then "Watford BC Wel/Hat BC Herts Waste
        // Partnership" on a continuation row
        assertThat(supporters)
                .hasSize(11)
                .contains(
                        "hertfordshire:hertfordshire-waste-partnership",
                        "hertfordshire:watford-borough-council",
                        "hertfordshire:welwyn-hatfield-borough-council");
        assertThat(supporters.stream().filter(id -> id.endsWith("-council"))).hasSize(10);
        assertThat(graph.partnersById()
                        .get("hertfordshire:hertfordshire-county-council")
                        .aliases())
                .contains("HCC");
    }

    @Test
    void childrensServicesCooperatesNowAndWantsToCollaborate() {
        Relationship r = graph.relationships().stream()
                .filter(x -> {
                    var to = graph.node(x.toId()).orElseThrow();
                    return to.name().startsWith("Children");
                })
                .findFirst()
                .orElseThrow();

        assertThat(r.now()).isEqualTo(Stage.COOPERATE);
        assertThat(r.wanted()).isEqualTo(Stage.COLLABORATE);
    }

    @Test
    void thePartnershipsStayApartEachAsItsBundleHasIt() throws Exception {
        assertThat(graph.partnerships()).containsExactly("hertfordshire", "staffordshire", "testshire");
        long sum = 0;
        for (String p : List.of("hertfordshire", "staffordshire", "testshire")) {
            PartnershipGraph alone = p.equals("testshire")
                    ? BundleReader.read(TestBundles.small()).graph()
                    : BundleReader.read(GRAPHS.resolve(p)).graph();
            PartnershipGraph read = store.readGraph(p);
            assertThat(read.partners()).as(p + " partners").hasSameSizeAs(alone.partners());
            assertThat(read.groups()).as(p + " groups").hasSameSizeAs(alone.groups());
            assertThat(read.indicators()).as(p + " indicators").hasSameSizeAs(alone.indicators());
            assertThat(read.measurements()).as(p + " measurements").hasSameSizeAs(alone.measurements());
            assertThat(read.memberships()).as(p + " memberships").hasSameSizeAs(alone.memberships());
            sum += store.stats(p).get("Partner");
        }
        assertThat(sum).isEqualTo(store.stats(null).get("Partner"));
    }

    @Test
    void theRecoveryStrategyHasFourPrioritiesSevenAmbitionsAndItsRestoreAndRethinkInitiatives() {
        PartnershipGraph herts = store.readGraph("hertfordshire");
        assertThat(herts.themes())
                .filteredOn(t -> t.provenance().source().startsWith("002_"))
                .extracting(t -> t.name())
                .containsExactlyInAnyOrder(
                        "Healthy and fulfilling lives for our residents",
                        "A cleaner and greener environment",
                        "Sustainable, responsible growth in our county",
                        "Excellent council services for all");
        assertThat(herts.objectives())
                .filteredOn(o -> o.provenance().source().startsWith("002_"))
                .hasSize(7);
        var recovery = herts.initiatives().stream()
                .filter(i -> i.provenance().source().startsWith("002_"))
                .toList();
        assertThat(recovery).hasSize(72 + 17);
        assertThat(recovery.stream().filter(i -> i.phase().equals("Restore"))).hasSize(38);
        assertThat(recovery.stream().filter(i -> i.phase().equals("Rethink"))).hasSize(34);
        var safeAndWell = recovery.stream()
                .filter(i -> i.name().equals("Safe and Well visits"))
                .findFirst()
                .orElseThrow();
        assertThat(safeAndWell.phase()).isEqualTo("Restore");
        assertThat(safeAndWell.contributesTo())
                .containsExactly("hertfordshire:recovery-continuing-to-support-communities-adults-families-and-childr");
        assertThat(herts.deliveries())
                .filteredOn(d -> d.initiativeId().equals(safeAndWell.id()))
                .extracting(d -> d.deliveredById() + " " + d.role())
                .containsExactlyInAnyOrder(
                        "hertfordshire:hertfordshire-county-council lead",
                        "hertfordshire:hertfordshire-fire-and-rescue-service partner");
    }

    @Test
    void theEngagementPlanPlacesItsStakeholdersInTwoTiers() {
        PartnershipGraph herts = store.readGraph("hertfordshire");
        var tiers = herts.partners().stream()
                .filter(p -> !p.tier().isEmpty())
                .collect(Collectors.groupingBy(p -> p.tier(), Collectors.mapping(p -> p.name(), Collectors.toSet())));
        assertThat(tiers.get("1"))
                .hasSize(11)
                .contains(
                        "Public Health Hertfordshire",
                        "Hertfordshire County Council",
                        "Councils for Voluntary Services");
        assertThat(tiers.get("2")).containsExactlyInAnyOrder("Community Sport Networks", "University of Hertfordshire");
    }

    @Test
    void theRespondPhaseIsTheResponsesHeadlineFiguresEachLedByTheCountyCouncil() {
        PartnershipGraph herts = store.readGraph("hertfordshire");
        var respond = herts.initiatives().stream()
                .filter(i -> i.phase().equals("Respond"))
                .toList();
        assertThat(respond).hasSize(17);
        assertThat(respond).allSatisfy(i -> assertThat(herts.deliveries())
                .filteredOn(d -> d.initiativeId().equals(i.id()) && d.role().equals("lead"))
                .extracting(d -> d.deliveredById())
                .containsExactly("hertfordshire:hertfordshire-county-council"));
        var moneyAdvice = respond.stream()
                .filter(i -> i.name().equals("Referrals to the Money Advice Unit"))
                .findFirst()
                .orElseThrow();
        assertThat(moneyAdvice.description())
                .isEqualTo(
                        "4,470 referrals to our Money Advice Unit, raising over £22.2m in additional benefits for residents");
        assertThat(herts.deliveries())
                .filteredOn(d ->
                        d.initiativeId().equals(moneyAdvice.id()) && d.role().equals("partner"))
                .extracting(d -> d.deliveredById())
                .containsExactly("hertfordshire:money-advice-unit");
        var winter = respond.stream()
                .filter(i -> i.name().equals("Winter Support Grant"))
                .findFirst()
                .orElseThrow();
        assertThat(winter.description()).contains("109,137 families, 96,610 of these with children under 19");
        assertThat(herts.measurements())
                .as("the response figures have no period, so they are not measurements")
                .noneMatch(m -> m.provenance().source().startsWith("002_"));
    }

    @Test
    void theGrowthBoardIsAGroupTheCountyCouncilSitsOnAndWorksWithOnFiveRecoveryInitiatives() {
        PartnershipGraph herts = store.readGraph("hertfordshire");
        assertThat(herts.memberships())
                .filteredOn(m -> m.groupId().equals("hertfordshire:growth-board"))
                .extracting(m -> m.partnerId())
                .containsExactly("hertfordshire:hertfordshire-county-council");
        assertThat(herts.deliveries())
                .filteredOn(d -> d.deliveredById().equals("hertfordshire:growth-board"))
                .extracting(d -> herts.node(d.initiativeId()).orElseThrow().name())
                .containsExactlyInAnyOrder(
                        "Accelerating the Building of New Homes",
                        "Focus on Residents’ Wellbeing",
                        "Make Development More Sustainable",
                        "Providing Sustainable Transport Infrastructure",
                        "Develop Investment Opportunities");
        var bbfa = herts.groupsById().get("hertfordshire:better-business-for-all");
        assertThat(bbfa.aliases()).contains("BBfA");
    }

    @Test
    void theCountyCouncilsDirectoratesAreOneNodeEachUnderTheirNamesOfEveryDocument() throws Exception {
        PartnershipGraph herts = store.readGraph("hertfordshire");
        var childrens = herts.partnersById().get("hertfordshire:childrens-services");
        assertThat(childrens.aliases()).contains("Children, Schools and Families", "CSF");
        assertThat(herts.partnersById())
                .doesNotContainKeys(
                        "hertfordshire:children-schools-and-families", "hertfordshire:adult-care-and-communities");
        assertThat(herts.indicatorLinks())
                .filteredOn(l ->
                        l.partnerId().equals(childrens.id()) && l.role() == org.partnergraph.model.IndicatorRole.LEAD)
                .extracting(l -> herts.node(l.indicatorId())
                        .map(n -> ((Indicator) n).code())
                        .orElseThrow())
                .contains("NI 101", "NI 72", "NI 69");
        var adultCare = herts.partnersById().get("hertfordshire:adult-care-services");
        assertThat(adultCare.aliases()).contains("Adult Care and Communities", "ACS");
        assertThat(herts.relationships()).anySatisfy(r -> assertThat(r.toId()).isEqualTo(adultCare.id()));
        assertThat(store.node(childrens.id()).orElseThrow().aliases())
                .as("the aliases are kept through the store")
                .contains("CSF");
        assertThat(store.node("hertfordshire:volunteering-and-people-assistance-cell")
                        .orElseThrow()
                        .aliases())
                .contains("VPAC");
    }

    @Test
    void staffordshireParticipationTargetFor200809Is8488AndTheMisprintedFigureIsKeptAsUncertain() {
        PartnershipGraph staffs = store.readGraph("staffordshire");
        List<Measurement> targets = staffs.measurementsOf("staffordshire:increase-in-participation").stream()
                .filter(m -> m.kind() == MeasurementKind.TARGET)
                .toList();
        assertThat(targets).allSatisfy(m -> assertThat(m.period().text()).isEqualTo("2008/09"));
        assertThat(targets)
                .filteredOn(m -> !m.provenance().uncertain())
                .extracting(Measurement::value)
                .containsExactly(8488.0);
        // the SCP6 row prints "At least 8,4884 people": recorded as written, marked uncertain
        assertThat(targets)
                .filteredOn(m -> m.provenance().uncertain())
                .extracting(Measurement::value)
                .containsExactly(84884.0);
        Indicator participation = staffs.indicatorsById().get("staffordshire:increase-in-participation");
        assertThat(participation.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    }

    @Test
    void staffordshireCountyCouncilIsOneNodeWithItsAbbreviationAsAnAlias() {
        PartnershipGraph staffs = store.readGraph("staffordshire");
        var scc = staffs.partnersById().get("staffordshire:staffordshire-county-council");
        assertThat(scc.name()).isEqualTo("Staffordshire County Council");
        assertThat(scc.aliases()).contains("Staffs CC");
        assertThat(staffs.partners())
                .filteredOn(p -> p.name().contains("Staffordshire County Council"))
                .hasSize(1);
    }

    @Test
    void sassotLeadsTheFirstKeyTask() {
        PartnershipGraph staffs = store.readGraph("staffordshire");
        assertThat(staffs.initiatives())
                .anySatisfy(i -> assertThat(i.id()).isEqualTo("staffordshire:scp1-pesscl-strategy-five-hour-offer"));
        assertThat(staffs.deliveries())
                .filteredOn(d -> d.initiativeId().equals("staffordshire:scp1-pesscl-strategy-five-hour-offer")
                        && d.role().equals("lead"))
                .extracting(d -> d.deliveredById())
                .contains("staffordshire:sassot", "staffordshire:extending-activity-plans-steering-group");
    }

    @Test
    void everyRowNamesItsSourceDocument() {
        PartnershipGraph herts = store.readGraph("hertfordshire");
        assertThat(herts.nodes())
                .allSatisfy(n -> assertThat(n.provenance().source()).matches("00[0-4]_[0-9a-f]+\\.txt: .+"));
        assertThat(herts.measurements())
                .allSatisfy(m -> assertThat(m.provenance().source()).startsWith("003_"));
        assertThat(herts.influences())
                .allSatisfy(x -> assertThat(x.provenance().source()).startsWith("001_"));
    }
}
