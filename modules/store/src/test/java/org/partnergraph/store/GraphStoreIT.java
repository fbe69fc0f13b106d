package org.partnergraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.BundleWriter;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.Group;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Manifest;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Period;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Role;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;
import org.partnergraph.model.ThemeSlice;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.store.testing.GraphDump;
import org.partnergraph.store.testing.TestBundles;

@ExtendWith(EmbeddedDatabase.class)
class GraphStoreIT {

    private static long load(GraphStore store, Path bundle) throws Exception {
        Dataset d = BundleReader.read(bundle);
        return store.load(d.manifest(), d.graph(), n -> {});
    }

    @Test
    void loadThenStatsCountsEveryNodeAndRelationshipType(GraphStore store) throws Exception {
        load(store, TestBundles.small());

        assertThat(store.stats(null))
                .contains(
                        entry("Partnership", 1L),
                        entry("Partner", 5L),
                        entry("Group", 2L),
                        entry("Theme", 1L),
                        entry("Objective", 2L),
                        entry("Area", 2L),
                        entry("Indicator", 2L),
                        entry("Measurement", 8L),
                        entry("Initiative", 1L),
                        entry("MEMBER_OF", 6L),
                        entry("INFLUENCES", 5L),
                        entry("RELATIONSHIP", 3L),
                        entry("UNDER", 2L),
                        entry("WORKS_ON", 1L),
                        entry("MEASURES", 3L),
                        entry("OF", 8L),
                        entry("IN", 1L),
                        entry("WITHIN", 1L),
                        entry("LEADS", 2L),
                        entry("SUPPORTS", 1L),
                        entry("CONTRIBUTES_TO", 1L),
                        entry("DELIVERS", 2L));
        assertThat(store.stats("testshire")).isEqualTo(store.stats(null));
        assertThat(store.stats("elsewhere").values()).allMatch(c -> c == 0L);
    }

    @Test
    void loadingTheSameBundleTwiceChangesNothing(GraphStore store) throws Exception {
        load(store, TestBundles.small());
        List<String> once = GraphDump.of(store);

        load(store, TestBundles.small());

        assertThat(GraphDump.of(store)).isEqualTo(once);
    }

    @Test
    void exportThenLoadIntoAnEmptyDatabaseGivesTheSameGraph(GraphStore store, @TempDir Path tmp) throws Exception {
        load(store, TestBundles.small());
        List<String> original = GraphDump.of(store);
        Manifest manifest = store.partnership("testshire").orElseThrow();
        BundleWriter.write(new Dataset(manifest, store.readGraph("testshire")), tmp.resolve("export"));

        EmbeddedDatabase.empty();
        load(store, tmp.resolve("export"));

        assertThat(GraphDump.of(store)).isEqualTo(original);
    }

    @Test
    void readsBackWhatTheBundleSays(GraphStore store) throws Exception {
        load(store, TestBundles.small());
        PartnershipGraph g = store.readGraph();

        assertThat(g.partnersById().get("testshire:nhs").name()).isEqualTo("NHS Testshire, Clinical Commissioning");
        assertThat(g.partnersById().get("testshire:cc").aliases()).containsExactly("TCC", "Testshire CC");
        assertThat(g.partnersById().get("testshire:vcs").provenance())
                .isEqualTo(new Provenance("test-fixture: partners", true, "named as a class, not one organisation"));
        assertThat(g.influences())
                .contains(new Influence(
                        "testshire:vcs",
                        "testshire:obj-2",
                        Score.of(4),
                        new Score(3, 4),
                        Provenance.of("test-fixture: outcome table")));
        Relationship cc = g.relationships().stream()
                .filter(r -> r.toId().equals("testshire:cc"))
                .findFirst()
                .orElseThrow();
        assertThat(cc.now()).isEqualTo(Stage.COOPERATE);
        assertThat(cc.wanted()).isEqualTo(Stage.COLLABORATE);
        assertThat(cc.background()).containsExactly("Partner in a county project", "Future work on young people");
        assertThat(g.indicatorsById().get("testshire:ni-193").risks()).isEqualTo("Market prices; \"contract\" delays");
        assertThat(g.indicatorsById().get("testshire:ni-8").measures())
                .containsExactly("testshire:obj-1", "testshire:obj-2");
        List<Measurement> ni8 = g.measurementsOf("testshire:ni-8");
        assertThat(ni8).hasSize(6);
        Measurement north = ni8.stream()
                .filter(m -> m.areaId().equals("testshire:north"))
                .findFirst()
                .orElseThrow();
        assertThat(north.value()).isEqualTo(19.5);
        assertThat(north.period()).isEqualTo(Period.parse("2008/09"));
        assertThat(g.memberships())
                .contains(new Membership(
                        "testshire:vcs", "testshire:paa", Role.MEMBER, Provenance.of("test-fixture: groups")));
    }

    @Test
    void aLoadThatFailsHalfwayLeavesTheGraphExactlyAsItWas(GraphStore store, @TempDir Path tmp) throws Exception {
        load(store, TestBundles.small());
        List<String> before = GraphDump.of(store);
        Dataset changed = BundleReader.read(TestBundles.small());
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.partners.addAll(changed.graph().partners().stream()
                .map(p -> new org.partnergraph.model.Partner(
                        p.id(),
                        p.name() + " (renamed)",
                        p.type(),
                        p.tier(),
                        p.sector(),
                        p.aliases(),
                        p.partnership(),
                        p.provenance()))
                .toList());
        b.memberships.addAll(changed.graph().memberships());

        assertThatThrownBy(() -> store.load(changed.manifest(), b.build(), written -> {
                    if (written > 3) {
                        throw new IllegalStateException("cancelled");
                    }
                }))
                .hasMessageContaining("cancelled");

        assertThat(GraphDump.of(store)).isEqualTo(before);
    }

    @Test
    void anEditAppendsOneRecordAndRetractingItLeavesTheGraphAsBefore(GraphStore store) throws Exception {
        load(store, TestBundles.small());
        List<String> before = withoutChangeMarks(GraphDump.of(store));

        Change<Influence> change = store.setInfluence(
                "testshire:nhs", "testshire:obj-1", Score.of(4), Score.of(5), Provenance.of("edited in a test"));

        assertThat(change.before().orElseThrow().quality()).isEqualTo(Score.of(3));
        assertThat(change.after().orElseThrow().quality()).isEqualTo(Score.of(5));
        assertThat(store.influence("testshire:nhs", "testshire:obj-1")
                        .orElseThrow()
                        .influence())
                .isEqualTo(Score.of(4));

        assertThat(store.stats(null).get("INFLUENCES"))
                .as("appended, not overwritten")
                .isEqualTo(6L);

        store.retract(change.rid());
        assertThat(withoutChangeMarks(GraphDump.of(store))).isEqualTo(before);
        assertThatThrownBy(() -> store.retract(change.rid()))
                .isInstanceOf(StoreException.class)
                .hasMessage("There is no record '" + change.rid() + "' to take back; nothing was changed.");
    }

    /** The dump without the partnership's last-change marks, which an edit and its undo both move. */
    static List<String> withoutChangeMarks(List<String> dump) {
        return dump.stream()
                .map(l -> l.replaceAll("changed_(at|by)=[^,}]*(, )?", ""))
                .toList();
    }

    @Test
    void stagesMeasurementsPartnersAndMembershipsAreEditable(GraphStore store) throws Exception {
        load(store, TestBundles.small());

        Change<Relationship> stage =
                store.setStages("testshire:hsp", "testshire:paa", Stage.COOPERATE, Stage.COLLABORATE);
        assertThat(stage.before().orElseThrow().now()).isEqualTo(Stage.CO_EXIST);
        assertThat(store.relationship("testshire:hsp", "testshire:paa")
                        .orElseThrow()
                        .now())
                .isEqualTo(Stage.COOPERATE);

        Period p = Period.parse("2009/10");
        Measurement m = new Measurement(
                Measurement.derivedId("testshire:ni-8", MeasurementKind.ACTUAL, p, ""),
                "testshire:ni-8",
                p,
                MeasurementKind.ACTUAL,
                22.9,
                "",
                "testshire",
                Provenance.of("typed in"));
        Change<Measurement> added = store.addMeasurement(m);
        assertThat(store.readGraph().measurementsOf("testshire:ni-8"))
                .contains(added.after().orElseThrow());
        assertThat(added.after().orElseThrow().dating().recordedBy()).isEqualTo(store.user());
        assertThat(added.after().orElseThrow().withDating(null)).isEqualTo(m);
        assertThatThrownBy(() -> store.addMeasurement(m))
                .isInstanceOf(StoreException.class)
                .hasMessage("The indicator already has the actual 22.9 for 2009/10; nothing was changed.");
        Change<Measurement> revised = store.addMeasurement(new Measurement(
                m.id(), m.indicatorId(), p, m.kind(), 23.4, "", "testshire", Provenance.of("corrected")));
        assertThat(revised.before().orElseThrow().value()).isEqualTo(22.9);
        assertThat(store.readGraph().measurementsOf("testshire:ni-8"))
                .filteredOn(x -> x.id().equals(m.id()))
                .extracting(Measurement::value)
                .containsExactly(23.4);
        assertThat(store.readHistory().measurementsOf("testshire:ni-8"))
                .filteredOn(x -> x.id().equals(m.id()))
                .extracting(Measurement::value)
                .containsExactly(22.9, 23.4);

        Membership nhs = new Membership("testshire:nhs", "testshire:paa", Role.MEMBER, Provenance.of("typed in"));
        store.addMembership(nhs);
        assertThat(store.stats(null).get("MEMBER_OF")).isEqualTo(7L);
        Change<Membership> ended = store.removeMembership("testshire:nhs", "testshire:paa");
        assertThat(ended.before().orElseThrow().role()).isEqualTo(Role.MEMBER);
        assertThat(ended.after()).isEmpty();
        assertThat(store.stats(null).get("MEMBER_OF")).as("an end is appended").isEqualTo(8L);
        assertThat(store.readGraph().memberships())
                .noneMatch(x ->
                        x.partnerId().equals("testshire:nhs") && x.groupId().equals("testshire:paa"));
    }

    @Test
    void anEditNamingAnUnknownNodeChangesNothingAndSaysWhy(GraphStore store) throws Exception {
        load(store, TestBundles.small());
        List<String> before = GraphDump.of(store);

        assertThatThrownBy(() -> store.addMembership(
                        new Membership("testshire:nhs", "testshire:nope", Role.MEMBER, Provenance.NONE)))
                .isInstanceOf(StoreException.class)
                .hasMessage("no partner 'testshire:nhs' or no group 'testshire:nope'");
        assertThatThrownBy(() -> store.setInfluence(
                        "testshire:nope", "testshire:obj-1", Score.of(1), Score.of(1), Provenance.NONE))
                .hasMessage("Nothing was changed: no partner 'testshire:nope' or no objective" + " 'testshire:obj-1'.");

        assertThat(GraphDump.of(store)).isEqualTo(before);
    }

    @Test
    void aNodeIsReadByItsIdAlone(GraphStore store) throws Exception {
        load(store, TestBundles.small());

        assertThat(((Group) store.node("testshire:hwb").orElseThrow()).aliases())
                .containsExactly("HWB", "Testshire HWB");
        assertThat(store.node("testshire:ph").orElseThrow().name())
                .isEqualTo(store.readGraph().node("testshire:ph").orElseThrow().name());
        assertThat(store.node("testshire:ni-193")).get().isInstanceOf(Indicator.class);
        assertThat(store.node("testshire:nope")).isEmpty();
        assertThat(store.node("elsewhere:ph")).isEmpty();
    }

    @Test
    void aThemeSliceHoldsItsObjectivesIndicatorsGroupsAndTheirPartners(GraphStore store) throws Exception {
        load(store, TestBundles.small());

        PartnershipGraph health = ThemeSlice.of(store.readGraph(), "testshire:health");

        assertThat(health.objectives()).hasSize(2);
        assertThat(health.indicators()).hasSize(2);
        assertThat(health.groups()).extracting(g -> g.id()).containsExactly("testshire:hwb");
        assertThat(health.partnersById())
                .containsKeys("testshire:ph", "testshire:nhs", "testshire:cc", "testshire:vcs", "testshire:hsp");
    }
}
