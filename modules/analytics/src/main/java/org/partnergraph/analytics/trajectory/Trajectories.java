package org.partnergraph.analytics.trajectory;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.partnergraph.model.PartnershipGraph;

/**
 * The trajectories of a whole graph, as a table to sort and filter: the entry point for the
 * command line ({@code trajectory}) and the trajectory view.
 *
 * <pre>{@code
 * Trajectories all = Trajectories.of(graph);
 * Trajectories worry = all.withStatus(TrajectoryStatus.OFF_TRACK, TrajectoryStatus.AT_RISK).sortedByStatus();
 * }</pre>
 *
 * @param all the trajectories, in the order they were computed (graph order of indicators, whole area first)
 */
public record Trajectories(List<Trajectory> all) {

    /** Worst status first ({@link TrajectoryStatus} order), then by label, then by area. */
    public static final Comparator<Trajectory> BY_STATUS = Comparator.comparing(Trajectory::status)
            .thenComparing(Trajectory::label, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Trajectory::indicatorId)
            .thenComparing(Trajectory::areaId);

    public Trajectories {
        all = List.copyOf(all);
    }

    /** Every indicator of {@code graph}, with the default settings ({@link TrajectoryAnalysis#TrajectoryAnalysis()}). */
    public static Trajectories of(PartnershipGraph graph) {
        return new TrajectoryAnalysis().analyse(graph);
    }

    /** Those with one of the given statuses, in the same order. */
    public Trajectories withStatus(TrajectoryStatus... statuses) {
        Set<TrajectoryStatus> wanted =
                statuses.length == 0 ? EnumSet.noneOf(TrajectoryStatus.class) : EnumSet.copyOf(Arrays.asList(statuses));
        return new Trajectories(
                all.stream().filter(t -> wanted.contains(t.status())).toList());
    }

    /** Those of the whole area only, leaving out the per-area series. */
    public Trajectories wholeAreaOnly() {
        return new Trajectories(
                all.stream().filter(t -> t.series().isWholeArea()).toList());
    }

    /** Those of one indicator, whole area first. */
    public Trajectories forIndicator(String indicatorId) {
        Objects.requireNonNull(indicatorId, "indicatorId");
        return new Trajectories(
                all.stream().filter(t -> t.indicatorId().equals(indicatorId)).toList());
    }

    /** The same trajectories sorted by {@link #BY_STATUS}: off track first. */
    public Trajectories sortedByStatus() {
        return sorted(BY_STATUS);
    }

    public Trajectories sorted(Comparator<? super Trajectory> order) {
        return new Trajectories(all.stream().sorted(order).toList());
    }

    /** How many trajectories have each status; every status is a key, zero where none. */
    public Map<TrajectoryStatus, Integer> countByStatus() {
        Map<TrajectoryStatus, Integer> counts = new EnumMap<>(TrajectoryStatus.class);
        for (TrajectoryStatus s : TrajectoryStatus.values()) {
            counts.put(s, 0);
        }
        all.forEach(t -> counts.merge(t.status(), 1, Integer::sum));
        return counts;
    }

    public int size() {
        return all.size();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
