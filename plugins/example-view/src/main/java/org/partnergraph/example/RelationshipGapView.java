package org.partnergraph.example;

import java.util.List;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import org.partnergraph.analytics.influence.InfluenceMap;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.plugin.swing.ViewPosition;
import org.partnergraph.plugin.swing.WorkbenchContext;
import org.pf4j.Extension;

/**
 * Partners ranked by relationship gap (influence x (5 - quality), summed over objectives): where
 * effort on a relationship pays most. Selecting a row selects the partner everywhere; selecting a
 * partner elsewhere selects its row; an edit elsewhere recomputes the table.
 */
@Extension
public class RelationshipGapView implements AnalysisView {

    @Override
    public ViewInfo info() {
        return ViewInfo.of("example.relationship-gaps", "Relationship gaps")
                .inMenu("Examples")
                .at(ViewPosition.CENTER);
    }

    @Override
    public JComponent create(WorkbenchContext context) {
        GapTableModel model = new GapTableModel();
        JTable table = new JTable(model);
        table.setName("example.gaps");
        table.setAutoCreateRowSorter(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);

        Runnable recompute =
                () -> model.setRows(InfluenceMap.of(context.graph().current()).partners());
        recompute.run();
        context.graph().addGraphListener(change -> recompute.run());

        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0) {
                String id = model.partnerAt(table.convertRowIndexToModel(row))
                        .partner()
                        .id();
                context.selection().publish(table, List.of(SelectedItem.node(id)));
            }
        });
        context.selection().follow(event -> {
            if (event.source() == table) {
                return;
            }
            int row = model.rowOf(event.nodeIds());
            if (row >= 0) {
                int view = table.convertRowIndexToView(row);
                table.getSelectionModel().setSelectionInterval(view, view);
            } else {
                table.clearSelection();
            }
        });
        return new JScrollPane(table);
    }
}
