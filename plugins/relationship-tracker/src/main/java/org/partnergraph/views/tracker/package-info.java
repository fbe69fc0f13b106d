/**
 * Relationship tracker: the engagement tracker as an editable table: stakeholder, lead, stage now and wanted, priority, background, actions.
 * A built-in view, built against {@code plugin-api} only, like a third party's.
 */
package org.partnergraph.views.tracker;
