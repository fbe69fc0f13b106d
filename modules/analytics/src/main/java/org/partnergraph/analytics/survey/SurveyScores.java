package org.partnergraph.analytics.survey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PARTNER-tool scores of one survey wave (Varda, Chandra, Stern and Lurie 2008; Varda et al. 2012)
 * and Freeman's (1978) degree centralisation. docs/scoring-survey.md gives the formulas and a worked
 * example. Cost: linear in ties, plus n for the network figures.
 */
public final class SurveyScores {

    /** The kind name of the figures over all ties. */
    public static final String ALL = "all";

    private final Survey survey;
    private List<OrganisationScore> organisations;

    public SurveyScores(Survey survey) {
        this.survey = survey;
    }

    /** Per organisation, in the survey's order. */
    public List<OrganisationScore> organisations() {
        if (organisations == null) {
            organisations = computeOrganisations();
        }
        return organisations;
    }

    /** The network figures over every tie. */
    public NetworkScore network() {
        return network(survey, ALL);
    }

    /** The network figures for each tie kind, by kind name in order. */
    public List<NetworkScore> byKind() {
        List<NetworkScore> out = new ArrayList<>();
        for (String kind : survey.kinds()) {
            out.add(network(survey.ofKind(kind), kind));
        }
        return out;
    }

    private List<OrganisationScore> computeOrganisations() {
        Map<String, Map<Dimension, double[]>> sums = new HashMap<>();
        Map<String, Integer> in = new HashMap<>();
        Map<String, Integer> out = new HashMap<>();
        for (SurveyTie t : survey.ties()) {
            in.merge(t.to(), 1, Integer::sum);
            out.merge(t.from(), 1, Integer::sum);
            Map<Dimension, double[]> s = sums.computeIfAbsent(t.to(), k -> new EnumMap<>(Dimension.class));
            t.ratings().forEach((d, v) -> {
                double[] acc = s.computeIfAbsent(d, k -> new double[2]);
                acc[0] += v;
                acc[1]++;
            });
        }
        Map<String, Set<String>> neighbours = neighbours(survey);
        List<String> orgs = survey.organisations();
        double[] connectivity = new double[orgs.size()];
        List<OrganisationScore> partial = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            String org = orgs.get(i);
            Map<Dimension, Double> means = new EnumMap<>(Dimension.class);
            sums.getOrDefault(org, Map.of()).forEach((d, acc) -> means.put(d, acc[0] / acc[1]));
            double trust = meanOf(means, true);
            double value = meanOf(means, false);
            int degree = neighbours.getOrDefault(org, Set.of()).size();
            connectivity[i] = degree * (zeroIfNaN(trust) + zeroIfNaN(value)) / 2;
            partial.add(new OrganisationScore(
                    org,
                    Map.copyOf(means),
                    trust,
                    value,
                    in.getOrDefault(org, 0),
                    out.getOrDefault(org, 0),
                    degree,
                    0));
        }
        double max = 0;
        for (double c : connectivity) {
            max = Math.max(max, c);
        }
        List<OrganisationScore> result = new ArrayList<>();
        for (int i = 0; i < partial.size(); i++) {
            OrganisationScore p = partial.get(i);
            result.add(new OrganisationScore(
                    p.organisation(),
                    p.means(),
                    p.trust(),
                    p.value(),
                    p.degreeIn(),
                    p.degreeOut(),
                    p.degree(),
                    max == 0 ? 0 : connectivity[i] / max));
        }
        return List.copyOf(result);
    }

    private static double meanOf(Map<Dimension, Double> means, boolean trust) {
        double sum = 0;
        int n = 0;
        for (Map.Entry<Dimension, Double> e : means.entrySet()) {
            if (e.getKey().isTrust() == trust) {
                sum += e.getValue();
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static Map<String, Set<String>> neighbours(Survey s) {
        Map<String, Set<String>> out = new HashMap<>();
        for (SurveyTie t : s.ties()) {
            out.computeIfAbsent(t.from(), k -> new HashSet<>()).add(t.to());
            out.computeIfAbsent(t.to(), k -> new HashSet<>()).add(t.from());
        }
        return out;
    }

    static NetworkScore network(Survey s, String kind) {
        int n = s.organisations().size();
        Set<String> directed = new HashSet<>();
        for (SurveyTie t : s.ties()) {
            directed.add(t.from() + "\u0000" + t.to());
        }
        int pairs = 0;
        int mutual = 0;
        Set<String> seen = new HashSet<>();
        for (SurveyTie t : s.ties()) {
            String a = t.from().compareTo(t.to()) < 0 ? t.from() : t.to();
            String b = a.equals(t.from()) ? t.to() : t.from();
            if (seen.add(a + "\u0000" + b)) {
                pairs++;
                if (directed.contains(a + "\u0000" + b) && directed.contains(b + "\u0000" + a)) {
                    mutual++;
                }
            }
        }
        Map<String, Set<String>> neighbours = neighbours(s);
        int max = 0;
        long sum = 0;
        for (String org : s.organisations()) {
            int d = neighbours.getOrDefault(org, Set.of()).size();
            max = Math.max(max, d);
            sum += d;
        }
        double centralisation = n < 3 ? 0 : ((double) n * max - sum) / ((double) (n - 1) * (n - 2));
        double density = n < 2 ? 0 : pairs / (n * (n - 1) / 2.0);
        return new NetworkScore(
                kind, n, s.ties().size(), pairs, density, centralisation, pairs == 0 ? 0 : (double) mutual / pairs);
    }
}
