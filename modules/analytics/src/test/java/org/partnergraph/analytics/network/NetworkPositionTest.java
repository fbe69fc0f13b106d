package org.partnergraph.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Role;

class NetworkPositionTest {

    /** a and b on the board, b and c on the forum, c and d on the alliance: b and c are the brokers. */
    static PartnershipGraph chain() {
        PartnershipGraph.Builder g = PartnershipGraph.builder();
        String[][] m = {{"a", "board"}, {"b", "board"}, {"b", "forum"}, {"c", "forum"}, {"c", "alliance"}, {"d", "alliance"}};
        for (String[] x : m) {
            g.memberships.add(new Membership(x[0], x[1], Role.MEMBER, Provenance.NONE));
        }
        return g.build();
    }

    @Test
    void theBrokersLeadOnBetweennessAndTheEndsHaveNone() {
        NetworkPosition n = NetworkPosition.of(chain());

        assertThat(n.of("b").orElseThrow().betweenness()).isEqualTo(1.0);
        assertThat(n.of("c").orElseThrow().betweenness()).isEqualTo(1.0);
        assertThat(n.of("a").orElseThrow().betweenness()).isZero();
        assertThat(n.of("b").orElseThrow().groups()).isEqualTo(2);
        assertThat(n.of("a").orElseThrow().groups()).isEqualTo(1);
        assertThat(n.positions()).extracting(PartnerPosition::partnerId).startsWith("b", "c");
        assertThat(n.betweennessSampled()).isFalse();
    }

    @Test
    void theProjectionWeighsPartnersBySharedGroups() {
        NetworkPosition n = NetworkPosition.of(chain());

        assertThat(n.of("b").orElseThrow().projectionStrength()).isEqualTo(1.0);
        assertThat(n.of("a").orElseThrow().projectionStrength()).isEqualTo(0.5);
        assertThat(n.of("a").orElseThrow().projectionPageRank()).isLessThan(1.0);
        assertThat(n.of("b").orElseThrow().projectionBetweenness()).isEqualTo(1.0);
        assertThat(n.of("d").orElseThrow().projectionBetweenness()).isZero();
        assertThat(n.groupsLeftOutOfProjection()).isZero();
    }

    @Test
    void groupsAboveTheCapAreLeftOutOfTheProjectionAndCounted() {
        NetworkPosition n = NetworkPosition.of(chain(), 5000, 2);
        assertThat(n.groupsLeftOutOfProjection()).isZero();
        assertThatThrownBy(() -> NetworkPosition.of(chain(), 5000, 1))
                .hasMessage("the projection group cap must be at least 2, was 1");
    }

    @Test
    void aboveTheExactSizeBetweennessIsSampled() {
        assertThat(NetworkPosition.of(chain(), 3, 100).betweennessSampled()).isTrue();
    }
}
