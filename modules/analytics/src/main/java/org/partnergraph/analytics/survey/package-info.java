/**
 * Partnership surveys scored by the PARTNER-tool method (Varda et al.): each responding organisation
 * names the others it works with, the kinds of tie, and rates each on three trust and three value
 * dimensions, 1 to 4.
 *
 * <ul>
 *   <li>{@link org.partnergraph.analytics.survey.Survey}: one wave, its organisations and
 *       {@link org.partnergraph.analytics.survey.SurveyTie}s;</li>
 *   <li>{@link org.partnergraph.analytics.survey.SurveyScores}: per organisation the mean rating received
 *       on each {@link org.partnergraph.analytics.survey.Dimension}, trust and value scores, degree and
 *       relative connectivity; for the network (and each tie kind) density, Freeman degree
 *       centralisation and reciprocity;</li>
 *   <li>{@link org.partnergraph.analytics.survey.WaveComparison}: the change between two waves.</li>
 * </ul>
 *
 * <p>docs/scoring-survey.md gives each formula, its source and a worked example.
 */
package org.partnergraph.analytics.survey;
