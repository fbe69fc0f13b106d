package org.partnergraph.analytics.salience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.resilience.Graphs;
import org.partnergraph.analytics.resilience.Tiny;
import org.partnergraph.analytics.salience.Salience.PartnerSalience;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Period;
import org.partnergraph.model.Provenance;

class SalienceTest {

    @Test
    void theTinyGraphsClassesByHand() {
        List<PartnerSalience> all = Salience.of(Tiny.graph());
        // a: influence 5, leads and chairs; c: influence 4, leads i2 and g2; b: NHS, influence 3;
        // d: influence 2, the tie a -> d wants two stages more
        assertThat(all)
                .extracting(s -> s.partner().id() + " " + s.salienceClass().label())
                .containsExactly("a dominant", "c dominant", "b discretionary", "d demanding");
        assertThat(all.get(0).reasons())
                .containsExactly(
                        "power: influence 5 on an objective",
                        "legitimacy: leads 2 indicators, leads 2 initiatives, chairs 1 group",
                        "legitimacy: statutory partner (local authority)");
        assertThat(all.get(3).reasons())
                .containsExactly("urgency: the relationship is 2 stages short of the one wanted");
    }

    @Test
    void eachRuleIsASetting() {
        SalienceSettings strict = SalienceSettings.DEFAULTS
                .withPowerMinInfluence(5)
                .withStatutoryTypes(Set.of())
                .withUrgency(3, 1);
        assertThat(Salience.of(Tiny.graph(), strict))
                .extracting(s -> s.partner().id() + " " + s.salienceClass().label())
                .containsExactly("a dominant", "c discretionary", "b non-stakeholder", "d non-stakeholder");
        assertThatThrownBy(() -> SalienceSettings.DEFAULTS.withPowerMinInfluence(6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the power threshold must be from 1 to 5, was 6.0");
        assertThatThrownBy(() -> SalienceSettings.DEFAULTS.withUrgency(-1, 0))
                .hasMessage("urgency thresholds cannot be negative, were -1 and 0");
    }

    @Test
    void theSevenClassesAndTheEighthCombination() {
        assertThat(SalienceClass.of(true, false, false)).isEqualTo(SalienceClass.DORMANT);
        assertThat(SalienceClass.of(false, true, false)).isEqualTo(SalienceClass.DISCRETIONARY);
        assertThat(SalienceClass.of(false, false, true)).isEqualTo(SalienceClass.DEMANDING);
        assertThat(SalienceClass.of(true, true, false)).isEqualTo(SalienceClass.DOMINANT);
        assertThat(SalienceClass.of(true, false, true)).isEqualTo(SalienceClass.DANGEROUS);
        assertThat(SalienceClass.of(false, true, true)).isEqualTo(SalienceClass.DEPENDENT);
        assertThat(SalienceClass.of(true, true, true)).isEqualTo(SalienceClass.DEFINITIVE);
        assertThat(SalienceClass.of(false, false, false)).isEqualTo(SalienceClass.NON_STAKEHOLDER);
    }

    @Test
    void leadingAnOffTrackIndicatorIsUrgent() {
        // i2 (higher is better, led by c): baseline 50 in 2008/09, target 60 for 2010/11, actual 40 then
        PartnershipGraph tiny = Tiny.graph();
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.partners.addAll(tiny.partners());
        b.influences.addAll(tiny.influences());
        b.indicators.addAll(tiny.indicators());
        b.indicatorLinks.addAll(tiny.indicatorLinks());
        b.memberships.addAll(tiny.memberships());
        b.measurements.add(value(MeasurementKind.BASELINE, "2008/09", 50));
        b.measurements.add(value(MeasurementKind.TARGET, "2010/11", 60));
        b.measurements.add(value(MeasurementKind.ACTUAL, "2010/11", 40));
        PartnerSalience c = Salience.of(b.build()).stream()
                .filter(s -> s.partner().id().equals("c"))
                .findFirst()
                .orElseThrow();
        assertThat(c.salienceClass()).isEqualTo(SalienceClass.DEFINITIVE);
        assertThat(c.reasons()).contains("urgency: leads off-track I2");
        assertThat(Salience.of(b.build(), SalienceSettings.DEFAULTS.withUrgency(1, 0)).stream()
                        .filter(s -> s.partner().id().equals("c"))
                        .findFirst()
                        .orElseThrow()
                        .salienceClass())
                .isEqualTo(SalienceClass.DOMINANT);
    }

    private static Measurement value(MeasurementKind kind, String period, double v) {
        Period p = Period.parse(period);
        return new Measurement(Measurement.derivedId("i2", kind, p, ""), "i2", p, kind, v, "", "tiny", Provenance.NONE);
    }

    /** graphs/hertfordshire: Public Health is rated 5, leads three groups, is statutory, and its tie wants a stage more. */
    @Test
    void hertfordshiresPublicHealthIsDefinitive() {
        List<PartnerSalience> all = Salience.of(Graphs.hertfordshire());
        assertThat(all.get(0).partner().id()).isEqualTo("hertfordshire:public-health-hertfordshire");
        assertThat(all.get(0).salienceClass()).isEqualTo(SalienceClass.DEFINITIVE);
        PartnerSalience council = all.stream()
                .filter(s -> s.partner().id().equals("hertfordshire:hertfordshire-county-council"))
                .findFirst()
                .orElseThrow();
        // no influence rating of its own in the outcome table (the category "Local Authorities" has it)
        assertThat(council.salienceClass()).isEqualTo(SalienceClass.DISCRETIONARY);
    }
}
