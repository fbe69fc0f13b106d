/**
 * Trajectories of indicators: where a measure was, where its targets say it should be, and
 * whether it is getting there.
 *
 * <p>For one indicator's measurements (one series per area; the whole-area series has an empty
 * area id, see {@link org.partnergraph.analytics.trajectory.MeasurementSeries}):
 * <ul>
 *   <li>{@link org.partnergraph.analytics.trajectory.TargetPath}: the line from the latest
 *       baseline through each target, interpolated by date;</li>
 *   <li>{@link org.partnergraph.analytics.trajectory.StatusRule}: the latest actual against that
 *       path, giving a {@link org.partnergraph.analytics.trajectory.TrajectoryStatus};</li>
 *   <li>{@link org.partnergraph.analytics.trajectory.DirectionOfTravel}: the last two values,
 *       giving a {@link org.partnergraph.analytics.trajectory.Direction};</li>
 *   <li>{@link org.partnergraph.analytics.trajectory.LeastSquaresLine}: the observed values'
 *       regression on date, extended to the final target as a
 *       {@link org.partnergraph.analytics.trajectory.Forecast};</li>
 *   <li>{@link org.partnergraph.analytics.trajectory.XmrAnalysis}: an XmR (individuals and moving
 *       range) control chart with its special causes, or a note that there are too few points.</li>
 * </ul>
 * {@link org.partnergraph.analytics.trajectory.TrajectoryAnalysis} bundles these into a
 * {@link org.partnergraph.analytics.trajectory.Trajectory} per indicator and area, and
 * {@link org.partnergraph.analytics.trajectory.Trajectories} holds them for a whole graph, to be
 * sorted and filtered by status. Formulas and worked examples: {@code docs/scoring-trajectories.md}.
 *
 * <p>Depends on the model only: no Swing, no database. Every type here is immutable, and every
 * algorithm object can be shared between threads.
 */
package org.partnergraph.analytics.trajectory;
