package org.partnergraph.launcher;

import java.util.Map;
import java.util.Set;
import org.partnergraph.analytics.influence.InfluenceMap;
import org.partnergraph.analytics.influence.PartnerInfluence;
import org.partnergraph.analytics.influence.Rating;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "scores",
        mixinStandardHelpOptions = true,
        description = "Influence and relationship scores: per partner (largest relationship gap first), or every"
                + " rating with its influence-map quadrant (docs/scoring-influence.md).")
final class ScoresCommand extends AnalysisCommand {

    @Option(
            names = "--threshold",
            paramLabel = "N",
            defaultValue = "3",
            description = "Scores above this are high or good (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--ratings", description = "One row per partner-objective rating instead of per partner.")
    boolean ratings;

    @Override
    void checkOptions() {
        if (!(threshold >= 1 && threshold <= 5)) {
            throw badOption("--threshold must be between 1 and 5 (the scale of influence and quality), not "
                    + Output.text(threshold) + ".");
        }
    }

    @Override
    Integer analyse(PartnershipGraph graph) {
        String objective = filter.objectiveId(graph);
        InfluenceMap map = InfluenceMap.of(graph, threshold, objective == null ? null : Set.of(objective));
        Map<String, String> names = GraphOptions.names(graph);
        Output out;
        if (ratings) {
            out = new Output("objective", "partner", "influence", "quality", "quadrant", "gap");
            for (Rating r : map.ratings()) {
                out.row(
                        names.get(r.objectiveId()),
                        names.get(r.partnerId()),
                        r.source().influence().toString(),
                        r.source().quality().toString(),
                        r.quadrant().label(),
                        r.gap());
            }
        } else {
            out = new Output(
                    "partner", "ratings", "max_influence", "mean_quality", "relationship_gap", "quadrant", "stage_gap");
            for (PartnerInfluence p : map.partners()) {
                out.row(
                        p.partner().name(),
                        p.ratings().size(),
                        p.maxInfluence(),
                        p.meanQuality(),
                        p.relationshipGap(),
                        p.ratings().isEmpty() ? "" : p.quadrant().label(),
                        p.stageGap());
            }
        }
        format.print(out, root.out());
        return ExitCodes.OK;
    }
}
