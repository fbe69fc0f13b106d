/**
 * Influence map: the power/relationship grid of partner-objective ratings with quadrants, and the ranked partner table.
 * A built-in view, built against {@code plugin-api} only, like a third party's.
 */
package org.partnergraph.views.influence;
