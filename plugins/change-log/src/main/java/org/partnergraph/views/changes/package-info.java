/**
 * Change log: every change of the history the workbench holds (ratings, stages, memberships,
 * measurements) with its valid date, who recorded it and when, before and after; filters, CSV
 * export, and revert as a new assessment. A built-in view, built against the plugin API only.
 */
package org.partnergraph.views.changes;
