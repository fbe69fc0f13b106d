package org.partnergraph.analytics.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergraph.analytics.trajectory.Seeds.m;

import org.junit.jupiter.api.Test;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Polarity;

class TrajectoriesTest {

    /** Four indicators: NI 193 at risk, "a" off track, "b" on track, "c" with no measurements at all. */
    private static PartnershipGraph graph() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.indicators.add(Seeds.ni193());
        b.measurements.addAll(Seeds.ni193With(Seeds.actual("2009/10", 55.30)));
        b.indicators.add(Seeds.indicator("c", Polarity.HIGHER_IS_BETTER));
        b.indicators.add(Seeds.indicator("b", Polarity.HIGHER_IS_BETTER));
        b.measurements.add(m("b", MeasurementKind.BASELINE, "2008/09", 50));
        b.measurements.add(m("b", MeasurementKind.TARGET, "2009/10", 60));
        b.measurements.add(m("b", MeasurementKind.ACTUAL, "2009/10", 61));
        b.indicators.add(Seeds.indicator("a", Polarity.HIGHER_IS_BETTER));
        b.measurements.add(m("a", MeasurementKind.BASELINE, "2008/09", 50));
        b.measurements.add(m("a", MeasurementKind.TARGET, "2009/10", 60));
        b.measurements.add(m("a", MeasurementKind.ACTUAL, "2009/10", 52));
        return b.build();
    }

    private final Trajectories all = Trajectories.of(graph());

    @Test
    void everyIndicatorGetsAStatusInGraphOrder() {
        assertThat(all.all()).extracting(Trajectory::indicatorId).containsExactly("ni-193", "c", "b", "a");
        assertThat(all.all())
                .extracting(Trajectory::status)
                .containsExactly(
                        TrajectoryStatus.AT_RISK,
                        TrajectoryStatus.NO_TARGET,
                        TrajectoryStatus.ON_TRACK,
                        TrajectoryStatus.OFF_TRACK);
    }

    @Test
    void anIndicatorWithoutMeasurementsHasNoTargetAndNothingElse() {
        Trajectory c = all.forIndicator("c").all().get(0);

        assertThat(c.series().isEmpty()).isTrue();
        assertThat(c.direction()).isEqualTo(Direction.UNKNOWN);
        assertThat(c.forecast()).isEmpty();
        assertThat(c.control().computed()).isFalse();
    }

    @Test
    void sortedByStatusPutsOffTrackFirstAndUnjudgedLast() {
        assertThat(all.sortedByStatus().all())
                .extracting(Trajectory::indicatorId)
                .containsExactly("a", "ni-193", "b", "c");
    }

    @Test
    void filteredByStatusKeepsOnlyThoseStatuses() {
        assertThat(all.withStatus(TrajectoryStatus.OFF_TRACK, TrajectoryStatus.AT_RISK)
                        .all())
                .extracting(Trajectory::indicatorId)
                .containsExactly("ni-193", "a");
        assertThat(all.withStatus().isEmpty()).isTrue();
    }

    @Test
    void countsEveryStatusIncludingThoseWithNone() {
        assertThat(all.countByStatus())
                .containsEntry(TrajectoryStatus.OFF_TRACK, 1)
                .containsEntry(TrajectoryStatus.AT_RISK, 1)
                .containsEntry(TrajectoryStatus.ON_TRACK, 1)
                .containsEntry(TrajectoryStatus.NO_DATA, 0)
                .containsEntry(TrajectoryStatus.NO_TARGET, 1);
    }

    @Test
    void anEmptyGraphHasNoTrajectories() {
        assertThat(Trajectories.of(PartnershipGraph.EMPTY).isEmpty()).isTrue();
    }
}
