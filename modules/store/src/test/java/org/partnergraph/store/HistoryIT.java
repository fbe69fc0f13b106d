package org.partnergraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Influence;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Score;
import org.partnergraph.model.ThemeSlice;
import org.partnergraph.store.testing.EmbeddedDatabase;

/** The issue's own check (#13), through the real store on the Hertfordshire graph. */
@ExtendWith(EmbeddedDatabase.class)
class HistoryIT {

    static final String NHS = "hertfordshire:national-health-service";
    static final String OBJ2 = "hertfordshire:obj-2";
    static final Instant EDITED = Instant.parse("2025-06-03T10:15:00Z");

    static Dataset hertfordshire() throws Exception {
        return BundleReader.read(Path.of("../../graphs/hertfordshire"));
    }

    static GraphStore storeAt(Instant now, String user) {
        return new GraphStore(EmbeddedDatabase.store().connection(), Clock.fixed(now, ZoneOffset.UTC), user);
    }

    static Score quality(PartnershipGraph g) {
        return g.influences().stream()
                .filter(i -> i.partnerId().equals(NHS) && i.objectiveId().equals(OBJ2))
                .findFirst()
                .orElseThrow()
                .quality();
    }

    /** The record id of the seed's rating of the NHS on Objective 2 (undated, unrecorded). */
    static String seedRid(GraphStore store) {
        try (var session = store.connection().driver().session()) {
            return session.run(
                            "MATCH (:Partner {id: $p})-[x:INFLUENCES]->(:Objective {id: $o}) WHERE x.recorded_at IS NULL"
                                    + " RETURN x.rid AS rid",
                            java.util.Map.of("p", NHS, "o", OBJ2))
                    .single()
                    .get("rid")
                    .asString();
        }
    }

    @Test
    void aDatedEditHoldsFromItsDateIsInTheChangeLogAndItsRetractionLeavesOnlyTheOriginal() throws Exception {
        Dataset d = hertfordshire();
        GraphStore store = storeAt(EDITED, "sam");
        store.load(d.manifest(), d.graph(), n -> {});
        Influence seed = store.influence(NHS, OBJ2).orElseThrow();
        assertThat(seed.influence()).isEqualTo(Score.of(5));
        assertThat(seed.quality()).isEqualTo(Score.of(3));

        Change<Influence> edit = store.setInfluence(
                NHS,
                OBJ2,
                Score.of(5),
                Score.of(4),
                Provenance.of("edited in a test"),
                EditOptions.NOW.asOf(LocalDate.parse("2025-06-01")));

        assertThat(quality(store.readGraph("hertfordshire", LocalDate.parse("2025-05-31"), "sam")))
                .isEqualTo(Score.of(3));
        assertThat(quality(store.readGraph("hertfordshire", LocalDate.parse("2025-06-02"), "sam")))
                .isEqualTo(Score.of(4));
        assertThat(quality(store.readGraph())).isEqualTo(Score.of(4));
        List<ChangeLog.Entry> log = ChangeLog.of(store.readHistory("hertfordshire"), "sam").stream()
                .filter(e -> e.kind() == ChangeLog.Kind.RATING && e.involves(NHS) && e.involves(OBJ2))
                .toList();
        assertThat(log).hasSize(2);
        assertThat(log.get(0).afterText()).isEqualTo("influence 5, quality 3");
        assertThat(log.get(0).dating()).isEqualTo(Dating.UNDATED);
        assertThat(log.get(1).beforeText()).isEqualTo("influence 5, quality 3");
        assertThat(log.get(1).afterText()).isEqualTo("influence 5, quality 4");
        assertThat(log.get(1).dating()).isEqualTo(new Dating(LocalDate.parse("2025-06-01"), EDITED, "sam", "", false));

        store.retract(edit.rid());

        assertThat(quality(store.readGraph())).isEqualTo(Score.of(3));
        assertThat(store.readHistory("hertfordshire").influences())
                .filteredOn(i -> i.partnerId().equals(NHS) && i.objectiveId().equals(OBJ2))
                .containsExactly(seed);
    }

    @Test
    void asOfReadsFoldTheOneHistoryAndTheCurrentGraphIsTheSnapshotOfToday() throws Exception {
        Dataset d = hertfordshire();
        GraphStore store = storeAt(EDITED, "sam");
        store.load(d.manifest(), d.graph(), n -> {});
        store.setInfluence(
                NHS,
                OBJ2,
                Score.of(5),
                Score.of(4),
                Provenance.NONE,
                EditOptions.NOW.asOf(LocalDate.parse("2025-06-01")));

        PartnershipGraph history = store.readHistory("hertfordshire");
        assertThat(history.influences()).hasSize(d.graph().influences().size() + 1);
        assertThat(store.readGraph("hertfordshire")).isEqualTo(history.asOf(store.today(), "sam"));
        assertThat(store.readGraph("hertfordshire", LocalDate.parse("2025-05-31"), "sam")
                        .influences())
                .containsExactlyInAnyOrderElementsOf(d.graph().influences());
        assertThat(ThemeSlice.of(
                                store.readGraph("hertfordshire", LocalDate.parse("2025-05-31"), "sam"),
                                "hertfordshire:csp-outcomes")
                        .influences())
                .filteredOn(i -> i.partnerId().equals(NHS) && i.objectiveId().equals(OBJ2))
                .extracting(Influence::quality)
                .containsExactly(Score.of(3));
        assertThat(ThemeSlice.of(store.readGraph(), "hertfordshire:csp-outcomes")
                        .influences())
                .filteredOn(i -> i.partnerId().equals(NHS) && i.objectiveId().equals(OBJ2))
                .extracting(Influence::quality)
                .containsExactly(Score.of(4));
    }
}
