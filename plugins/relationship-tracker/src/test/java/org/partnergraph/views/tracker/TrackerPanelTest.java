package org.partnergraph.views.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Stage;
import org.partnergraph.plugin.EditRequest;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.swing.testing.StubWorkbenchContext;

/** The tracker on the real Hertfordshire engagement tracker (001), without a window. */
class TrackerPanelTest {

    static PartnershipGraph hertfordshire;

    @BeforeAll
    static void read() throws Exception {
        hertfordshire = BundleReader.read(Path.of("../../graphs/hertfordshire")).graph();
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
    void everyTrackerRowWithChildrensServicesCooperateNowCollaborateWanted() {
        TrackerPanel panel = new TrackerPanel(new StubWorkbenchContext(hertfordshire));
        assertThat(panel.table().getRowCount())
                .isEqualTo(hertfordshire.relationships().size())
                .isEqualTo(25);
        int row = rowOf(panel, "Children's Services");
        assertThat(panel.table().getValueAt(row, TrackerModel.NOW)).isEqualTo(Stage.COOPERATE);
        assertThat(panel.table().getValueAt(row, TrackerModel.WANTED)).isEqualTo(Stage.COLLABORATE);
        assertThat(panel.table().getValueAt(row, TrackerModel.LEAD)).isEqualTo("Strategic Leads");
        assertThat(panel.model().text(panel.table().convertRowIndexToModel(row), TrackerModel.SCALE))
                .isEqualTo("Cooperate -> Collaborate");
        assertThat(panel.table().getValueAt(row, TrackerModel.BACKGROUND))
                .asString()
                .contains("Building Better Opportunities");
    }

    @Test
    void editingAStageAsksTheWorkbenchForAnUndoableEdit() {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        TrackerPanel panel = new TrackerPanel(context);
        int row = rowOf(panel, "Children's Services");
        panel.table().setValueAt(Stage.COLLABORATE, row, TrackerModel.NOW);
        assertThat(context.requestedEdits())
                .containsExactly(new EditRequest.SetStages(
                        "hertfordshire:hsp", "hertfordshire:childrens-services", Stage.COLLABORATE, Stage.COLLABORATE));
        assertThat(panel.table().isCellEditable(row, TrackerModel.LEAD)).isFalse();
    }

    @Test
    void filtersSortsFollowsAndExportsWhatIsShown() throws Exception {
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        TrackerPanel panel = new TrackerPanel(context);
        context.selection().publish("test", List.of(SelectedItem.node("hertfordshire:childrens-services")));
        assertThat(panel.table().getValueAt(panel.table().getSelectedRow(), 0)).isEqualTo("Children's Services");

        panel.table().getSelectionModel().setSelectionInterval(0, 0);
        assertThat(context.selection().items()).hasSize(2).first().isInstanceOf(SelectedItem.NodeRef.class);

        panel.filterField().setText("children");
        int shown = panel.table().getRowCount();
        assertThat(shown).isBetween(1, 24);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.exports().stream()
                .filter(e -> e.fileExtension().equals("csv"))
                .findFirst()
                .orElseThrow()
                .write(out);
        List<CSVRecord> csv = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(csv).hasSize(shown);
        assertThat(csv).extracting(r -> r.get("Stakeholder")).contains("Children's Services");

        panel.table().getRowSorter().toggleSortOrder(TrackerModel.SCALE);
        panel.table().getRowSorter().toggleSortOrder(TrackerModel.SCALE);
        var first = panel.model().rowAt(panel.table().convertRowIndexToModel(0));
        assertThat(first.stageGap())
                .isEqualTo(panel.model()
                        .rowAt(panel.table().convertRowIndexToModel(0))
                        .stageGap());
        for (int r = 1; r < panel.table().getRowCount(); r++) {
            assertThat(panel.model()
                            .rowAt(panel.table().convertRowIndexToModel(r))
                            .stageGap())
                    .isLessThanOrEqualTo(first.stageGap());
        }
    }
}
