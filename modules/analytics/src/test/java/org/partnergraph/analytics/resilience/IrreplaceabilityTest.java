package org.partnergraph.analytics.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.resilience.Irreplaceability.Irreplaceable;

class IrreplaceabilityTest {

    @Test
    void eachSoleRoleIsAReason() {
        List<Irreplaceable> all = Irreplaceability.of(Tiny.graph(), 1);
        Irreplaceable a = all.get(0);
        assertThat(a.partner().id()).isEqualTo("a");
        // i1, i4, n1 (n2 has a second lead), chair of g1, alone at 5 on o1, and key player 1
        assertThat(a.reasons())
                .containsExactly(
                        "sole lead of indicators I1, I4",
                        "sole lead of initiative Initiative One",
                        "sole chair of Group One",
                        "highest influence alone on Objective One (best influence 5, next 3)",
                        "key player number 1 (removal fragments the network most)");
        assertThat(a.score()).isEqualTo(6);
        Irreplaceable c = all.stream()
                .filter(i -> i.partner().id().equals("c"))
                .findFirst()
                .orElseThrow();
        assertThat(c.reasons())
                .containsExactly(
                        "sole lead of indicator I2",
                        "sole lead of group Group Two",
                        "highest influence alone on Objective Two (best influence 4, next 0)");
        assertThat(all).extracting(i -> i.partner().id()).doesNotContain("b");
    }
}
