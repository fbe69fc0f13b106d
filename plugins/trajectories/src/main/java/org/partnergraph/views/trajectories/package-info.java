/**
 * Indicator trajectories: one indicator's baselines, target path, targets, actuals, forecast and XmR limits; a dashboard of every indicator; who can move it.
 * A built-in view, built against {@code plugin-api} only, like a third party's.
 */
package org.partnergraph.views.trajectories;
