package org.partnergraph.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.partnergraph.analytics.survey.RivertonSurvey.CNL;
import static org.partnergraph.analytics.survey.RivertonSurvey.HLT;
import static org.partnergraph.analytics.survey.RivertonSurvey.SPT;
import static org.partnergraph.analytics.survey.RivertonSurvey.VOL;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Figures on the made-up Riverton survey, computed by hand (the arithmetic is beside each). */
class SurveyScoresTest {

    private static final Offset<Double> E = within(1e-9);

    private static OrganisationScore score(SurveyScores s, String org) {
        return s.organisations().stream()
                .filter(o -> o.organisation().equals(org))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void meansReceivedTrustAndValuePerOrganisation() {
        SurveyScores s = new SurveyScores(RivertonSurvey.wave1());
        OrganisationScore council = score(s, CNL);
        // The Council is rated by Volunteers (4,3,4 | 4,3,4), Health (3,3,2 | 4,2,3), Sports (2,4,3 | 3,3,1).
        // reliability (4+3+2)/3 = 3; mission (3+3+4)/3 = 10/3; openness (4+2+3)/3 = 3
        assertThat(council.means().get(Dimension.RELIABILITY)).isCloseTo(3.0, E);
        assertThat(council.means().get(Dimension.MISSION)).isCloseTo(10.0 / 3, E);
        assertThat(council.means().get(Dimension.OPENNESS)).isCloseTo(3.0, E);
        // power (4+4+3)/3 = 11/3; involvement (3+2+3)/3 = 8/3; resources (4+3+1)/3 = 8/3
        assertThat(council.means().get(Dimension.POWER)).isCloseTo(11.0 / 3, E);
        assertThat(council.means().get(Dimension.RESOURCES)).isCloseTo(8.0 / 3, E);
        // trust (3 + 10/3 + 3)/3 = 28/9; value (11/3 + 8/3 + 8/3)/3 = 3
        assertThat(council.trust()).isCloseTo(28.0 / 9, E);
        assertThat(council.value()).isCloseTo(3.0, E);
        assertThat(council.degreeIn()).isEqualTo(3);
        assertThat(council.degreeOut()).isEqualTo(2);
        assertThat(council.degree()).isEqualTo(3);
        // Volunteers, rated by the Council only (3,4,4 | 2,3,2): trust 11/3, value 7/3
        OrganisationScore volunteers = score(s, VOL);
        assertThat(volunteers.trust()).isCloseTo(11.0 / 3, E);
        assertThat(volunteers.value()).isCloseTo(7.0 / 3, E);
        assertThat(volunteers.degreeIn()).isEqualTo(1);
        assertThat(volunteers.degreeOut()).isEqualTo(2);
        // Sports Club, rated by Volunteers (2,2,1 | 1,2,1): trust 5/3, value 4/3
        assertThat(score(s, SPT).trust()).isCloseTo(5.0 / 3, E);
        assertThat(score(s, SPT).value()).isCloseTo(4.0 / 3, E);
    }

    @Test
    void relativeConnectivityIsDegreeTimesMeanOfTrustAndValueOverTheHighest() {
        SurveyScores s = new SurveyScores(RivertonSurvey.wave1());
        // Council 3 x (28/9 + 3)/2 = 55/6 (the highest); Volunteers 2 x (11/3 + 7/3)/2 = 6;
        // Health 1 x (3 + 3)/2 = 3; Sports Club 2 x (5/3 + 4/3)/2 = 3.
        assertThat(score(s, CNL).relativeConnectivity()).isCloseTo(1.0, E);
        assertThat(score(s, VOL).relativeConnectivity()).isCloseTo(6 / (55.0 / 6), E); // 36/55
        assertThat(score(s, HLT).relativeConnectivity()).isCloseTo(3 / (55.0 / 6), E); // 18/55
        assertThat(score(s, SPT).relativeConnectivity()).isCloseTo(18.0 / 55, E);
    }

    @Test
    void densityCentralisationAndReciprocity() {
        NetworkScore n = new SurveyScores(RivertonSurvey.wave1()).network();
        // n = 4; pairs tied either way: Council-Volunteers, Council-Health, Council-Sports, Volunteers-Sports = 4
        assertThat(n.ties()).isEqualTo(6);
        assertThat(n.pairs()).isEqualTo(4);
        // density 4 / (4 x 3 / 2) = 2/3
        assertThat(n.density()).isCloseTo(2.0 / 3, E);
        // degrees 3, 2, 1, 2: sum (3 - d) = 0 + 1 + 2 + 1 = 4, over (n-1)(n-2) = 6: 2/3
        assertThat(n.centralisation()).isCloseTo(2.0 / 3, E);
        // both directions reported for Council-Volunteers and Council-Health: 2 of 4
        assertThat(n.reciprocity()).isCloseTo(0.5, E);
    }

    @Test
    void theSameFiguresPerTieKind() {
        Map<String, NetworkScore> byKind = new java.util.HashMap<>();
        new SurveyScores(RivertonSurvey.wave1()).byKind().forEach(k -> byKind.put(k.kind(), k));
        assertThat(byKind).containsOnlyKeys(RivertonSurvey.INFO, RivertonSurvey.JOINT, RivertonSurvey.RESOURCES);
        NetworkScore info = byKind.get(RivertonSurvey.INFO);
        // a star on the Council: 3 pairs, density 3/6; degrees 3,1,1,1: (0+2+2+2)/6 = 1; mutual 2 of 3
        assertThat(info.density()).isCloseTo(0.5, E);
        assertThat(info.centralisation()).isCloseTo(1.0, E);
        assertThat(info.reciprocity()).isCloseTo(2.0 / 3, E);
        NetworkScore joint = byKind.get(RivertonSurvey.JOINT);
        // Council-Volunteers (both ways), Volunteers-Sports: density 2/6; degrees 1,2,0,1: (1+0+2+1)/6 = 2/3
        assertThat(joint.density()).isCloseTo(1.0 / 3, E);
        assertThat(joint.centralisation()).isCloseTo(2.0 / 3, E);
        assertThat(joint.reciprocity()).isCloseTo(0.5, E);
        NetworkScore resources = byKind.get(RivertonSurvey.RESOURCES);
        // one tie, Sports -> Council: density 1/6; degrees 1,0,0,1: (0+1+1+0)/6 = 1/3; not returned
        assertThat(resources.density()).isCloseTo(1.0 / 6, E);
        assertThat(resources.centralisation()).isCloseTo(1.0 / 3, E);
        assertThat(resources.reciprocity()).isZero();
    }

    @Test
    void waveComparisonShowsTheChange() {
        WaveComparison c = new WaveComparison(RivertonSurvey.wave1(), RivertonSurvey.wave2());
        // wave 2 adds Health -> Sports and Sports -> Volunteers: 5 pairs, density 5/6;
        // degrees 3,2,2,3: (0+1+1+0)/6 = 1/3; mutual Council-Volunteers, Council-Health, Volunteers-Sports: 3/5
        assertThat(c.networkThen().density()).isCloseTo(2.0 / 3, E);
        assertThat(c.networkNow().density()).isCloseTo(5.0 / 6, E);
        assertThat(c.networkNow().centralisation()).isCloseTo(1.0 / 3, E);
        assertThat(c.networkNow().reciprocity()).isCloseTo(0.6, E);
        WaveComparison.Change sports = c.changes().stream()
                .filter(x -> x.organisation().equals(SPT))
                .findFirst()
                .orElseThrow();
        // Sports now rated by Volunteers (2,2,1 | 1,2,1) and Health (3,3,3 | 2,2,2):
        // trust (2.5 + 2.5 + 2)/3 = 7/3, was 5/3: +2/3; value (1.5 + 2 + 1.5)/3 = 5/3, was 4/3: +1/3
        assertThat(sports.trustChange()).isCloseTo(2.0 / 3, E);
        assertThat(sports.valueChange()).isCloseTo(1.0 / 3, E);
        assertThat(sports.degreeChange()).isEqualTo(1);
        WaveComparison.Change volunteers = c.changes().stream()
                .filter(x -> x.organisation().equals(VOL))
                .findFirst()
                .orElseThrow();
        // Volunteers add Sports' rating (3,3,3 | 2,3,2): trust (3 + 3.5 + 3.5)/3 = 10/3, was 11/3: -1/3
        assertThat(volunteers.trustChange()).isCloseTo(-1.0 / 3, E);
        assertThat(c.changes()).hasSize(4);
    }

    @Test
    void badAnswersAreRefusedWithASentence() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> RivertonSurvey.tie(CNL, HLT, Set.of(), 5, 1, 1, 1, 1, 1));
        assertThat(e.getMessage())
                .isEqualTo("Riverton Council rates Riverton Health 5 on reliability; ratings go from 1 to 4");
        SurveyTie t = RivertonSurvey.tie(CNL, HLT, Set.of(), 1);
        e = assertThrows(IllegalArgumentException.class, () -> Survey.of("w", null, List.of(t, t)));
        assertThat(e.getMessage()).isEqualTo("Riverton Council names Riverton Health twice");
        // An unrated organisation has no trust score, and counts zero towards connectivity.
        SurveyScores s = new SurveyScores(Survey.of("w", null, List.of(new SurveyTie(CNL, HLT, Set.of(), Map.of()))));
        assertThat(score(s, HLT).trust()).isNaN();
        assertThat(score(s, HLT).relativeConnectivity()).isZero();
    }
}
