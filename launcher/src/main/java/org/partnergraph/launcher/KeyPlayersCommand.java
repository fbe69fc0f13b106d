package org.partnergraph.launcher;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnergraph.analytics.resilience.Connectivity;
import org.partnergraph.analytics.resilience.CutVertices;
import org.partnergraph.analytics.resilience.Irreplaceability;
import org.partnergraph.analytics.resilience.Irreplaceability.Irreplaceable;
import org.partnergraph.analytics.resilience.KeyPlayers;
import org.partnergraph.analytics.resilience.PartnerNetwork;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "keyplayers",
        mixinStandardHelpOptions = true,
        description = "The k partners whose leaving fragments the partner network most (Borgatti's KPP-Neg), the"
                + " articulation points, and every partner's irreplaceability with its reasons"
                + " (docs/scoring-resilience.md).")
final class KeyPlayersCommand extends AnalysisCommand {

    @Option(
            names = "--k",
            paramLabel = "N",
            defaultValue = "" + KeyPlayers.K_DEFAULT,
            description = "How many key players (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(
            names = "--restarts",
            paramLabel = "N",
            defaultValue = "" + KeyPlayers.RESTARTS_DEFAULT,
            description = "Random starting sets tried besides greedy's (default: ${DEFAULT-VALUE}; 0 for greedy with"
                    + " swaps alone).")
    int restarts;

    @Override
    Integer analyse(PartnershipGraph graph) {
        PartnerNetwork network = PartnerNetwork.of(graph);
        if (network.size() == 0) {
            throw new IllegalArgumentException(
                    "The graph read has no partner network: no memberships and no partner ties.");
        }
        if (k < 1 || k > network.size()) {
            throw new IllegalArgumentException(
                    "--k must be between 1 and " + network.size() + " (the partners in the network), was " + k + ".");
        }
        KeyPlayers players = new KeyPlayers(
                network.graph(), k, KeyPlayers.MAX_SWAP_PASSES_DEFAULT, restarts, KeyPlayers.SEED_DEFAULT);
        List<Irreplaceable> all = Irreplaceability.of(graph, network, players);
        Connectivity before = Connectivity.of(network.graph());
        root.err()
                .println(String.format(
                        Locale.ROOT,
                        "Key players (k = %d): fragmentation %s without them, %s now (greedy alone %s, %d swaps);"
                                + " %d articulation points.",
                        k,
                        Output.text(players.fragmentation()),
                        Output.text(before.fragmentation()),
                        Output.text(players.greedyFragmentation()),
                        players.swaps(),
                        new CutVertices(network.graph()).articulationPoints().length));
        format.print(table(network, players, all), root.out());
        return ExitCodes.OK;
    }

    static Output table(PartnerNetwork network, KeyPlayers players, List<Irreplaceable> all) {
        int[] chosen = players.players();
        Map<String, Integer> rank = new HashMap<>();
        Map<String, Double> after = new HashMap<>();
        boolean[] mask = new boolean[network.size()];
        for (int i = 0; i < chosen.length; i++) {
            mask[chosen[i]] = true;
            rank.put(network.id(chosen[i]), i + 1);
            after.put(
                    network.id(chosen[i]),
                    Connectivity.of(network.graph(), mask).fragmentation());
        }
        CutVertices cut = new CutVertices(network.graph());
        Output out = new Output(
                "partner_id",
                "partner",
                "key_player",
                "fragmentation_without",
                "articulation_point",
                "pairs_cut",
                "score",
                "reasons");
        for (Irreplaceable i : all) {
            String id = i.partner().id();
            Integer v = network.node(id).orElse(null);
            boolean articulation = v != null && cut.isArticulationPoint(v);
            out.row(
                    id,
                    i.partner().name(),
                    rank.get(id),
                    after.get(id),
                    articulation ? "yes" : "no",
                    articulation ? cut.connectedPairs() - cut.connectedPairsWithout(v) : 0L,
                    i.score(),
                    String.join("; ", i.reasons()));
        }
        return out;
    }
}
