package org.partnergraph.launcher;

import java.util.Set;
import org.partnergraph.analytics.trajectory.Trajectories;
import org.partnergraph.analytics.trajectory.Trajectory;
import org.partnergraph.analytics.trajectory.TrajectoryAnalysis;
import org.partnergraph.analytics.trajectory.TrajectoryStatus;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "trajectories",
        mixinStandardHelpOptions = true,
        description = "Every indicator's status against its target path, worst first (docs/scoring-trajectories.md).")
final class TrajectoriesCommand extends AnalysisCommand {

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            split = ",",
            description = "Only these statuses: ${COMPLETION-CANDIDATES}.")
    TrajectoryStatus[] statuses;

    @Override
    Integer analyse(PartnershipGraph graph) {
        Set<String> wanted = filter.indicatorIds(graph);
        Trajectories all = new TrajectoryAnalysis().analyse(graph).sortedByStatus();
        if (statuses != null) {
            all = all.withStatus(statuses);
        }
        Output out = new Output(
                "indicator",
                "area",
                "unit",
                "polarity",
                "latest_actual",
                "period_end",
                "expected",
                "status",
                "direction",
                "forecast",
                "final_target",
                "forecast_meets_target");
        for (Trajectory t : all.all()) {
            if (!wanted.contains(t.indicatorId())) {
                continue;
            }
            out.row(
                    t.indicator().label(),
                    t.areaId(),
                    t.indicator().unit(),
                    t.polarity().code(),
                    t.latestActual().map(v -> v.value()).orElse(null),
                    t.latestActual().map(v -> v.date().toString()).orElse(""),
                    t.expected().isPresent() ? t.expected().getAsDouble() : null,
                    t.status().label(),
                    t.direction().label(),
                    t.forecast().map(f -> f.value()).orElse(null),
                    t.forecast().map(f -> f.target()).orElse(null),
                    t.forecast().map(f -> f.meetsTarget() ? "yes" : "no").orElse(""));
        }
        format.print(out, root.out());
        return ExitCodes.OK;
    }
}
