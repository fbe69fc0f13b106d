package org.partnergraph.analytics.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.community.InformalClusters.Cluster;
import org.partnergraph.analytics.resilience.Graphs;
import org.partnergraph.analytics.resilience.PartnerNetwork;
import org.partnergraph.model.Group;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Role;

class InformalClustersTest {

    /**
     * Two tight clusters: a, b, c share the groups x1, x2 and x3 pairwise but no group holds all three;
     * d, e, f all sit in y; one member each of the clusters meet in the board z.
     */
    static PartnershipGraph twoClusters() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        for (String g : List.of("x1", "x2", "x3", "y", "z")) {
            b.groups.add(new Group(g, "Group " + g, "group", List.of(), "t", null));
        }
        String[][] ms = {
            {"a", "x1"},
            {"b", "x1"},
            {"b", "x2"},
            {"c", "x2"},
            {"a", "x3"},
            {"c", "x3"},
            {"a", "x1"},
            {"d", "y"},
            {"e", "y"},
            {"f", "y"},
            {"c", "z"},
            {"d", "z"}
        };
        for (String[] m : ms) {
            b.memberships.add(new Membership(m[0], m[1], Role.MEMBER, null));
        }
        return b.build();
    }

    @Test
    void clustersAreComparedWithTheFormalGroups() {
        PartnershipGraph graph = twoClusters();
        PartnerNetwork network = PartnerNetwork.of(graph);
        InformalClusters clusters = InformalClusters.of(graph, network.ids(), new Louvain(network.graph()));
        assertThat(clusters.clusters()).hasSize(2);
        Cluster abc = clusters.clusters().stream()
                .filter(c -> c.partnerIds().contains("a"))
                .findFirst()
                .orElseThrow();
        assertThat(abc.partnerIds()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(abc.heldByOneGroup()).isFalse();
        assertThat(abc.sharedGroups()).extracting(Group::id).containsExactlyInAnyOrder("x1", "x2", "x3");
        assertThat(abc.summary()).isEqualTo("these 3 partners work together in 3 groups but no group holds them all");
        Cluster def = clusters.clusters().stream()
                .filter(c -> c.partnerIds().contains("d"))
                .findFirst()
                .orElseThrow();
        assertThat(def.summary()).isEqualTo("these 3 partners all sit in Group y");
        assertThat(def.bestJaccard()).isEqualTo(1.0);
        // 7 edges of weight 1 (a-b, b-c, a-c, d-e, e-f, d-f, c-d): Q = 2 (6/14 - (7/14)^2) = 5/14
        assertThat(clusters.modularity()).isCloseTo(5 / 14.0, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void hertfordshireHasClustersWithAPositiveModularity() {
        PartnershipGraph herts = Graphs.hertfordshire();
        PartnerNetwork network = PartnerNetwork.of(herts);
        InformalClusters clusters = InformalClusters.of(herts, network.ids(), new Louvain(network.graph()));
        assertThat(clusters.modularity()).isGreaterThan(0.2);
        assertThat(clusters.clusters()).isNotEmpty();
        assertThat(clusters.clusters().stream()
                        .mapToInt(c -> c.partnerIds().size())
                        .sum())
                .isLessThanOrEqualTo(network.size());
    }
}
