package org.partnergraph.views.changes;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;
import org.partnergraph.model.Wave;

/**
 * The real Hertfordshire bundle with a 2025 review built here on top, as a user would record it:
 * the NHS's quality on Objective 2 from 3 to 4, the Lifestyle and Legacy Partnership from Co-exist
 * to Cooperate, the NHS's membership of the Drugs Partnership ended, and NI 175's 2005/06
 * baseline corrected. Every change holds from 2025-06-01 and was recorded by sam on 2025-06-03.
 * The 2025 values are the test's, not from a source.
 */
final class Review2025 {

    static final String NHS = "hertfordshire:national-health-service";
    static final String OBJ2 = "hertfordshire:obj-2";
    static final String HSP = "hertfordshire:hsp";
    static final String LEGACY = "hertfordshire:hertfordshire-lifestyle-and-legacy-partnership";
    static final String DRUGS = "hertfordshire:hertfordshire-drugs-partnership";
    static final String NI175 = "hertfordshire:ni-175";
    static final LocalDate DATE = LocalDate.of(2025, 6, 1);
    static final Instant RECORDED = Instant.parse("2025-06-03T10:15:00Z");
    static final Wave WAVE =
            new Wave("hertfordshire:review-2025", "hertfordshire", "2025 review", DATE, "sam", true, "");
    static final Provenance MADE = new Provenance("test: the 2025 review built in Review2025", false, "");

    final PartnershipGraph plan;
    final PartnershipGraph history;
    final Measurement baseline;

    Review2025() throws Exception {
        plan = BundleReader.read(Path.of("../../graphs/hertfordshire")).graph();
        Dating dated = new Dating(DATE, RECORDED, "sam", WAVE.id(), false);
        Relationship legacy = plan.relationships().stream()
                .filter(r -> r.fromId().equals(HSP) && r.toId().equals(LEGACY))
                .findFirst()
                .orElseThrow();
        Membership drugs = plan.memberships().stream()
                .filter(m -> m.partnerId().equals(NHS) && m.groupId().equals(DRUGS))
                .findFirst()
                .orElseThrow();
        baseline = plan.measurementsOf(NI175).get(0);
        PartnershipGraph.Builder b = plan.toBuilder();
        b.influences.add(new Influence(NHS, OBJ2, Score.of(5), Score.of(4), MADE, dated));
        b.relationships.add(new Relationship(
                HSP,
                LEGACY,
                Stage.COOPERATE,
                Stage.COLLABORATE,
                legacy.priority(),
                legacy.lead(),
                legacy.background(),
                legacy.actions(),
                MADE,
                dated));
        b.memberships.add(drugs.withDating(dated.asEnd()));
        b.measurements.add(new Measurement(
                baseline.id(),
                baseline.indicatorId(),
                baseline.period(),
                baseline.kind(),
                baseline.value() + 1,
                baseline.areaId(),
                baseline.partnership(),
                MADE,
                dated));
        b.waves.add(WAVE);
        history = b.build();
    }
}
