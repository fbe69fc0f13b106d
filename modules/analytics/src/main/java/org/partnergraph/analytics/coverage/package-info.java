/** Coverage gaps: outcomes, indicators, themes and groups that hang on nobody or on one partner (docs/scoring-resilience.md). */
package org.partnergraph.analytics.coverage;
