package org.partnergraph.views.trajectories;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partnergraph.analytics.trajectory.DatedValue;
import org.partnergraph.analytics.trajectory.Trajectory;

/** The dashboard's CSV export: one row per tile shown, with its status and Making Data Count icons. */
final class DashboardCsv {

    private DashboardCsv() {}

    static List<List<String>> rows(List<Tile> tiles) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of(
                "indicator_id",
                "indicator",
                "area",
                "unit",
                "polarity",
                "status",
                "latest_actual",
                "latest_date",
                "next_target",
                "direction",
                "variation",
                "assurance"));
        for (Tile t : tiles) {
            Trajectory tr = t.trajectory();
            out.add(List.of(
                    tr.indicatorId(),
                    t.label(),
                    tr.areaId(),
                    Objects.toString(tr.indicator().unit(), ""),
                    tr.polarity().code(),
                    tr.status().label(),
                    tr.latestActual().map(a -> ChartData.number(a.value())).orElse(""),
                    tr.latestActual()
                            .map(DatedValue::date)
                            .map(Object::toString)
                            .orElse(""),
                    t.nextTarget(),
                    tr.direction().label(),
                    t.mdc().map(s -> s.variation().label()).orElse(""),
                    t.mdc().map(s -> s.assurance().label()).orElse("")));
        }
        return out;
    }
}
