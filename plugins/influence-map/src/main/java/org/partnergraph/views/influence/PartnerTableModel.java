package org.partnergraph.views.influence;

import java.util.Map;
import org.partnergraph.analytics.influence.PartnerInfluence;
import org.partnergraph.analytics.network.PartnerPosition;
import org.partnergraph.plugin.swing.RowTableModel;

/** The ranked partners: influence, quality, gap, quadrant, stage gap, and network position once computed. */
final class PartnerTableModel extends RowTableModel<PartnerInfluence> {

    static final String[] COLUMNS = {
        "Partner",
        "Type",
        "Ratings",
        "Max influence",
        "Mean quality",
        "Relationship gap",
        "Quadrant",
        "Stage gap",
        "PageRank",
        "Betweenness"
    };

    private Map<String, PartnerPosition> positions = Map.of();

    PartnerTableModel() {
        super(COLUMNS);
    }

    /**
     * Sets the network positions and tells the table which rows changed: none when there are no
     * rows yet (the positions of a graph can arrive before its ranking), since an update of row 0
     * of an empty table makes a sorted JTable look up a view row that does not exist.
     */
    void setPositions(Map<String, PartnerPosition> next) {
        positions = next;
        if (getRowCount() > 0) {
            fireTableRowsUpdated(0, getRowCount() - 1);
        }
    }

    int rowOf(String partnerId) {
        return indexOf(p -> p.partner().id().equals(partnerId));
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case 2, 7 -> Integer.class;
            case 3, 4, 5, 8, 9 -> Double.class;
            default -> String.class;
        };
    }

    @Override
    protected Object valueOf(PartnerInfluence p, int column) {
        PartnerPosition pos = positions.get(p.partner().id());
        return switch (column) {
            case 0 -> p.partner().name();
            case 1 -> p.partner().type();
            case 2 -> p.ratings().size();
            case 3 -> p.ratings().isEmpty() ? null : p.maxInfluence();
            case 4 -> Double.isNaN(p.meanQuality()) ? null : round(p.meanQuality(), 100);
            case 5 -> p.relationshipGap();
            case 6 -> p.ratings().isEmpty() ? "" : p.quadrant().label();
            case 7 -> p.stageGap();
            case 8 -> pos == null ? null : round(pos.pageRank(), 10_000);
            default -> pos == null ? null : round(pos.betweenness(), 10_000);
        };
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }
}
