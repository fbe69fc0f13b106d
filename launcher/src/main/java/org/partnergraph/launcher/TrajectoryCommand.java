package org.partnergraph.launcher;

import java.util.List;
import org.partnergraph.analytics.trajectory.DatedValue;
import org.partnergraph.analytics.trajectory.Trajectory;
import org.partnergraph.analytics.trajectory.TrajectoryAnalysis;
import org.partnergraph.analytics.trajectory.XmrChart;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "trajectory",
        mixinStandardHelpOptions = true,
        description = "One indicator: its baselines, targets and actuals against the target path; status, direction,"
                + " forecast and XmR control, per area.")
final class TrajectoryCommand extends AnalysisCommand {

    @Parameters(
            paramLabel = "ID",
            description = "The indicator: full id (hertfordshire:ni-193), local id, or code (\"NI 193\").")
    String id;

    @Override
    Integer analyse(PartnershipGraph graph) {
        Indicator indicator = GraphOptions.resolve(graph, id, graph.indicators());
        List<Measurement> measurements = graph.measurementsOf(indicator.id());
        if (measurements.isEmpty()) {
            root.err().println(indicator.label() + " has no baselines, targets or actuals.");
            return ExitCodes.BAD_INPUT;
        }
        Output out = new Output("area", "kind", "period", "date", "value", "target_path", "note");
        List<Trajectory> trajectories = new TrajectoryAnalysis().analyse(indicator, measurements);
        for (Trajectory t : trajectories) {
            for (Measurement m : measurements) {
                if (!m.areaId().equals(t.areaId())) {
                    continue;
                }
                var date = m.period().pointInTime();
                Double path = t.targetPath()
                        .flatMap(p -> {
                            var v = p.expectedAt(date);
                            return v.isPresent() ? java.util.Optional.of(v.getAsDouble()) : java.util.Optional.empty();
                        })
                        .orElse(null);
                out.row(
                        t.areaId(),
                        m.kind().code(),
                        m.period().text(),
                        date.toString(),
                        m.value(),
                        path,
                        m.provenance().note());
            }
            summary(out, t);
        }
        format.notes(root.out(), root.err())
                .println(indicator.label() + " (" + indicator.unit() + ", "
                        + indicator.polarity().code() + " is better)");
        format.print(out, root.out());
        return ExitCodes.OK;
    }

    private static void summary(Output out, Trajectory t) {
        String area = t.areaId();
        out.row(
                area,
                "status",
                "",
                t.latestActual().map(DatedValue::date).map(Object::toString).orElse(""),
                t.latestActual().map(DatedValue::value).orElse(null),
                t.expected().isPresent() ? t.expected().getAsDouble() : null,
                t.status().label());
        out.row(area, "direction", "", "", null, null, t.direction().label());
        t.forecast()
                .ifPresent(f -> out.row(
                        area,
                        "forecast",
                        "",
                        f.date().toString(),
                        f.value(),
                        f.target(),
                        f.meetsTarget() ? "meets the final target" : "misses the final target"));
        out.row(
                area,
                "xmr",
                "",
                "",
                t.control() instanceof XmrChart c ? c.mean() : null,
                null,
                t.control().summary());
    }
}
