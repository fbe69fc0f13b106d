package org.partnergraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Role;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;
import org.partnergraph.model.Wave;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.store.testing.GraphDump;
import org.partnergraph.store.testing.TestBundles;

/** A load writes every assessment with its dating, and reading the history gives it back. */
@ExtendWith(EmbeddedDatabase.class)
class HistoryLoadIT {

    static final LocalDate REVIEW = LocalDate.parse("2009-04-01");
    static final Instant TYPED = Instant.parse("2009-04-02T09:30:00Z");

    /** The small bundle with a year of history on top: revisions, ends, a published wave and a draft. */
    static PartnershipGraph history(PartnershipGraph g) {
        PartnershipGraph.Builder b = g.toBuilder();
        Wave review = new Wave("testshire:2009-review", "testshire", "2009 review", REVIEW, "sam", true, "a test");
        Wave draft = new Wave("testshire:2010-draft", "testshire", "2010 draft", REVIEW.plusYears(1), "sam", false, "");
        b.waves.add(review);
        b.waves.add(draft);
        Dating inReview = new Dating(REVIEW, TYPED, "sam", review.id(), false);
        b.influences.add(new Influence(
                "testshire:nhs", "testshire:obj-1", Score.of(5), Score.of(4), Provenance.of("review"), inReview));
        b.influences.add(new Influence(
                        "testshire:vcs", "testshire:obj-2", Score.of(4), new Score(3, 4), Provenance.NONE, inReview)
                .withDating(inReview.asEnd()));
        b.influences.add(new Influence(
                "testshire:nhs",
                "testshire:obj-1",
                Score.of(5),
                Score.of(5),
                Provenance.NONE,
                new Dating(REVIEW.plusYears(1), TYPED.plusSeconds(86_400L * 365), "sam", draft.id(), false)));
        Relationship paa = g.relationships().stream()
                .filter(r -> r.toId().equals("testshire:paa"))
                .findFirst()
                .orElseThrow();
        b.relationships.add(new Relationship(
                paa.fromId(),
                paa.toId(),
                Stage.COOPERATE,
                Stage.COLLABORATE,
                paa.priority(),
                paa.lead(),
                paa.background(),
                paa.actions(),
                paa.provenance(),
                Dating.from(REVIEW)));
        b.memberships.add(new Membership(
                "testshire:nhs",
                "testshire:paa",
                Role.MEMBER,
                Provenance.of("minutes"),
                Dating.from(LocalDate.parse("2008-09-01")),
                LocalDate.parse("2009-09-01")));
        b.memberships.add(new Membership(
                "testshire:vcs",
                "testshire:paa",
                Role.MEMBER,
                Provenance.NONE,
                new Dating(REVIEW, TYPED, "alex", "", true),
                null));
        Measurement first = g.measurements().get(0);
        b.measurements.add(new Measurement(
                first.id(),
                first.indicatorId(),
                first.period(),
                first.kind(),
                first.value() + 0.4,
                first.areaId(),
                first.partnership(),
                Provenance.of("corrected"),
                new Dating(REVIEW, TYPED, "alex", "", false)));
        return b.build();
    }

    @Test
    void aLoadedHistoryReadsBackRecordForRecordAndASecondLoadChangesNothing(GraphStore store) throws Exception {
        Dataset d = BundleReader.read(TestBundles.small());
        PartnershipGraph history = history(d.graph());

        store.load(d.manifest(), history, n -> {});
        PartnershipGraph read = store.readHistory("testshire");

        assertSameHistory(read, history);
        List<String> once = GraphDump.of(store);
        store.load(d.manifest(), history, n -> {});
        assertThat(GraphDump.of(store)).isEqualTo(once);
        assertSameHistory(store.readHistory(), history);
    }

    @Test
    void theDraftIsSeenByItsAuthorOnlyAndTheEndsAndUntilHold(GraphStore store) throws Exception {
        Dataset d = BundleReader.read(TestBundles.small());
        store.load(d.manifest(), history(d.graph()), n -> {});
        LocalDate later = LocalDate.parse("2011-01-01");

        assertThat(nhsQuality(store.readGraph("testshire", later, "sam"))).isEqualTo(Score.of(5));
        assertThat(nhsQuality(store.readGraph("testshire", later, "alex"))).isEqualTo(Score.of(4));
        assertThat(nhsQuality(store.readGraph("testshire", REVIEW.minusDays(1), "alex")))
                .isEqualTo(Score.of(3));
        PartnershipGraph inReview = store.readGraph("testshire", REVIEW, "alex");
        assertThat(inReview.influences())
                .noneMatch(i ->
                        i.partnerId().equals("testshire:vcs") && i.objectiveId().equals("testshire:obj-2"));
        assertThat(inReview.memberships())
                .anyMatch(m ->
                        m.partnerId().equals("testshire:nhs") && m.groupId().equals("testshire:paa"))
                .noneMatch(m ->
                        m.partnerId().equals("testshire:vcs") && m.groupId().equals("testshire:paa"));
        assertThat(store.readGraph("testshire", later, "alex").memberships())
                .noneMatch(m ->
                        m.partnerId().equals("testshire:nhs") && m.groupId().equals("testshire:paa"));
        assertThat(store.waves("testshire"))
                .extracting(Wave::id)
                .containsExactly("testshire:2009-review", "testshire:2010-draft");
    }

    private static Score nhsQuality(PartnershipGraph g) {
        return g.influences().stream()
                .filter(i ->
                        i.partnerId().equals("testshire:nhs") && i.objectiveId().equals("testshire:obj-1"))
                .findFirst()
                .orElseThrow()
                .quality();
    }

    static void assertSameHistory(PartnershipGraph read, PartnershipGraph expected) {
        assertThat(read.influences()).containsExactlyInAnyOrderElementsOf(expected.influences());
        assertThat(read.relationships()).containsExactlyInAnyOrderElementsOf(expected.relationships());
        assertThat(read.memberships()).containsExactlyInAnyOrderElementsOf(expected.memberships());
        assertThat(read.measurements()).containsExactlyInAnyOrderElementsOf(expected.measurements());
        assertThat(read.waves()).containsExactlyInAnyOrderElementsOf(expected.waves());
        assertThat(read.partners()).containsExactlyInAnyOrderElementsOf(expected.partners());
    }
}
