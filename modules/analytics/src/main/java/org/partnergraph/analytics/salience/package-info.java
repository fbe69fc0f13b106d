/** Stakeholder salience after Mitchell, Agle and Wood (1997): power, legitimacy, urgency and the seven classes (docs/scoring-resilience.md). */
package org.partnergraph.analytics.salience;
