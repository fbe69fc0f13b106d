package org.partnergraph.launcher;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnergraph.analytics.community.InformalClusters;
import org.partnergraph.analytics.community.Louvain;
import org.partnergraph.analytics.resilience.PartnerNetwork;
import org.partnergraph.model.Group;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "clusters",
        mixinStandardHelpOptions = true,
        description = "Informal clusters: Louvain communities of the weighted partner network, with the modularity,"
                + " set against the formal groups (docs/scoring-resilience.md).")
final class ClustersCommand extends AnalysisCommand {

    @Option(
            names = "--resolution",
            paramLabel = "G",
            defaultValue = "1",
            description =
                    "Modularity's resolution: above 1 smaller clusters, below 1 larger (default: ${DEFAULT-VALUE}).")
    double resolution;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "" + Louvain.SEED_DEFAULT,
            description = "Seed of the order nodes are visited in (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    Integer analyse(PartnershipGraph graph) {
        PartnerNetwork network = PartnerNetwork.of(graph);
        Louvain louvain = new Louvain(network.graph(), resolution, seed, Louvain.MAX_PASSES_DEFAULT);
        InformalClusters clusters = InformalClusters.of(graph, network.ids(), louvain);
        root.err()
                .println(String.format(
                        Locale.ROOT,
                        "Louvain: %d communities among %d partners, modularity %s; %d clusters of two or more.",
                        clusters.communities(),
                        network.size(),
                        Output.text(clusters.modularity()),
                        clusters.clusters().size()));
        format.print(table(clusters, GraphOptions.names(graph)), root.out());
        return ExitCodes.OK;
    }

    static Output table(InformalClusters clusters, Map<String, String> names) {
        Output out = new Output(
                "cluster",
                "size",
                "partners",
                "shared_groups",
                "best_group",
                "jaccard",
                "held_by_one_group",
                "summary");
        int n = 0;
        for (InformalClusters.Cluster c : clusters.clusters()) {
            List<String> partners = c.partnerIds().stream()
                    .map(id -> names.getOrDefault(id, id))
                    .toList();
            Group best = c.bestGroup();
            out.row(
                    ++n,
                    c.partnerIds().size(),
                    String.join("; ", partners),
                    c.sharedGroups().size(),
                    best == null ? "" : best.name(),
                    c.bestJaccard(),
                    c.heldByOneGroup() ? "yes" : "no",
                    c.summary());
        }
        return out;
    }
}
