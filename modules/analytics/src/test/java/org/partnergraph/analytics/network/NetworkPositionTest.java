package org.partnergraph.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Role;

class NetworkPositionTest {

    /** a and b on the board, b and c on the forum, c and d on the alliance: b and c are the brokers. */
    static PartnershipGraph chain(Role roleOfAOnTheBoard) {
        PartnershipGraph.Builder g = PartnershipGraph.builder();
        g.memberships.add(new Membership("a", "board", roleOfAOnTheBoard, Provenance.NONE));
        String[][] m = {{"b", "board"}, {"b", "forum"}, {"c", "forum"}, {"c", "alliance"}, {"d", "alliance"}};
        for (String[] x : m) {
            g.memberships.add(new Membership(x[0], x[1], Role.MEMBER, Provenance.NONE));
        }
        return g.build();
    }

    /**
     * The partner-group graph of the chain is the path a-board-b-forum-c-alliance-d, where the node at
     * position i lies between i x (6 - i) pairs: a 0, board 5, b 8, forum 9. So b and c are the top
     * partners (8/8), the forum the top group (9/9) and the board 5/9 of it.
     */
    @Test
    void theBrokersLeadOnBetweennessAndTheEndsHaveNone() {
        NetworkPosition n = NetworkPosition.of(chain(Role.MEMBER));

        assertThat(n.of("b").orElseThrow().betweenness()).isEqualTo(1.0);
        assertThat(n.of("c").orElseThrow().betweenness()).isEqualTo(1.0);
        assertThat(n.of("a").orElseThrow().betweenness()).isZero();
        assertThat(n.of("b").orElseThrow().groups()).isEqualTo(2);
        assertThat(n.of("a").orElseThrow().groups()).isEqualTo(1);
        assertThat(n.positions()).extracting(PartnerPosition::partnerId).startsWith("b", "c");
        assertThat(n.group("forum").orElseThrow().betweenness()).isEqualTo(1.0);
        assertThat(n.group("board").orElseThrow().betweenness()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(n.group("forum").orElseThrow().members()).isEqualTo(2);
        assertThat(n.groups())
                .extracting(GroupPosition::groupId)
                .containsExactlyInAnyOrder("board", "forum", "alliance");
        assertThat(n.betweennessSampled()).isFalse();
    }

    @Test
    void aChairCountsDoubleInDegreeAndRaisesPageRank() {
        NetworkPosition member = NetworkPosition.of(chain(Role.MEMBER));
        NetworkPosition chair = NetworkPosition.of(chain(Role.CHAIR));
        NetworkPosition uniform = NetworkPosition.of(
                chain(Role.CHAIR), NetworkSettings.DEFAULTS.withMembershipWeights(MembershipWeights.UNIFORM));

        // b: member of two groups, weight 2, the maximum; a: 1 as member, 2 as chair
        assertThat(member.of("a").orElseThrow().degree()).isEqualTo(0.5);
        assertThat(chair.of("a").orElseThrow().degree()).isEqualTo(1.0);
        assertThat(chair.of("a").orElseThrow().pageRank())
                .isGreaterThan(member.of("a").orElseThrow().pageRank());
        assertThat(uniform.positions()).isEqualTo(member.positions());
    }

    @Test
    void theProjectionWeighsPartnersBySharedGroups() {
        NetworkPosition n = NetworkPosition.of(chain(Role.MEMBER));

        // projection: the path a-b-c-d, every edge one shared group; b and c have strength 2
        assertThat(n.of("b").orElseThrow().projectionStrength()).isEqualTo(1.0);
        assertThat(n.of("a").orElseThrow().projectionStrength()).isEqualTo(0.5);
        assertThat(n.of("a").orElseThrow().projectionPageRank()).isLessThan(1.0);
        assertThat(n.of("b").orElseThrow().projectionBetweenness()).isEqualTo(1.0);
        assertThat(n.of("d").orElseThrow().projectionBetweenness()).isZero();
        assertThat(n.groupsLeftOutOfProjection()).isZero();
    }

    /**
     * The partner-group graph is bipartite by construction, so it gets the squared iteration, never
     * plain power iteration. The projection of the chain is the path a-b-c-d, bipartite too, but from
     * the uniform start its two sides balance (sin 36° + sin 108° = sin 72° + sin 144°), so JGraphT's
     * plain iteration converges there and is kept (a star, where it does not, is in ArrayEigenvectorTest).
     */
    @Test
    void bipartiteGraphsFallBackFromPlainPowerIterationAndSaySo() {
        NetworkPosition n = NetworkPosition.of(chain(Role.MEMBER));

        assertThat(n.bipartite().backend()).isEqualTo(Backend.JGRAPHT);
        assertThat(n.bipartite().eigenvectorMethod()).isEqualTo(EigenvectorMethod.SQUARED);
        assertThat(n.bipartite().eigenvectorConverged()).isTrue();
        assertThat(n.projection().eigenvectorMethod()).isEqualTo(EigenvectorMethod.POWER);
        // the path's eigenvector is symmetric: the two ends equal, the inner partners above them
        assertThat(n.of("a").orElseThrow().eigenvector())
                .isCloseTo(n.of("d").orElseThrow().eigenvector(), within(1e-9));
        assertThat(n.of("b").orElseThrow().eigenvector()).isEqualTo(1.0);
    }

    @Test
    void jgraphtAndTheArrayKernelsGiveTheSamePositions() {
        PartnershipGraph g = SyntheticPartnership.memberships(150, 20, 450, 4);

        NetworkPosition jgrapht =
                NetworkPosition.of(g, NetworkSettings.DEFAULTS.withJGraphTMaxNodes(Integer.MAX_VALUE));
        NetworkPosition arrays = NetworkPosition.of(g, NetworkSettings.DEFAULTS.withJGraphTMaxNodes(0));

        assertThat(jgrapht.bipartite().backend()).isEqualTo(Backend.JGRAPHT);
        assertThat(arrays.bipartite().backend()).isEqualTo(Backend.ARRAYS);
        assertThat(arrays.positions()).hasSameSizeAs(jgrapht.positions());
        for (PartnerPosition a : arrays.positions()) {
            PartnerPosition j = jgrapht.of(a.partnerId()).orElseThrow();
            double[] x = values(a);
            double[] y = values(j);
            for (int i = 0; i < x.length; i++) {
                assertThat(x[i]).as("%s measure %d", a.partnerId(), i).isCloseTo(y[i], within(1e-6));
            }
        }
        for (GroupPosition a : arrays.groups()) {
            GroupPosition j = jgrapht.group(a.groupId()).orElseThrow();
            assertThat(List.of(a.degree(), a.pageRank(), a.betweenness(), a.eigenvector()))
                    .as(a.groupId())
                    .usingElementComparator((p, q) -> Math.abs(p - q) < 1e-6 ? 0 : 1)
                    .isEqualTo(List.of(j.degree(), j.pageRank(), j.betweenness(), j.eigenvector()));
        }
    }

    private static double[] values(PartnerPosition p) {
        return new double[] {
            p.groups(),
            p.degree(),
            p.pageRank(),
            p.betweenness(),
            p.eigenvector(),
            p.projectionStrength(),
            p.projectionPageRank(),
            p.projectionBetweenness(),
            p.projectionEigenvector()
        };
    }

    @Test
    void aPartnerListedTwiceInAGroupCountsOnceWithItsStrongestRole() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.memberships.addAll(chain(Role.MEMBER).memberships());
        b.memberships.add(new Membership("a", "board", Role.CHAIR, Provenance.NONE));

        NetworkPosition n = NetworkPosition.of(b.build());

        assertThat(n.of("a").orElseThrow().groups()).isEqualTo(1);
        assertThat(n.of("a").orElseThrow().degree()).isEqualTo(1.0);
        assertThat(n.group("board").orElseThrow().members()).isEqualTo(2);
    }

    @Test
    void groupsAboveTheCapAreLeftOutOfTheProjectionAndCounted() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.memberships.addAll(chain(Role.MEMBER).memberships());
        b.memberships.add(new Membership("e", "alliance", Role.MEMBER, Provenance.NONE));

        NetworkPosition n = NetworkPosition.of(b.build(), NetworkSettings.DEFAULTS.withProjectionGroupCap(2));

        assertThat(n.groupsLeftOutOfProjection()).isEqualTo(1);
        assertThat(n.of("e").orElseThrow().projectionStrength()).isZero();
        assertThat(n.of("d").orElseThrow().projectionStrength()).isZero();
    }

    @Test
    void aboveTheExactSizeBetweennessIsSampledAndSaysSo() {
        NetworkPosition n = NetworkPosition.of(
                chain(Role.MEMBER),
                NetworkSettings.DEFAULTS.withExactBetweennessMaxNodes(3).withBetweennessSources(2, 2, 1));

        assertThat(n.betweennessSampled()).isTrue();
        assertThat(n.bipartite().betweennessSources()).isEqualTo(2);
        assertThat(n.bipartite().betweennessSampled()).isTrue();
    }

    @Test
    void pageRankPercentileIsTheShareOfOtherPartnersBelow() {
        NetworkPosition n = NetworkPosition.of(chain(Role.MEMBER));

        // b and c tie at the top, a and d at the bottom: 2 of the 3 others are strictly below b
        assertThat(n.pageRankPercentile("b")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(n.pageRankPercentile("a")).isZero();
        assertThat(n.pageRankPercentile("nobody")).isZero();
    }

    @Test
    void anEmptyGraphHasNoPositions() {
        NetworkPosition n = NetworkPosition.of(PartnershipGraph.EMPTY);

        assertThat(n.positions()).isEmpty();
        assertThat(n.groups()).isEmpty();
    }

    @Test
    void badSettingsAreRefusedWithAReason() {
        NetworkSettings s = NetworkSettings.DEFAULTS;
        assertThatThrownBy(() -> s.withDamping(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the damping factor must be between 0 and 1, was 0.0");
        assertThatThrownBy(() -> s.withProjectionGroupCap(1))
                .hasMessage("the projection group cap must be at least 2, was 1");
        assertThatThrownBy(() -> s.withExactBetweennessMaxNodes(-1))
                .hasMessage("node thresholds cannot be negative, were 2000 and -1");
        assertThatThrownBy(() -> s.withBetweennessSources(500, 0, 1))
                .hasMessage("sampled betweenness needs at least one source, was 0");
        assertThatThrownBy(() -> new MembershipWeights(2, 1.5, 0, 1))
                .hasMessage("the lead weight must be positive and finite, was 0.0");
    }
}
