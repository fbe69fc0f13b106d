package org.partnergraph.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Score;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.swing.testing.StubWorkbenchContext;

class RelationshipGapViewTest {

    private static PartnershipGraph graph(int nhsQuality) {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.partners.add(partner("t:ph", "Public Health"));
        b.partners.add(partner("t:nhs", "NHS"));
        b.objectives.add(new Objective("t:obj", "Be active", "", "t", Provenance.NONE));
        b.influences.add(new Influence("t:ph", "t:obj", Score.of(5), Score.of(5), Provenance.NONE));
        b.influences.add(new Influence("t:nhs", "t:obj", Score.of(5), Score.of(nhsQuality), Provenance.NONE));
        return b.build();
    }

    private static Partner partner(String id, String name) {
        return new Partner(id, name, "", "", "", List.of(), "t", Provenance.NONE);
    }

    private static JTable table(StubWorkbenchContext context) {
        JScrollPane pane = (JScrollPane) new RelationshipGapView().create(context);
        return (JTable) pane.getViewport().getView();
    }

    @Test
    void ranksPartnersByRelationshipGapLargestFirst() {
        JTable t = table(new StubWorkbenchContext(graph(2)));
        assertThat(t.getValueAt(0, 0)).isEqualTo("NHS");
        assertThat((Double) t.getValueAt(0, 1)).isEqualTo(15.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat((Double) t.getValueAt(1, 1)).isEqualTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void followsAndPublishesTheSelection() {
        StubWorkbenchContext context = new StubWorkbenchContext(graph(2));
        JTable t = table(context);
        context.selection().publish(this, List.of(SelectedItem.node("t:ph")));
        assertThat(t.getSelectedRow()).isEqualTo(1);
        t.setRowSelectionInterval(0, 0);
        assertThat(context.selection().items()).containsExactly(SelectedItem.node("t:nhs"));
    }

    @Test
    void recomputesWhenTheGraphChanges() {
        StubWorkbenchContext context = new StubWorkbenchContext(graph(2));
        JTable t = table(context);
        context.setGraph(graph(5), "edited");
        assertThat((Double) t.getValueAt(0, 1)).isEqualTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
