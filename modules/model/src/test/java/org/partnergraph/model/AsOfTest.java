package org.partnergraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fold of a history into the snapshot every analysis reads, on the Hertfordshire outcome
 * table's NHS row (Objective 2: influence 5, quality 3 in 001's CSP strategic outcome table).
 */
class AsOfTest {

    static final Provenance TABLE = Provenance.of("001_d8b1239257a95d12.txt: CSP strategic outcome table");
    static final String NHS = "hertfordshire:national-health-service";
    static final String PHH = "hertfordshire:public-health-hertfordshire";
    static final String OBJ2 = "hertfordshire:obj-2";
    static final LocalDate JUNE_1 = LocalDate.parse("2025-06-01");

    /** As transcribed (undated), then quality 3 -> 4 from 2025-06-01, recorded by a user. */
    static PartnershipGraph nhsRescored() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.influences.add(new Influence(NHS, OBJ2, Score.of(5), Score.of(3), TABLE));
        b.influences.add(new Influence(PHH, OBJ2, Score.of(5), Score.of(5), TABLE));
        b.influences.add(new Influence(NHS, OBJ2, Score.of(5), Score.of(4), TABLE)
                .withDating(Dating.from(JUNE_1).recorded(Instant.parse("2025-06-03T09:15:00Z"), "alex")));
        return b.build();
    }

    @Test
    void theLatestAssessmentHoldingOnTheDateIsTheValue() {
        PartnershipGraph h = nhsRescored();

        assertThat(quality(h.asOf(JUNE_1.minusDays(1), null), NHS)).isEqualTo(3);
        assertThat(quality(h.asOf(JUNE_1, null), NHS)).isEqualTo(4);
        assertThat(quality(h.asOf(JUNE_1.plusDays(1), null), NHS)).isEqualTo(4);
        assertThat(h.asOf(JUNE_1.minusDays(1), null).influences()).hasSize(2);
        assertThat(h.asOf(JUNE_1, null).influences()).hasSize(2);
    }

    @Test
    void anUndatedGraphFoldsToItself() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.influences.add(new Influence(NHS, OBJ2, Score.of(5), Score.of(3), TABLE));
        b.influences.add(new Influence(PHH, OBJ2, Score.of(5), Score.of(5), TABLE));
        b.memberships.add(new Membership(NHS, "hertfordshire:hwb", Role.MEMBER, TABLE));
        PartnershipGraph g = b.build();

        assertThat(g.asOf(LocalDate.MIN, null)).isEqualTo(g);
        assertThat(g.asOf(JUNE_1, null).asOf(JUNE_1, null)).isEqualTo(g);
    }

    @Test
    void anEndRemovesTheValueFromItsDateOn() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        Influence rated = new Influence(NHS, OBJ2, Score.of(5), Score.of(3), TABLE);
        b.influences.add(rated);
        b.influences.add(rated.withDating(Dating.from(JUNE_1).asEnd()));
        PartnershipGraph h = b.build();

        assertThat(h.asOf(JUNE_1.minusDays(1), null).influences()).containsExactly(rated);
        assertThat(h.asOf(JUNE_1, null).influences()).isEmpty();
    }

    @Test
    void ofTwoAssessmentsForOneDateTheOneRecordedLaterWins() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        Dating first = Dating.from(JUNE_1).recorded(Instant.parse("2025-06-02T10:00:00Z"), "alex");
        Dating second = Dating.from(JUNE_1).recorded(Instant.parse("2025-06-02T11:00:00Z"), "sam");
        b.influences.add(new Influence(NHS, OBJ2, Score.of(5), Score.of(4), TABLE).withDating(second));
        b.influences.add(new Influence(NHS, OBJ2, Score.of(5), Score.of(2), TABLE).withDating(first));

        assertThat(quality(b.build().asOf(JUNE_1, null), NHS)).isEqualTo(4);
    }

    @Test
    void aMembershipHoldsFromItsDateUntilItsEnd() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.memberships.add(new Membership(
                NHS,
                "hertfordshire:hwb",
                Role.MEMBER,
                TABLE,
                Dating.from(LocalDate.parse("2022-04-01")),
                LocalDate.parse("2023-04-01")));
        PartnershipGraph h = b.build();

        assertThat(h.asOf(LocalDate.parse("2022-03-31"), null).memberships()).isEmpty();
        assertThat(h.asOf(LocalDate.parse("2022-04-01"), null).memberships()).hasSize(1);
        assertThat(h.asOf(LocalDate.parse("2023-03-31"), null).memberships()).hasSize(1);
        assertThat(h.asOf(LocalDate.parse("2023-04-01"), null).memberships()).isEmpty();
    }

    @Test
    void aMembershipCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Membership(NHS, "g", Role.MEMBER, TABLE, Dating.from(JUNE_1), JUNE_1.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the membership ends (2025-05-31) before it starts (2025-06-01)");
    }

    @Test
    void aDraftWaveIsSeenByItsAuthorOnly() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.influences.add(new Influence(NHS, OBJ2, Score.of(5), Score.of(3), TABLE));
        Wave review =
                new Wave("hertfordshire:2025-review", "hertfordshire", "2025 annual review", JUNE_1, "alex", false, "");
        b.waves.add(review);
        b.influences.add(new Influence(NHS, OBJ2, Score.of(5), Score.of(4), TABLE)
                .withDating(Dating.from(JUNE_1).inWave(review.id())));
        PartnershipGraph h = b.build();

        assertThat(quality(h.asOf(JUNE_1, "alex"), NHS)).isEqualTo(4);
        assertThat(quality(h.asOf(JUNE_1, "sam"), NHS)).isEqualTo(3);
        assertThat(quality(h.asOf(JUNE_1, null), NHS)).isEqualTo(3);

        b.waves.set(0, review.publish());
        assertThat(quality(b.build().asOf(JUNE_1, "sam"), NHS)).isEqualTo(4);
    }

    @Test
    void theChangeDatesAreEveryDateSomethingStartsOrEnds() {
        PartnershipGraph.Builder b = nhsRescored().toBuilder();
        b.memberships.add(new Membership(
                NHS,
                "g",
                Role.MEMBER,
                TABLE,
                Dating.from(LocalDate.parse("2022-04-01")),
                LocalDate.parse("2023-04-01")));

        assertThat(b.build().changeDates())
                .containsExactly(LocalDate.parse("2022-04-01"), LocalDate.parse("2023-04-01"), JUNE_1);
    }

    static double quality(PartnershipGraph snapshot, String partner) {
        List<Influence> of = snapshot.influences().stream()
                .filter(i -> i.partnerId().equals(partner))
                .toList();
        assertThat(of).hasSize(1);
        return of.get(0).quality().mid();
    }
}
