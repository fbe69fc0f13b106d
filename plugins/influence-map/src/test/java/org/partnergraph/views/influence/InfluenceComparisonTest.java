package org.partnergraph.views.influence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.annotations.XYAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.analytics.influence.InfluenceMap;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Influence;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Score;
import org.partnergraph.model.Wave;
import org.partnergraph.plugin.WaveComparison;
import org.partnergraph.plugin.swing.testing.StubWorkbenchContext;

/**
 * Two waves compared on the real Hertfordshire outcome table (001) with a 2025 review built here:
 * the NHS's quality on Objective 2 from 3 to 4, a new rating of the NHS on Objective 1, and the
 * parks managers' rating on Objective 1 ended, all as of 2025-06-01.
 */
class InfluenceComparisonTest {

    static final String NHS = "hertfordshire:national-health-service";
    static final String PARKS = "hertfordshire:parks-managers-group";
    static final String OBJ1 = "hertfordshire:obj-1";
    static final String OBJ2 = "hertfordshire:obj-2";
    static final LocalDate REVIEW = LocalDate.of(2025, 6, 1);

    static PartnershipGraph plan;
    static PartnershipGraph history;
    static WaveComparison comparison;

    @BeforeAll
    static void read() throws Exception {
        plan = BundleReader.read(Path.of("../../graphs/hertfordshire")).graph();
        Wave before = new Wave("hertfordshire:plan", "hertfordshire", "Engagement plan", null, "", true, "");
        Wave review = new Wave("hertfordshire:review-2025", "hertfordshire", "2025 review", REVIEW, "sam", true, "");
        Dating dated = new Dating(REVIEW, Instant.parse("2025-06-03T10:15:00Z"), "sam", review.id(), false);
        Provenance made = new Provenance("test: a 2025 review built in the test", false, "");
        PartnershipGraph.Builder b = plan.toBuilder();
        b.influences.add(new Influence(NHS, OBJ2, Score.of(5), Score.of(4), made, dated));
        b.influences.add(new Influence(NHS, OBJ1, Score.of(4), Score.of(3), made, dated));
        b.influences.add(new Influence(PARKS, OBJ1, Score.of(3), Score.of(3), made, dated.asEnd()));
        b.waves.add(review);
        history = b.build();
        comparison = new WaveComparison(
                before, review, history.asOf(REVIEW.minusDays(1), "test"), history.asOf(REVIEW.plusDays(1), "test"));
    }

    private static StubWorkbenchContext compared() {
        StubWorkbenchContext context = new StubWorkbenchContext(comparison.nowGraph());
        context.setTime(history, null, comparison, "Compare " + comparison.label());
        return context;
    }

    private static MapMoves.Move move(InfluencePanel panel, String partner, String objective) {
        return panel.moves().stream()
                .filter(m -> m.either().rating().partnerId().equals(partner)
                        && m.either().rating().objectiveId().equals(objective))
                .findFirst()
                .orElseThrow();
    }

    private static MapPoints.Point pointIn(PartnershipGraph graph, String partner, String objective) {
        InfluenceMap map = InfluenceMap.of(graph);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        graph.nodes().forEach(n -> names.put(n.id(), n.name()));
        return MapPoints.of(map, names).stream()
                .filter(p -> p.rating().partnerId().equals(partner)
                        && p.rating().objectiveId().equals(objective))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theNhsMovesFromItsPointInTheEarlierWaveToItsPointInTheLater() {
        InfluencePanel panel = new InfluencePanel(compared());
        MapMoves.Move nhs = move(panel, NHS, OBJ2);
        assertThat(nhs.moved()).isTrue();
        assertThat(nhs.then().rating().quality()).isEqualTo(3.0);
        assertThat(nhs.now().rating().quality()).isEqualTo(4.0);
        MapPoints.Point then = pointIn(comparison.thenGraph(), NHS, OBJ2);
        MapPoints.Point now = pointIn(comparison.nowGraph(), NHS, OBJ2);
        assertThat(List.of(nhs.then().x(), nhs.then().y())).containsExactly(then.x(), then.y());
        assertThat(List.of(nhs.now().x(), nhs.now().y())).containsExactly(now.x(), now.y());
        assertThat(InfluenceMap.of(comparison.thenGraph())
                        .rating(NHS, OBJ2)
                        .orElseThrow()
                        .quality())
                .isEqualTo(nhs.then().rating().quality());

        assertThat(panel.moves().stream().filter(MapMoves.Move::moved)).containsExactly(nhs);
        assertThat(move(panel, NHS, OBJ1).onlyNow()).isTrue();
        assertThat(move(panel, PARKS, OBJ1).onlyThen()).isTrue();
        assertThat(panel.points()).hasSize(plan.influences().size());
        assertThat(marks(panel)).hasSize(panel.moves().size());
        assertThat(panel.chart().getTitle().getText())
                .isEqualTo("Influence map: Engagement plan -> 2025 review, 29 ratings");
        List<String> legend = new java.util.ArrayList<>();
        var items = panel.chart().getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            legend.add(items.get(i).getLabel());
        }
        assertThat(legend)
                .contains(
                        "Moved, Engagement plan -> 2025 review (1)",
                        "New in the later wave (1)",
                        "Not rated in the later wave (1)");
    }

    @Test
    void theTableShowsThenNowAndChangeOfInfluenceAndQuality() {
        InfluencePanel panel = new InfluencePanel(compared());
        var table = panel.table();
        assertThat(panel.changeColumnsShown()).isTrue();
        assertThat(table.getColumnCount()).isEqualTo(16);
        int row = rowOf(table, "National Health Service");
        // NHS then: obj-2 and obj-4 at quality 3 (mean 3); now obj-2 at 4, obj-4 at 3, obj-1 at 3.
        assertThat(cell(table, row, "Influence then")).isEqualTo(5.0);
        assertThat(cell(table, row, "Influence now")).isEqualTo(5.0);
        assertThat(cell(table, row, "Influence change")).isEqualTo(0.0);
        assertThat(cell(table, row, "Quality then")).isEqualTo(3.0);
        assertThat(cell(table, row, "Quality now")).isEqualTo(3.33);
        assertThat(cell(table, row, "Quality change")).isEqualTo(0.33);
        int parks = rowOf(table, "Parks Managers Group");
        assertThat(cell(table, parks, "Quality then")).isEqualTo(3.0);
        assertThat(cell(table, parks, "Quality now")).isNull();
        assertThat(cell(table, parks, "Quality change")).isNull();
    }

    @Test
    void withTheComparisonGoneTheMapIsAsBeforeAndADateChangeRedraws() {
        StubWorkbenchContext context = compared();
        InfluencePanel panel = new InfluencePanel(context);
        assertThat(marks(panel)).isNotEmpty();

        context.setGraph(history.asOf(REVIEW.minusDays(1), "test"), "As of 2025-05-31");
        context.setTime(history, REVIEW.minusDays(1), null, "As of 2025-05-31");
        assertThat(panel.moves()).isEmpty();
        assertThat(marks(panel)).isEmpty();
        assertThat(panel.changeColumnsShown()).isFalse();
        assertThat(panel.table().getColumnCount()).isEqualTo(10);
        assertThat(panel.chart().getTitle().getText()).isEqualTo("Influence map: 29 ratings");
        MapPoints.Point nhs = panel.points().stream()
                .filter(p -> p.rating().partnerId().equals(NHS)
                        && p.rating().objectiveId().equals(OBJ2))
                .findFirst()
                .orElseThrow();
        assertThat(nhs.rating().quality()).isEqualTo(3.0);

        context.setGraph(history.asOf(REVIEW.plusDays(1), "test"), "Now");
        assertThat(panel.points().stream()
                        .filter(p -> p.rating().partnerId().equals(NHS)
                                && p.rating().objectiveId().equals(OBJ2))
                        .findFirst()
                        .orElseThrow()
                        .rating()
                        .quality())
                .isEqualTo(4.0);
    }

    private static List<XYAnnotation> marks(InfluencePanel panel) {
        return panel.chart().getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof MoveLayer.Mark)
                .toList();
    }

    private static int rowOf(javax.swing.JTable table, String partner) {
        for (int r = 0; r < table.getRowCount(); r++) {
            if (partner.equals(table.getValueAt(r, 0))) {
                return r;
            }
        }
        throw new AssertionError(partner + " not in the table");
    }

    private static Object cell(javax.swing.JTable table, int row, String column) {
        return table.getValueAt(row, table.getColumnModel().getColumnIndex(column));
    }
}
