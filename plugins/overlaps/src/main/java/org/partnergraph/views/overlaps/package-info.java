/**
 * Overlaps: group-by-group overlap heat map ordered by similarity, merge candidates, shared members, co-membership and bridging partners.
 * A built-in view, built against {@code plugin-api} only, like a third party's.
 */
package org.partnergraph.views.overlaps;
