package org.partnergraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Score;
import org.partnergraph.neo4j.embedded.EmbeddedNeo4j;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.store.testing.GraphDump;

/** Two stores on two driver connections to the one database: each sees the other's edits; stale edits are refused. */
@ExtendWith(EmbeddedDatabase.class)
class TwoEditorsIT {

    static final String NHS = HistoryIT.NHS;
    static final String OBJ2 = HistoryIT.OBJ2;

    @Test
    void anEditOnAValueSomeoneElseChangedSinceItWasReadIsRefusedWithWhoWhenAndTheValueNow(EmbeddedNeo4j neo4j)
            throws Exception {
        Dataset d = HistoryIT.hertfordshire();
        Instant samTime = Instant.parse("2025-06-03T10:15:00Z");
        GraphStore sam =
                new GraphStore(EmbeddedDatabase.store().connection(), Clock.fixed(samTime, ZoneOffset.UTC), "sam");
        sam.load(d.manifest(), d.graph(), n -> {});
        try (Neo4jConnection second = Neo4jConnection.embedded(neo4j.boltUri(), neo4j.password())) {
            GraphStore alex = new GraphStore(second, Clock.fixed(samTime.plusSeconds(60), ZoneOffset.UTC), "alex");
            assertThat(alex.lastChange()).isEmpty();
            Influence read = alex.readGraph().influences().stream()
                    .filter(i -> i.partnerId().equals(NHS) && i.objectiveId().equals(OBJ2))
                    .findFirst()
                    .orElseThrow();

            Change<Influence> samsEdit =
                    sam.setInfluence(NHS, OBJ2, Score.of(5), Score.of(4), Provenance.NONE, EditOptions.NOW);
            assertThat(alex.lastChange()).contains(new LastChange(samTime, "sam"));
            assertThat(HistoryIT.quality(alex.readGraph()))
                    .as("alex sees sam's edit")
                    .isEqualTo(Score.of(4));

            List<String> before = GraphDump.of(alex);
            assertThatThrownBy(() -> alex.setInfluence(
                            NHS,
                            OBJ2,
                            Score.of(4),
                            Score.of(2),
                            Provenance.NONE,
                            EditOptions.NOW.basedOn(read.dating())))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("sam changed the rating of National Health Service on Objective 2 - To contribute to"
                            + " an active and healthier Hertfordshire at 2025-06-03 10:15 UTC since you read it; it is"
                            + " now influence 5, quality 4. Nothing was changed.");
            assertThatThrownBy(() ->
                            alex.removeInfluence(NHS, OBJ2, EditOptions.NOW.basedOnRecord(HistoryIT.seedRid(alex))))
                    .hasMessageStartingWith("sam changed the rating of National Health Service");
            assertThat(GraphDump.of(alex)).isEqualTo(before);

            Change<Influence> alexsEdit = alex.setInfluence(
                    NHS,
                    OBJ2,
                    Score.of(4),
                    Score.of(2),
                    Provenance.NONE,
                    EditOptions.NOW.basedOnRecord(samsEdit.rid()));
            assertThat(alexsEdit.before().orElseThrow().quality()).isEqualTo(Score.of(4));
            assertThat(HistoryIT.quality(sam.readGraph())).isEqualTo(Score.of(2));
            assertThat(sam.lastChange()).contains(new LastChange(samTime.plusSeconds(60), "alex"));
            assertThat(sam.setInfluence(
                                    NHS,
                                    OBJ2,
                                    Score.of(5),
                                    Score.of(5),
                                    Provenance.NONE,
                                    EditOptions.NOW.basedOnRecord(alexsEdit.rid()))
                            .rid())
                    .as("based on the latest: accepted")
                    .isNotNull();
        }
    }
}
