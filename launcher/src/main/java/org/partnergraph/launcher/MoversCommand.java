package org.partnergraph.launcher;

import org.partnergraph.analytics.movers.IndicatorMovers;
import org.partnergraph.analytics.movers.Mover;
import org.partnergraph.analytics.network.NetworkPosition;
import org.partnergraph.analytics.network.PartnerPosition;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "movers",
        mixinStandardHelpOptions = true,
        description = "Who can move an indicator: partners ranked by role, influence and network position, with"
                + " reasons (docs/scoring-network.md).")
final class MoversCommand extends AnalysisCommand {

    @Parameters(paramLabel = "ID", description = "The indicator: full id, local id, or code (\"NI 8\").")
    String id;

    @Override
    Integer analyse(PartnershipGraph graph) {
        Indicator indicator = GraphOptions.resolve(graph, id, graph.indicators());
        NetworkPosition position = NetworkPosition.of(graph);
        Output out = new Output("partner", "score", "pagerank", "betweenness", "reasons");
        var partners = graph.partnersById();
        for (Mover m : IndicatorMovers.rank(graph, indicator.id(), position)) {
            var pos = position.of(m.partnerId());
            out.row(
                    partners.get(m.partnerId()).name(),
                    m.score(),
                    pos.map(PartnerPosition::pageRank).orElse(null),
                    pos.map(PartnerPosition::betweenness).orElse(null),
                    String.join("; ", m.reasons()));
        }
        format.notes(root.out(), root.err()).println("Who can move " + indicator.label());
        format.print(out, root.out());
        return ExitCodes.OK;
    }
}
