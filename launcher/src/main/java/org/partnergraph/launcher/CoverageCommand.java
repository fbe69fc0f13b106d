package org.partnergraph.launcher;

import org.partnergraph.analytics.coverage.CoverageGaps;
import org.partnergraph.analytics.coverage.Gap;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        description = "Coverage gaps: objectives and indicators with no lead, a single supporting partner or an only"
                + " lead with a weak relationship; themes no group works on; groups whose members cover none of"
                + " their theme's indicators (docs/scoring-resilience.md).")
final class CoverageCommand extends AnalysisCommand {

    @Option(
            names = "--weak-quality",
            paramLabel = "Q",
            defaultValue = "2",
            description = "A relationship quality at or below this is weak (default: ${DEFAULT-VALUE}).")
    double weakQuality;

    @Override
    Integer analyse(PartnershipGraph graph) {
        CoverageGaps gaps = CoverageGaps.of(graph, weakQuality);
        root.err().println("Coverage gaps: " + gaps.gaps().size() + ".");
        format.print(table(gaps), root.out());
        return ExitCodes.OK;
    }

    static Output table(CoverageGaps gaps) {
        Output out = new Output("subject", "id", "name", "gap", "detail");
        for (Gap g : gaps.gaps()) {
            out.row(g.subject().label(), g.id(), g.name(), g.reason().label(), g.detail());
        }
        return out;
    }
}
