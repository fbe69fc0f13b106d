package org.partnergraph.analytics.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The change from one survey wave to a later one: per organisation in either wave, its trust, value and
 * degree then and now; for the network, density, centralisation and reciprocity then and now.
 */
public final class WaveComparison {

    /** One organisation's move; {@code then} or {@code now} is null where it was not in that wave. */
    public record Change(String organisation, OrganisationScore then, OrganisationScore now) {

        public double trustChange() {
            return score(now, true) - score(then, true);
        }

        public double valueChange() {
            return score(now, false) - score(then, false);
        }

        public int degreeChange() {
            return (now == null ? 0 : now.degree()) - (then == null ? 0 : then.degree());
        }

        private static double score(OrganisationScore s, boolean trust) {
            return s == null ? Double.NaN : trust ? s.trust() : s.value();
        }
    }

    private final SurveyScores then;
    private final SurveyScores now;

    public WaveComparison(Survey then, Survey now) {
        this.then = new SurveyScores(then);
        this.now = new SurveyScores(now);
    }

    public NetworkScore networkThen() {
        return then.network();
    }

    public NetworkScore networkNow() {
        return now.network();
    }

    /** Organisations of the earlier wave first, then those new in the later one. */
    public List<Change> changes() {
        Map<String, OrganisationScore[]> both = new LinkedHashMap<>();
        for (OrganisationScore s : then.organisations()) {
            both.computeIfAbsent(s.organisation(), k -> new OrganisationScore[2])[0] = s;
        }
        for (OrganisationScore s : now.organisations()) {
            both.computeIfAbsent(s.organisation(), k -> new OrganisationScore[2])[1] = s;
        }
        List<Change> out = new ArrayList<>();
        both.forEach((org, pair) -> out.add(new Change(org, pair[0], pair[1])));
        return out;
    }
}
