package org.partnergraph.analytics.trajectory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.Period;
import org.partnergraph.model.Polarity;
import org.partnergraph.model.Provenance;

/** Indicators and measurements built in code, the real ones transcribed from the seeds. */
final class Seeds {

    static final String NI_193_SOURCE =
            "003_bb7cceca8e2011e9.txt: Promoting Sustainable Development, NI193 measure and target";

    private Seeds() {}

    static Indicator indicator(String id, Polarity polarity) {
        return new Indicator(id, "", id, "%", polarity, List.of(), "", "", "", "test", Provenance.NONE);
    }

    /**
     * NI 193, percentage of municipal waste land filled (seed 003, "Community Strategy Theme:
     * Promoting Sustainable Development", the NI193 measure and target table): lower is better.
     */
    static Indicator ni193(Polarity polarity) {
        return new Indicator(
                "ni-193",
                "NI 193",
                "Percentage of municipal waste land filled",
                "%",
                polarity,
                List.of(),
                "Daniel Hurley and Ray Greenall",
                "",
                "",
                "hertfordshire",
                Provenance.of(NI_193_SOURCE));
    }

    static Indicator ni193() {
        return ni193(Polarity.LOWER_IS_BETTER);
    }

    /** NI 193's baselines 62.54% (05/06), 60.49% (06/07), 56.13% (07/08) and targets 56.00%, 55.00%, 49.00%. */
    static List<Measurement> ni193Measurements() {
        return List.of(
                m("ni-193", MeasurementKind.BASELINE, "2005/06", 62.54),
                m("ni-193", MeasurementKind.BASELINE, "2006/07", 60.49),
                m("ni-193", MeasurementKind.BASELINE, "2007/08", 56.13),
                m("ni-193", MeasurementKind.TARGET, "2008/09", 56.00),
                m("ni-193", MeasurementKind.TARGET, "2009/10", 55.00),
                m("ni-193", MeasurementKind.TARGET, "2010/11", 49.00));
    }

    /** NI 193 as in the seed plus the given actuals (the seed records none; these are illustrative). */
    static List<Measurement> ni193With(Measurement... actuals) {
        List<Measurement> all = new ArrayList<>(ni193Measurements());
        all.addAll(List.of(actuals));
        return all;
    }

    static MeasurementSeries ni193Series(Measurement... actuals) {
        return MeasurementSeries.of("ni-193", "", ni193With(actuals));
    }

    static Measurement actual(String period, double value) {
        return m("ni-193", MeasurementKind.ACTUAL, period, value);
    }

    static Measurement m(String indicatorId, MeasurementKind kind, String period, double value) {
        return m(indicatorId, kind, period, value, "");
    }

    static Measurement m(String indicatorId, MeasurementKind kind, String period, double value, String areaId) {
        Period p = Period.parse(period);
        return new Measurement(
                Measurement.derivedId(indicatorId, kind, p, areaId),
                indicatorId,
                p,
                kind,
                value,
                areaId,
                "test",
                Provenance.of(NI_193_SOURCE));
    }

    static DatedValue at(String date, double value) {
        return new DatedValue(LocalDate.parse(date), value);
    }
}
