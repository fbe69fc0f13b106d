package org.partnergraph.views.influence;

import java.util.Map;
import org.partnergraph.analytics.influence.InfluenceMap;
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
        "Betweenness",
        "Influence then",
        "Influence now",
        "Influence change",
        "Quality then",
        "Quality now",
        "Quality change"
    };

    /** The first of the columns shown only while two waves are compared (then / now / change). */
    static final int FIRST_CHANGE = 10;

    private Map<String, PartnerPosition> positions = Map.of();
    private InfluenceMap then;

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

    /** The earlier wave's map, whose partners fill the then / now / change columns; null: no comparison. */
    void setThen(InfluenceMap earlier) {
        then = earlier;
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
            case 3, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15 -> Double.class;
            default -> String.class;
        };
    }

    /** True for a row of the earlier wave's map: the partner is no longer rated. */
    @SuppressWarnings("ReferenceEquality") // the row is the earlier map's own object exactly when it comes from there
    private boolean onlyThen(PartnerInfluence p) {
        return then != null && then.partner(p.partner().id()).orElse(null) == p;
    }

    @Override
    protected Object valueOf(PartnerInfluence p, int column) {
        if (onlyThen(p) && column >= 2 && column < 8) {
            return column == 2 ? Integer.valueOf(0) : column == 6 ? "not rated now" : null;
        }
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
            case 9 -> pos == null ? null : round(pos.betweenness(), 10_000);
            default -> change(p, column - FIRST_CHANGE);
        };
    }

    /** Then, now or change (0, 1, 2) of max influence, then of mean quality (3, 4, 5). */
    private Double change(PartnerInfluence now, int which) {
        if (then == null) {
            return null;
        }
        boolean influence = which < 3;
        Double before =
                then.partner(now.partner().id()).map(p -> value(p, influence)).orElse(null);
        Double after = onlyThen(now) ? null : value(now, influence);
        return switch (which % 3) {
            case 0 -> before;
            case 1 -> after;
            default -> before == null || after == null ? null : round(after - before, 100);
        };
    }

    private static Double value(PartnerInfluence p, boolean influence) {
        if (p.ratings().isEmpty()) {
            return null;
        }
        return influence ? p.maxInfluence() : round(p.meanQuality(), 100);
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }
}
