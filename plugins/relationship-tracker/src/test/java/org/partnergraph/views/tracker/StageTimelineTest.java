package org.partnergraph.views.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.Dating;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Stage;
import org.partnergraph.model.Wave;
import org.partnergraph.plugin.swing.testing.StubWorkbenchContext;

/**
 * The stage history of the real Hertfordshire tracker (001) with a 2025 review built here: the
 * Lifestyle and Legacy Partnership from Co-exist (undated, the tracker's) to Cooperate as of
 * 2025-06-01, recorded by sam. The 2025 stage is the test's, not from a source.
 */
class StageTimelineTest {

    static final String HSP = "hertfordshire:hsp";
    static final String LEGACY = "hertfordshire:hertfordshire-lifestyle-and-legacy-partnership";
    static final LocalDate REVIEW = LocalDate.of(2025, 6, 1);

    static PartnershipGraph history;

    @BeforeAll
    static void read() throws Exception {
        PartnershipGraph plan =
                BundleReader.read(Path.of("../../graphs/hertfordshire")).graph();
        Relationship legacy = plan.relationships().stream()
                .filter(r -> r.fromId().equals(HSP) && r.toId().equals(LEGACY))
                .findFirst()
                .orElseThrow();
        Wave wave = new Wave("hertfordshire:review-2025", "hertfordshire", "2025 review", REVIEW, "sam", true, "");
        PartnershipGraph.Builder b = plan.toBuilder();
        b.relationships.add(new Relationship(
                HSP,
                LEGACY,
                Stage.COOPERATE,
                Stage.COLLABORATE,
                legacy.priority(),
                legacy.lead(),
                legacy.background(),
                legacy.actions(),
                new Provenance("test: a 2025 review built in the test", false, ""),
                new Dating(REVIEW, Instant.parse("2025-06-03T10:15:00Z"), "sam", wave.id(), false)));
        b.waves.add(wave);
        history = b.build();
    }

    private static int rowOf(TrackerPanel panel, String stakeholder) {
        for (int r = 0; r < panel.table().getRowCount(); r++) {
            if (stakeholder.equals(panel.table().getValueAt(r, TrackerModel.STAKEHOLDER))) {
                return r;
            }
        }
        throw new AssertionError("no row " + stakeholder);
    }

    @Test
    void theSelectedRowsTimelineShowsBothStagesWithWhenAndWho() {
        LocalDate before = REVIEW.minusDays(1);
        StubWorkbenchContext context = new StubWorkbenchContext(history.asOf(before, "test"));
        context.setTime(history, before, null, "As of " + before);
        TrackerPanel panel = new TrackerPanel(context);
        int row = rowOf(panel, "Hertfordshire Lifestyle and Legacy Partnership");
        assertThat(panel.table().getValueAt(row, TrackerModel.NOW)).isEqualTo(Stage.CO_EXIST);
        assertThat(panel.timeline().steps()).isEmpty();

        panel.table().getSelectionModel().setSelectionInterval(row, row);
        StageTimeline timeline = panel.timeline();
        assertThat(timeline.steps())
                .extracting(StageHistory.Step::now)
                .containsExactly(Stage.CO_EXIST, Stage.COOPERATE);
        assertThat(timeline.tip(timeline.steps().get(0)))
                .isEqualTo("Undated (holds from the beginning): now Co-exist, wanted Collaborate");
        assertThat(timeline.tip(timeline.steps().get(1)))
                .isEqualTo("From 2025-06-01: now Cooperate, wanted Collaborate, recorded by sam at 2025-06-03 10:15 UTC"
                        + " (2025 review)");

        context.setGraph(history.asOf(REVIEW.plusDays(1), "test"), "Now");
        context.setTime(history, null, null, "Now");
        row = rowOf(panel, "Hertfordshire Lifestyle and Legacy Partnership");
        assertThat(panel.table().getValueAt(row, TrackerModel.NOW)).isEqualTo(Stage.COOPERATE);
        assertThat(panel.timeline().steps()).hasSize(2);
    }

    @Test
    void eachStageIsDrawnInItsLaneAtItsDate() {
        StubWorkbenchContext context = new StubWorkbenchContext(history.asOf(REVIEW, "test"));
        context.setTime(history, null, null, "History read");
        TrackerPanel panel = new TrackerPanel(context);
        int row = rowOf(panel, "Hertfordshire Lifestyle and Legacy Partnership");
        panel.table().getSelectionModel().setSelectionInterval(row, row);
        StageTimeline timeline = panel.timeline();
        timeline.setSize(600, 112);
        BufferedImage image = new BufferedImage(600, 112, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        timeline.paint(g);
        g.dispose();
        int undated = timeline.xOf(null);
        int dated = timeline.xOf(REVIEW);
        assertThat(undated).isLessThan(dated);
        assertThat(timeline.y(Stage.COOPERATE)).isLessThan(timeline.y(Stage.CO_EXIST));
        assertThat(image.getRGB(undated, timeline.y(Stage.CO_EXIST)) & 0xFFFFFF)
                .isEqualTo(StageScale.NOW.getRGB() & 0xFFFFFF);
        assertThat(image.getRGB(dated, timeline.y(Stage.COOPERATE)) & 0xFFFFFF)
                .isEqualTo(StageScale.NOW.getRGB() & 0xFFFFFF);
        assertThat(image.getRGB(undated, timeline.y(Stage.COOPERATE)) & 0xFFFFFF)
                .isNotEqualTo(StageScale.NOW.getRGB() & 0xFFFFFF);
    }

    @Test
    void aRowWithOneAssessmentHasOneStepAndNoRowSelectedShowsNone() {
        StubWorkbenchContext context = new StubWorkbenchContext(history);
        context.setTime(history, null, null, "History read");
        TrackerPanel panel = new TrackerPanel(context);
        int row = rowOf(panel, "Children's Services");
        panel.table().getSelectionModel().setSelectionInterval(row, row);
        assertThat(panel.timeline().steps()).extracting(StageHistory.Step::now).containsExactly(Stage.COOPERATE);
        panel.table().clearSelection();
        assertThat(panel.timeline().steps()).isEmpty();
    }
}
