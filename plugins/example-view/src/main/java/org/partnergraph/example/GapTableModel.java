package org.partnergraph.example;

import java.util.Comparator;
import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.partnergraph.analytics.influence.PartnerInfluence;

/** One row per partner with ratings, the largest gap first. */
final class GapTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {
        "Partner", "Relationship gap", "Highest influence", "Mean quality", "Quadrant"
    };

    private List<PartnerInfluence> rows = List.of();

    void setRows(List<PartnerInfluence> partners) {
        rows = partners.stream()
                .filter(p -> !p.ratings().isEmpty())
                .sorted(Comparator.comparingDouble(PartnerInfluence::relationshipGap)
                        .reversed())
                .toList();
        fireTableDataChanged();
    }

    PartnerInfluence partnerAt(int row) {
        return rows.get(row);
    }

    /** The row of the first of {@code ids} that is a partner in the table, or -1. */
    int rowOf(List<String> ids) {
        for (int i = 0; i < rows.size(); i++) {
            if (ids.contains(rows.get(i).partner().id())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 1 || column == 2 || column == 3 ? Double.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        PartnerInfluence p = rows.get(row);
        return switch (column) {
            case 0 -> p.partner().name();
            case 1 -> p.relationshipGap();
            case 2 -> p.maxInfluence();
            case 3 -> p.meanQuality();
            default -> p.quadrant().toString();
        };
    }
}
