package org.partnergraph.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdTableTest {

    @Test
    void idsAreNumberedInTheOrderFirstSeenAndRepeatsKeepTheirNumber() {
        IdTable t = new IdTable(2);
        assertThat(t.add("hcc")).isZero();
        assertThat(t.add("nhs")).isEqualTo(1);
        assertThat(t.add("hcc")).isZero();
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.id(1)).isEqualTo("nhs");
        assertThat(t.indexOf("nhs")).isEqualTo(1);
        assertThat(t.indexOf("police")).isEqualTo(-1);
    }

    @Test
    void theTableGrowsFarPastItsExpectedSizeAndLosesNothing() {
        IdTable t = new IdTable(4);
        for (int i = 0; i < 50_000; i++) {
            assertThat(t.add("p" + i)).isEqualTo(i);
        }
        for (int i = 0; i < 50_000; i += 997) {
            assertThat(t.indexOf("p" + i)).isEqualTo(i);
            assertThat(t.add("p" + i)).isEqualTo(i);
        }
        assertThat(t.size()).isEqualTo(50_000);
    }

    @Test
    void sortedOrderRanksEachIdByItsNaturalOrder() {
        IdTable t = new IdTable(4);
        t.add("p10");
        t.add("p2");
        t.add("p1");
        // "p1" < "p10" < "p2" as strings
        assertThat(t.sortedOrder()).containsExactly(1, 2, 0);
    }
}
