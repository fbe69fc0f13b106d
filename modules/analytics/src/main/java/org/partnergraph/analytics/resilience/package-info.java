/**
 * Resilience of a partnership: the partner network, Borgatti's fragmentation and key players,
 * articulation points, what-if a partner leaves, and each partner's irreplaceability
 * (docs/scoring-resilience.md).
 */
package org.partnergraph.analytics.resilience;
