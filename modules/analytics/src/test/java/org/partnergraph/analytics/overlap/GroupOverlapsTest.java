package org.partnergraph.analytics.overlap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnergraph.model.Group;
import org.partnergraph.model.GroupTheme;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Role;

class GroupOverlapsTest {

    private static PartnershipGraph graph(String[][] groupsAndMembers) {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        for (String[] row : groupsAndMembers) {
            b.groups.add(new Group(row[0], row[0], "", "t", Provenance.NONE));
            for (int i = 1; i < row.length; i++) {
                b.memberships.add(new Membership(row[i], row[0], Role.MEMBER, Provenance.NONE));
            }
        }
        return b.build();
    }

    /** Board {a b c d}, forum {b c d}, alliance {d e}, network {f}. */
    private static final String[][] SMALL = {{"board", "a", "b", "c", "d"}, {"forum", "b", "c", "d"},
        {"alliance", "d", "e"}, {"network", "f"}};

    @Test
    void sharedJaccardAndOverlapCoefficientByHand() {
        List<GroupPair> pairs = GroupOverlaps.of(graph(SMALL)).pairs();

        assertThat(pairs).hasSize(3);
        GroupPair boardForum = pairs.get(0);
        assertThat(boardForum.groupA()).isEqualTo("board");
        assertThat(boardForum.groupB()).isEqualTo("forum");
        assertThat(boardForum.shared()).isEqualTo(3);
        assertThat(boardForum.jaccard()).isEqualTo(3.0 / 4);
        assertThat(boardForum.overlapCoefficient()).isEqualTo(1.0);
        GroupPair boardAlliance = pairs.get(1);
        assertThat(boardAlliance.jaccard()).isEqualTo(1.0 / 5);
        assertThat(boardAlliance.overlapCoefficient()).isEqualTo(1.0 / 2);
    }

    @Test
    void mergeCandidatesAreThePairsAboveTheThresholdStrongestFirst() {
        GroupOverlaps overlaps = GroupOverlaps.of(graph(SMALL));

        assertThat(overlaps.mergeCandidates(OverlapMeasure.JACCARD, 0.5)).extracting(GroupPair::groupB)
                .containsExactly("forum");
        assertThat(overlaps.mergeCandidates(OverlapMeasure.OVERLAP, 0.5)).extracting(GroupPair::groupB)
                .containsExactly("forum", "alliance", "alliance");
        assertThatThrownBy(() -> overlaps.mergeCandidates(OverlapMeasure.JACCARD, 1.5))
                .hasMessage("a jaccard threshold must be between 0 and 1, was 1.5");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theSparseMethodAgreesWithTheQuadraticReferenceOnRandomGraphs(long seed) {
        Random random = new Random(seed);
        int groups = 40;
        String[][] rows = new String[groups][];
        for (int g = 0; g < groups; g++) {
            Set<String> members = new HashSet<>();
            int size = 1 + random.nextInt(15);
            while (members.size() < size) {
                members.add("p" + random.nextInt(60));
            }
            List<String> row = new ArrayList<>();
            row.add("g" + g);
            row.addAll(members);
            rows[g] = row.toArray(String[]::new);
        }

        List<GroupPair> sparse = GroupOverlaps.of(graph(rows)).pairs();

        List<GroupPair> reference = new ArrayList<>();
        for (int a = 0; a < groups; a++) {
            for (int b = a + 1; b < groups; b++) {
                Set<String> ma = Set.of(rows[a]).stream().filter(x -> x.startsWith("p")).collect(java.util.stream.Collectors.toSet());
                Set<String> mb = Set.of(rows[b]).stream().filter(x -> x.startsWith("p")).collect(java.util.stream.Collectors.toSet());
                Set<String> both = new HashSet<>(ma);
                both.retainAll(mb);
                if (!both.isEmpty()) {
                    reference.add(new GroupPair(rows[a][0], rows[b][0], both.size(), ma.size(), mb.size()));
                }
            }
        }
        assertThat(sparse).containsExactlyInAnyOrderElementsOf(reference);
        assertThat(sparse).isNotEmpty();
    }

    @Test
    void aPartnersCoMembersAndTheBridgesBetweenThemes() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        PartnershipGraph g = graph(SMALL);
        b.groups.addAll(g.groups());
        b.memberships.addAll(g.memberships());
        b.groupThemes.add(new GroupTheme("board", "health", Provenance.NONE));
        b.groupThemes.add(new GroupTheme("alliance", "sport", Provenance.NONE));
        b.groupThemes.add(new GroupTheme("forum", "health", Provenance.NONE));
        PartnershipGraph withThemes = b.build();

        var coMembers = PartnerOverlaps.coMembers(withThemes, "d");
        assertThat(coMembers.get(0).partnerId()).isIn("b", "c");
        assertThat(coMembers.get(0).sharedGroups()).containsExactly("board", "forum");
        assertThat(coMembers).extracting(PartnerOverlaps.CoMember::partnerId).containsExactly("b", "c", "a", "e");

        var bridges = PartnerOverlaps.bridges(withThemes, 2);
        assertThat(bridges).hasSize(1);
        assertThat(bridges.get(0).partnerId()).isEqualTo("d");
        assertThat(bridges.get(0).themes()).containsExactly("health", "sport");
        assertThat(bridges.get(0).groups()).isEqualTo(3);
        assertThatThrownBy(() -> PartnerOverlaps.bridges(withThemes, 1)).hasMessage("bridging needs at least 2 themes, was 1");
    }

    @Test
    void groupSizesAreCountedOncePerPartner() {
        GroupOverlaps overlaps = GroupOverlaps.of(graph(SMALL));

        assertThat(overlaps.size("board")).isEqualTo(4);
        assertThat(overlaps.size("nope")).isZero();
        assertThat(overlaps.pairs().get(2).jaccard()).isCloseTo(1.0 / 4, within(1e-12));
    }
}
