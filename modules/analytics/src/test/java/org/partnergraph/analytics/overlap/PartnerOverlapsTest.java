package org.partnergraph.analytics.overlap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnergraph.model.GroupTheme;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;

class PartnerOverlapsTest {

    /** {@link GroupOverlapsTest#SMALL}: board and forum work on health, the alliance on sport; the network on nothing. */
    private static PartnershipGraph withThemes() {
        PartnershipGraph.Builder b = Memberships.builder(GroupOverlapsTest.SMALL);
        b.groupThemes.add(new GroupTheme("board", "health", Provenance.NONE));
        b.groupThemes.add(new GroupTheme("forum", "health", Provenance.NONE));
        b.groupThemes.add(new GroupTheme("alliance", "sport", Provenance.NONE));
        b.groupThemes.add(new GroupTheme("alliance", "health", Provenance.NONE));
        b.groupThemes.add(new GroupTheme("network", "parks", Provenance.NONE));
        return b.build();
    }

    @Test
    void twoPartnersSharedGroupsAreListedById() {
        assertThat(PartnerOverlaps.sharedGroups(withThemes(), "d", "c")).containsExactly("board", "forum");
        assertThat(PartnerOverlaps.sharedGroups(withThemes(), "a", "f")).isEmpty();
    }

    @Test
    void aPartnersCoMembersAreMostSharedFirstThenById() {
        List<PartnerOverlaps.CoMember> coMembers = PartnerOverlaps.coMembers(withThemes(), "d");

        assertThat(coMembers).extracting(PartnerOverlaps.CoMember::partnerId).containsExactly("b", "c", "a", "e");
        assertThat(coMembers.get(0).sharedGroups()).containsExactly("board", "forum");
        assertThat(coMembers.get(3).sharedGroups()).containsExactly("alliance");
    }

    @Test
    void aBridgeCountsAndListsTheDistinctThemesOfItsGroups() {
        List<PartnerOverlaps.Bridge> bridges = PartnerOverlaps.bridges(withThemes());

        // d: board, forum (health) and alliance (sport, health) -> 2 themes in 3 groups; e: alliance -> 2 in 1
        assertThat(bridges)
                .containsExactly(
                        new PartnerOverlaps.Bridge("d", List.of("health", "sport"), 3),
                        new PartnerOverlaps.Bridge("e", List.of("health", "sport"), 1));
        assertThat(bridges.get(0).themeCount()).isEqualTo(2);
    }

    @Test
    void aHigherMinimumLeavesOutPartnersSpanningFewerThemes() {
        assertThat(PartnerOverlaps.bridges(withThemes(), 3)).isEmpty();
    }

    @Test
    void bridgingFewerThanTwoThemesIsRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PartnerOverlaps.bridges(withThemes(), 1));

        assertThat(e).hasMessage("bridging needs at least 2 themes, was 1");
    }

    @Test
    void partnerPairsCountSharedGroupsByHand() {
        PartnerPairs pairs = PartnerPairs.of(withThemes(), 1, PartnerPairs.LARGE_GROUP_CAP_DEFAULT);

        // b, c, d are together in board and forum; a with b, c, d in board; d with e in the alliance
        assertThat(pairs.pairs())
                .containsExactly(
                        new PartnerPair("b", "c", 2),
                        new PartnerPair("b", "d", 2),
                        new PartnerPair("c", "d", 2),
                        new PartnerPair("a", "b", 1),
                        new PartnerPair("a", "c", 1),
                        new PartnerPair("a", "d", 1),
                        new PartnerPair("d", "e", 1));
        assertThat(PartnerPairs.of(withThemes()).pairs()).hasSize(3);
    }

    @Test
    void groupsAboveTheCapAreLeftOutOfPartnerPairsAndNamed() {
        PartnerPairs pairs = PartnerPairs.of(withThemes(), 1, 3);

        assertThat(pairs.groupsLeftOut()).containsExactly("board");
        assertThat(pairs.pairs())
                .containsExactly(
                        new PartnerPair("b", "c", 1),
                        new PartnerPair("b", "d", 1),
                        new PartnerPair("c", "d", 1),
                        new PartnerPair("d", "e", 1));
    }

    @Test
    void badPartnerPairSettingsAreRefused() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> PartnerPairs.of(withThemes(), 0, 10)))
                .hasMessage("pairs must share at least 1 group, was 0");
        assertThat(assertThrows(IllegalArgumentException.class, () -> PartnerPairs.of(withThemes(), 1, 1)))
                .hasMessage("the large-group cap must be at least 2 members, was 1");
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void partnerPairsEqualTheQuadraticReferenceOnSeededRandomGraphs(long seed) {
        PartnershipGraph graph = Memberships.random(seed, 30, 70, 300);
        int cap = 15;

        List<PartnerPair> sparse = PartnerPairs.of(graph, 2, cap).pairs();
        List<PartnerPair> reference = QuadraticOverlaps.partnerPairs(graph, 2, cap).stream()
                .sorted(Comparator.comparingInt(PartnerPair::shared).reversed())
                .toList();

        assertThat(reference).hasSizeGreaterThan(20);
        assertThat(PartnerPairs.of(graph, 2, cap).groupsLeftOut()).isNotEmpty();
        assertThat(sparse).containsExactlyElementsOf(reference);
    }
}
