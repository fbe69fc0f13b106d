package org.partnergraph.views.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Role;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;
import org.partnergraph.plugin.EditRequest;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.swing.testing.StubWorkbenchContext;

/** The change log of the real Hertfordshire bundle with a 2025 review on top ({@link Review2025}), without a window. */
class ChangeLogPanelTest {

    static Review2025 review;

    @BeforeAll
    static void read() throws Exception {
        review = new Review2025();
    }

    private static StubWorkbenchContext context() {
        StubWorkbenchContext context = new StubWorkbenchContext(review.history.asOf(Review2025.DATE, "test"));
        context.setTime(review.history, null, null, "History read");
        return context;
    }

    private static void choose(JComboBox<FilterBar.Choice> box, String label) {
        for (int i = 0; i < box.getItemCount(); i++) {
            if (box.getItemAt(i).label().equals(label)) {
                box.setSelectedIndex(i);
                return;
            }
        }
        throw new AssertionError(label + " is not offered");
    }

    private static List<String> row(JTable table, int r) {
        List<String> cells = new java.util.ArrayList<>();
        for (int c = 0; c < table.getColumnCount(); c++) {
            cells.add(String.valueOf(table.getValueAt(r, c)));
        }
        return cells;
    }

    @Test
    void everyChangeOfTheHistoryIsARowAndTheNhsRatingShowsWhoWhenAndBeforeAfter() {
        ChangeLogPanel panel = new ChangeLogPanel(context());
        int all = ChangeLog.of(review.history, "test").size();
        // every record of the bundle is a first entry, and the review adds four
        assertThat(all)
                .isEqualTo(review.plan.influences().size()
                        + review.plan.relationships().size()
                        + review.plan.memberships().size()
                        + review.plan.measurements().size()
                        + 4);
        assertThat(panel.table().getRowCount()).isEqualTo(all);
        assertThat(panel.count().getText()).isEqualTo(all + " of " + all + " changes");

        choose(panel.bar().partnerBox(), "National Health Service");
        choose(panel.bar().kindBox(), "rating");
        // the two undated ratings of the outcome table (Objectives 2 and 4), then the 2025 one
        assertThat(panel.table().getRowCount()).isEqualTo(3);
        assertThat(row(panel.table(), 2))
                .containsExactly(
                        "2025-06-01",
                        "2025-06-03 10:15 UTC",
                        "sam",
                        "2025 review",
                        "rating",
                        "National Health Service / Objective 2 - To contribute to an active and healthier Hertfordshire",
                        "influence 5, quality 3",
                        "influence 5, quality 4");
        assertThat(row(panel.table(), 0).get(0)).isEqualTo("undated");
        assertThat(row(panel.table(), 0).get(6)).isEmpty();
    }

    @Test
    void theDateRangeKindAndObjectiveFiltersNarrowTheRowsAndABadDateIsSaidInASentence() {
        ChangeLogPanel panel = new ChangeLogPanel(context());
        panel.bar().fromField().setText("2025-01-01");
        assertThat(panel.table().getRowCount()).isEqualTo(4);
        choose(panel.bar().kindBox(), "membership");
        assertThat(row(panel.table(), 0).subList(4, 8))
                .containsExactly("membership", "National Health Service / Drugs Partnership", "member", "ended");
        choose(panel.bar().kindBox(), FilterBar.ALL);
        choose(panel.bar().objectiveBox(), "Objective 2 - To contribute to an active and healthier Hertfordshire");
        assertThat(panel.table().getRowCount()).isEqualTo(1);

        panel.bar().toField().setText("2025-13-01");
        assertThat(panel.status().getText())
                .isEqualTo(
                        "'2025-13-01' is not a date: write it as YYYY-MM-DD (e.g. 2025-06-01); that bound is not applied.");
        assertThat(panel.table().getRowCount()).isEqualTo(1);
        panel.bar().toField().setText("2025-05-31");
        assertThat(panel.table().getRowCount()).isZero();
        assertThat(panel.status().getText()).isBlank();
    }

    @Test
    void theCsvIsTheRowsShownAsUtf8() throws Exception {
        StubWorkbenchContext context = context();
        ChangeLogPanel panel = new ChangeLogPanel(context);
        panel.bar().fromField().setText("2025-06-01");
        choose(panel.bar().kindBox(), "stage");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.exports().stream()
                .filter(e -> e.fileExtension().equals("csv"))
                .findFirst()
                .orElseThrow()
                .write(out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("Valid from,Recorded at,By,Wave,Kind,Subject,Before,After\r\n"
                        + "2025-06-01,2025-06-03 10:15 UTC,sam,2025 review,stage,"
                        + "Herts Sports Partnership / Hertfordshire Lifestyle and Legacy Partnership,"
                        + "\"Co-exist -> Collaborate, lead Director\",\"Cooperate -> Collaborate, lead Director\"\r\n");
    }

    @Test
    void revertAsksForTheEarlierValueAsANewAssessment() {
        StubWorkbenchContext context = context();
        ChangeLogPanel panel = new ChangeLogPanel(context);
        panel.bar().fromField().setText("2025-06-01");
        assertThat(panel.table().getRowCount()).isEqualTo(4);
        for (int r = 0; r < 4; r++) {
            panel.table().getSelectionModel().setSelectionInterval(r, r);
            assertThat(panel.revertButton().isEnabled()).isTrue();
            panel.revertButton().doClick();
        }
        Membership drugs = review.plan.memberships().stream()
                .filter(m -> m.partnerId().equals(Review2025.NHS) && m.groupId().equals(Review2025.DRUGS))
                .findFirst()
                .orElseThrow();
        assertThat(context.requestedEdits())
                .containsExactlyInAnyOrder(
                        new EditRequest.SetInfluence(Review2025.NHS, Review2025.OBJ2, Score.of(5), Score.of(3)),
                        new EditRequest.SetStages(Review2025.HSP, Review2025.LEGACY, Stage.CO_EXIST, Stage.COLLABORATE),
                        new EditRequest.AddMembership(
                                new Membership(Review2025.NHS, Review2025.DRUGS, Role.MEMBER, drugs.provenance())),
                        new EditRequest.CorrectMeasurement(review.baseline));
        assertThat(panel.status().getText()).startsWith("Reverted: ").endsWith(", a new assessment from today.");
    }

    @Test
    void aFirstStageCannotBeRevertedAndTheSentenceSaysWhy() {
        StubWorkbenchContext context = context();
        ChangeLogPanel panel = new ChangeLogPanel(context);
        choose(panel.bar().kindBox(), "stage");
        panel.bar().toField().setText("2025-05-31");
        panel.table().getSelectionModel().setSelectionInterval(0, 0);
        panel.revertButton().doClick();
        assertThat(context.requestedEdits()).isEmpty();
        assertThat(panel.status().getText())
                .isEqualTo("These are the first stages recorded for this relationship: there is no earlier value to go"
                        + " back to, and a tracker row cannot be removed from here.");

        choose(panel.bar().kindBox(), "rating");
        panel.table().getSelectionModel().setSelectionInterval(0, 0);
        panel.revertButton().doClick();
        assertThat(context.requestedEdits()).hasSize(1).first().isInstanceOf(EditRequest.RemoveInfluence.class);
    }

    @Test
    void followsASelectedPartnerAndRereadsWhenTheHistoryChanges() {
        StubWorkbenchContext context = context();
        ChangeLogPanel panel = new ChangeLogPanel(context);
        context.selection().publish("navigator", List.of(SelectedItem.node(Review2025.NHS)));
        assertThat(panel.bar().partnerBox().getSelectedItem())
                .extracting(c -> ((FilterBar.Choice) c).id())
                .isEqualTo(Review2025.NHS);
        int nhs = panel.table().getRowCount();
        assertThat(nhs).isPositive();
        for (int r = 0; r < nhs; r++) {
            assertThat(panel.table().getValueAt(r, 5)).asString().contains("National Health Service");
        }

        context.setTime(review.plan, null, null, "History read");
        assertThat(panel.shown()).isSameAs(review.plan);
        assertThat(panel.table().getRowCount()).isEqualTo(nhs - 2);
    }
}
