package org.partnergraph.analytics.overlap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Role;

class GroupOverlapsTest {

    /** Board {a b c d}, forum {b c d}, alliance {d e}, network {f}. */
    static final String[][] SMALL = {
        {"board", "a", "b", "c", "d"}, {"forum", "b", "c", "d"}, {"alliance", "d", "e"}, {"network", "f"}
    };

    @Test
    void sharedJaccardAndOverlapCoefficientByHand() {
        List<GroupPair> pairs = GroupOverlaps.of(Memberships.graph(SMALL)).pairs();

        // board-forum share b c d: Jaccard 3/4, overlap 3/min(4,3) = 1; board-alliance share d: 1/5, 1/2;
        // forum-alliance share d: 1/4, 1/2; network shares no one
        assertThat(pairs)
                .containsExactly(
                        new GroupPair("board", "forum", 3, 4, 3),
                        new GroupPair("board", "alliance", 1, 4, 2),
                        new GroupPair("forum", "alliance", 1, 3, 2));
        assertThat(pairs.get(0).jaccard()).isEqualTo(3.0 / 4);
        assertThat(pairs.get(0).overlapCoefficient()).isEqualTo(1.0);
        assertThat(pairs.get(1).jaccard()).isEqualTo(1.0 / 5);
        assertThat(pairs.get(1).overlapCoefficient()).isEqualTo(1.0 / 2);
        assertThat(pairs.get(2).jaccard()).isEqualTo(1.0 / 4);
    }

    @Test
    void theDefaultMergeCandidatesAreJaccardAtLeastAHalf() {
        GroupOverlaps overlaps = GroupOverlaps.of(Memberships.graph(SMALL));

        assertThat(GroupOverlaps.MERGE_MEASURE_DEFAULT).isEqualTo(OverlapMeasure.JACCARD);
        assertThat(overlaps.mergeCandidates()).containsExactly(new GroupPair("board", "forum", 3, 4, 3));
    }

    @Test
    void mergeCandidatesOnTheOverlapCoefficientAreStrongestFirstThenMostSharedThenGroupOrder() {
        GroupOverlaps overlaps = GroupOverlaps.of(Memberships.graph(SMALL));

        assertThat(overlaps.mergeCandidates(OverlapMeasure.OVERLAP, 0.5))
                .extracting(p -> p.groupA() + "-" + p.groupB())
                .containsExactly("board-forum", "board-alliance", "forum-alliance");
        assertThat(overlaps.mergeCandidates(OverlapMeasure.SHARED, 2)).hasSize(1);
        assertThat(overlaps.mergeCandidates(OverlapMeasure.JACCARD, 0.2))
                .extracting(GroupPair::groupB)
                .containsExactly("forum", "alliance", "alliance");
    }

    @Test
    void aRatioThresholdAboveOneIsRefused() {
        GroupOverlaps overlaps = GroupOverlaps.of(Memberships.graph(SMALL));

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> overlaps.mergeCandidates(OverlapMeasure.JACCARD, 1.5));

        assertThat(e).hasMessage("a jaccard threshold must be between 0 and 1, was 1.5");
    }

    @Test
    void aNegativeOrMissingThresholdIsRefused() {
        GroupOverlaps overlaps = GroupOverlaps.of(Memberships.graph(SMALL));

        assertThat(assertThrows(
                        IllegalArgumentException.class, () -> overlaps.mergeCandidates(OverlapMeasure.SHARED, -1)))
                .hasMessage("a shared threshold must be 0 or more, was -1.0");
        assertThat(assertThrows(
                        IllegalArgumentException.class,
                        () -> overlaps.mergeCandidates(OverlapMeasure.OVERLAP, Double.NaN)))
                .hasMessage("a overlap threshold must be between 0 and 1, was NaN");
        assertThat(assertThrows(IllegalArgumentException.class, () -> overlaps.mergeCandidates(null, 0.5)))
                .hasMessage("a merge candidate needs a measure: shared, jaccard or overlap");
    }

    @Test
    void aPartnerListedTwiceInAGroupCountsOnce() {
        PartnershipGraph.Builder b = Memberships.builder(SMALL);
        b.memberships.add(new Membership("d", "forum", Role.CHAIR, Provenance.NONE));
        GroupOverlaps overlaps = GroupOverlaps.of(b.build());

        assertThat(overlaps.size("forum")).isEqualTo(3);
        assertThat(overlaps.pair("forum", "board")).isEqualTo(new GroupPair("board", "forum", 3, 4, 3));
    }

    @Test
    void aPairLookedUpEitherWayRoundOrNotSharingAnyone() {
        GroupOverlaps overlaps = GroupOverlaps.of(Memberships.graph(SMALL));

        assertThat(overlaps.pair("alliance", "forum")).isEqualTo(new GroupPair("forum", "alliance", 1, 3, 2));
        GroupPair none = overlaps.pair("network", "board");
        assertThat(none.shared()).isZero();
        assertThat(none.jaccard()).isZero();
        assertThat(none.overlapCoefficient()).isZero();
        assertThat(assertThrows(IllegalArgumentException.class, () -> overlaps.pair("board", "nope")))
                .hasMessage("no group 'nope' in the graph");
    }

    @Test
    void groupSizesCountEachPartnerOnceAndUnknownGroupsAreEmpty() {
        GroupOverlaps overlaps = GroupOverlaps.of(Memberships.graph(SMALL));

        assertThat(overlaps.size("board")).isEqualTo(4);
        assertThat(overlaps.size("network")).isEqualTo(1);
        assertThat(overlaps.size("nope")).isZero();
    }

    @Test
    void membershipsOfAGroupNotInTheGraphAreLeftOut() {
        PartnershipGraph.Builder b = Memberships.builder(SMALL);
        b.memberships.add(new Membership("a", "elsewhere", Role.MEMBER, Provenance.NONE));
        b.memberships.add(new Membership("b", "elsewhere", Role.MEMBER, Provenance.NONE));

        assertThat(GroupOverlaps.of(b.build()).pairs()).hasSize(3);
    }

    @Test
    void thePairsViewCannotBeChanged() {
        List<GroupPair> pairs = GroupOverlaps.of(Memberships.graph(SMALL)).pairs();

        assertThrows(UnsupportedOperationException.class, () -> pairs.remove(0));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theSparseMethodEqualsTheQuadraticReferenceOnSeededRandomGraphs(long seed) {
        PartnershipGraph graph = Memberships.random(seed, 60, 80, 400);

        List<GroupPair> sparse = GroupOverlaps.of(graph).pairs();
        List<GroupPair> reference = QuadraticOverlaps.groupPairs(graph);

        assertThat(reference).hasSizeGreaterThan(100);
        assertThat(sparse).containsExactlyElementsOf(reference);
    }

    @Test
    void blocksCountedInParallelGiveTheSamePairsInTheSameOrder() {
        MembershipIndex index = MembershipIndex.of(Memberships.random(42, 1000, 2000, 8000));

        PairTable serial = SharedCounts.count(index.membersOfGroup, index.groupsOfPartner, 1, false);
        PairTable parallel = SharedCounts.count(index.membersOfGroup, index.groupsOfPartner, 1, true);

        assertThat(serial.size()).isGreaterThan(SharedCounts.BLOCK_DEFAULT * 10).isEqualTo(parallel.size());
        for (int i = 0; i < serial.size(); i++) {
            assertThat(new int[] {parallel.first(i), parallel.second(i), parallel.count(i)})
                    .containsExactly(serial.first(i), serial.second(i), serial.count(i));
        }
    }

    @Test
    void theKernelRefusesAMinimumBelowOne() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> SharedCounts.count(new int[0][], new int[0][], 0, false));

        assertThat(e).hasMessage("pairs must share at least 1 member, was 0");
    }
}
