package org.partnergraph.views.overlaps;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.partnergraph.analytics.overlap.PartnerOverlaps;
import org.partnergraph.analytics.overlap.PartnerPair;
import org.partnergraph.analytics.overlap.PartnerPairs;
import org.partnergraph.plugin.SelectedItem;

/** The Partners tab: pairs of partners who sit together in groups, and partners who bridge themes. */
final class PartnersTab extends JSplitPane {

    private final DefaultTableModel coMembers = TitledTables.readOnly("Partner A", "Partner B", "Shared groups");
    private final DefaultTableModel bridges = TitledTables.readOnly("Partner", "Themes", "Groups", "Theme names");
    private final JTable coMemberTable = TitledTables.table(coMembers, "overlaps.comembers");
    private final JTable bridgeTable = TitledTables.table(bridges, "overlaps.bridges");
    private final List<String[]> coMemberIds = new ArrayList<>();
    private final List<String> bridgeIds = new ArrayList<>();
    private boolean updating;

    /** {@code select} receives what the user picks in either table. */
    PartnersTab(Consumer<List<SelectedItem>> select) {
        super(VERTICAL_SPLIT);
        setTopComponent(TitledTables.titled(
                "Partners who sit together (pairs sharing " + PartnerPairs.MIN_SHARED_DEFAULT + " or more groups)",
                coMemberTable));
        setBottomComponent(TitledTables.titled(
                "Bridging partners (groups across " + PartnerOverlaps.BRIDGING_THEMES_DEFAULT + " or more themes)",
                bridgeTable));
        setResizeWeight(0.5);
        coMemberTable.getSelectionModel().addListSelectionListener(e -> {
            int row = coMemberTable.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0 && !updating) {
                String[] ids = coMemberIds.get(coMemberTable.convertRowIndexToModel(row));
                select.accept(List.of(SelectedItem.node(ids[0]), SelectedItem.node(ids[1])));
            }
        });
        bridgeTable.getSelectionModel().addListSelectionListener(e -> {
            int row = bridgeTable.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0 && !updating) {
                select.accept(List.of(SelectedItem.node(bridgeIds.get(bridgeTable.convertRowIndexToModel(row)))));
            }
        });
    }

    void show(List<PartnerPair> pairs, List<PartnerOverlaps.Bridge> bridging, UnaryOperator<String> name) {
        updating = true;
        try {
            coMembers.setRowCount(0);
            coMemberIds.clear();
            for (PartnerPair p : pairs) {
                coMembers.addRow(new Object[] {name.apply(p.partnerA()), name.apply(p.partnerB()), p.shared()});
                coMemberIds.add(new String[] {p.partnerA(), p.partnerB()});
            }
            bridges.setRowCount(0);
            bridgeIds.clear();
            for (PartnerOverlaps.Bridge b : bridging) {
                bridges.addRow(new Object[] {
                    name.apply(b.partnerId()),
                    b.themeCount(),
                    b.groups(),
                    String.join("; ", b.themes().stream().map(name).toList())
                });
                bridgeIds.add(b.partnerId());
            }
        } finally {
            updating = false;
        }
    }

    JTable bridgeTable() {
        return bridgeTable;
    }
}
