package org.partnergraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;
import org.partnergraph.model.Wave;
import org.partnergraph.model.WaveChanges;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.store.testing.GraphDump;
import org.partnergraph.store.testing.TestBundles;

@ExtendWith(EmbeddedDatabase.class)
class WavesIT {

    static final LocalDate DATE = LocalDate.parse("2025-06-01");
    static final String NHS = "testshire:nhs";
    static final String OBJ1 = "testshire:obj-1";

    private static GraphStore loaded() throws Exception {
        GraphStore sam = HistoryIT.storeAt(Instant.parse("2025-06-03T10:15:00Z"), "sam");
        Dataset d = BundleReader.read(TestBundles.small());
        sam.load(d.manifest(), d.graph(), n -> {});
        return sam;
    }

    private static Score nhs(GraphStore store, String viewer) {
        return store.readGraph("testshire", store.today(), viewer).influences().stream()
                .filter(i -> i.partnerId().equals(NHS) && i.objectiveId().equals(OBJ1))
                .findFirst()
                .orElseThrow()
                .quality();
    }

    @Test
    void aDraftWaveCopiesTheCurrentRatingsIsSeenByItsAuthorOnlyUntilPublished() throws Exception {
        GraphStore sam = loaded();
        int ratings = sam.readGraph().influences().size();
        int stages = sam.readGraph().relationships().size();

        Wave w = sam.startWave("testshire", "2025 annual review", DATE, "sam");

        assertThat(w)
                .isEqualTo(new Wave(
                        "testshire:2025-annual-review",
                        "testshire",
                        "2025 annual review",
                        DATE,
                        "sam",
                        false,
                        "started from the ratings and stages of 2025-06-03"));
        assertThat(sam.waves("testshire")).containsExactly(w);
        assertThat(sam.stats("testshire").get("INFLUENCES")).isEqualTo(2L * ratings);
        assertThat(sam.stats("testshire").get("RELATIONSHIP")).isEqualTo(2L * stages);
        sam.setInfluence(
                NHS,
                OBJ1,
                Score.of(5),
                Score.of(4),
                Provenance.of("review"),
                EditOptions.NOW.asOf(DATE).inWave(w.id()));
        assertThat(nhs(sam, "sam")).isEqualTo(Score.of(4));
        assertThat(nhs(sam, "alex")).as("a draft is its author's").isEqualTo(Score.of(3));

        assertThat(sam.publishWave(w.id()).published()).isTrue();

        assertThat(nhs(sam, "alex")).isEqualTo(Score.of(4));
        List<WaveChanges.Row> compared = WaveChanges.between(sam.readHistory("testshire"), "", w.id());
        assertThat(compared)
                .filteredOn(r -> r.kind() == ChangeLog.Kind.MEMBERSHIP)
                .as("memberships are not re-assessed in a wave: only in the loaded data")
                .isNotEmpty()
                .allMatch(r -> r.inA() != null && r.inB() == null);
        List<WaveChanges.Row> changed = compared.stream()
                .filter(r -> r.kind() == ChangeLog.Kind.RATING || r.kind() == ChangeLog.Kind.STAGE)
                .filter(WaveChanges.Row::changed)
                .toList();
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).subjects()).containsExactly(NHS, OBJ1);
        assertThat(changed.get(0).changeText()).isEqualTo("influence 5, quality 3 -> influence 5, quality 4");
        assertThatThrownBy(() -> sam.deleteWave(w.id()))
                .isInstanceOf(StoreException.class)
                .hasMessage("The wave '2025 annual review' is published and others may have seen it, so it stays;"
                        + " nothing was changed.");
    }

    @Test
    void deletingADraftRemovesEveryRecordInItAndTheWave() throws Exception {
        GraphStore sam = loaded();
        List<String> before = GraphStoreIT.withoutChangeMarks(GraphDump.of(sam));
        Wave w = sam.startWave("testshire", "Autumn check", DATE, "sam");
        sam.setStages(
                "testshire:hsp", "testshire:paa", Stage.COLLABORATE, Stage.COLLABORATE, EditOptions.NOW.inWave(w.id()));

        sam.deleteWave(w.id());

        assertThat(GraphStoreIT.withoutChangeMarks(GraphDump.of(sam))).isEqualTo(before);
        assertThat(sam.waves("testshire")).isEmpty();
        assertThatThrownBy(() -> sam.publishWave(w.id()))
                .hasMessage("There is no wave 'testshire:autumn-check'; nothing was changed.");
    }

    @Test
    void aWaveNeedsAKnownPartnershipAFreeNameAndADate() throws Exception {
        GraphStore sam = loaded();
        sam.startWave("testshire", "Review", DATE, "sam");

        assertThatThrownBy(() -> sam.startWave("testshire", "review", DATE, "alex"))
                .hasMessage("There is already a wave 'review' in testshire; choose another name. Nothing was changed.");
        assertThatThrownBy(() -> sam.startWave("nowhere", "Review", DATE, "sam"))
                .hasMessage("There is no partnership 'nowhere'; nothing was changed.");
        assertThatThrownBy(() -> sam.startWave("testshire", "Later", null, "sam"))
                .hasMessage("A wave needs a name and a date; nothing was changed.");
        assertThat(sam.waves("testshire")).hasSize(1);
    }
}
