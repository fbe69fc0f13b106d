package org.partnergraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnergraph.model.AsOfTest.JUNE_1;
import static org.partnergraph.model.AsOfTest.NHS;
import static org.partnergraph.model.AsOfTest.OBJ2;
import static org.partnergraph.model.AsOfTest.TABLE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeLogTest {

    @Test
    void eachAssessmentIsAChangeFromTheOneBefore() {
        List<ChangeLog.Entry> log = ChangeLog.of(AsOfTest.nhsRescored(), null);

        List<ChangeLog.Entry> nhs = log.stream().filter(e -> e.involves(NHS)).toList();
        assertThat(nhs).hasSize(2);
        assertThat(nhs.get(0).beforeText()).isEmpty();
        assertThat(nhs.get(0).afterText()).isEqualTo("influence 5, quality 3");
        assertThat(nhs.get(1).beforeText()).isEqualTo("influence 5, quality 3");
        assertThat(nhs.get(1).afterText()).isEqualTo("influence 5, quality 4");
        assertThat(nhs.get(1).dating().recordedBy()).isEqualTo("alex");
        assertThat(nhs.get(1).kind()).isEqualTo(ChangeLog.Kind.RATING);
        assertThat(nhs.get(1).involves(OBJ2)).isTrue();
    }

    @Test
    void anEndReadsEndedAndWhatFollowsAnEndHasNoBefore() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        Membership m = new Membership(NHS, "hertfordshire:hwb", Role.MEMBER, TABLE);
        b.memberships.add(m);
        b.memberships.add(m.withDating(Dating.from(JUNE_1).asEnd()));
        b.memberships.add(new Membership(NHS, "hertfordshire:hwb", Role.CHAIR, TABLE)
                .withDating(Dating.from(JUNE_1.plusYears(1))));

        List<ChangeLog.Entry> log = ChangeLog.of(b.build(), null);

        assertThat(log).extracting(ChangeLog.Entry::afterText).containsExactly("member", "ended", "chair");
        assertThat(log.get(2).before()).isNull();
    }

    @Test
    void filtersByValidDate() {
        List<ChangeLog.Entry> log = ChangeLog.of(AsOfTest.nhsRescored(), null);

        assertThat(log.stream().filter(e -> e.validBetween(LocalDate.parse("2025-01-01"), null)))
                .hasSize(1);
        assertThat(log.stream().filter(e -> e.validBetween(null, LocalDate.parse("2025-05-31"))))
                .hasSize(2);
    }

    @Test
    void kindsReadAsTheCommandLineWritesThem() {
        assertThat(ChangeLog.Kind.parse(" Stage ")).isEqualTo(ChangeLog.Kind.STAGE);
        assertThatThrownBy(() -> ChangeLog.Kind.parse("score"))
                .hasMessage("'score' is not a kind of change; expected rating, stage, membership or measurement");
    }
}
