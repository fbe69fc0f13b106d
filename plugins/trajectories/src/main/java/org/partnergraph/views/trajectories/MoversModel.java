package org.partnergraph.views.trajectories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnergraph.analytics.movers.Mover;
import org.partnergraph.analytics.network.NetworkPosition;
import org.partnergraph.analytics.network.PartnerPosition;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.IndicatorRole;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.swing.RowTableModel;

/** Who can move the indicator: one row per mover, ranked as {@code IndicatorMovers} ranks them. */
final class MoversModel extends RowTableModel<MoversModel.Row> {

    static final String[] COLUMNS = {"Partner", "Role", "Score", "Influence part", "PageRank", "Betweenness", "Why"};

    /** One row. */
    record Row(
            String partnerId,
            String partner,
            String role,
            double score,
            double influence,
            Double pageRank,
            Double betweenness,
            String why) {}

    MoversModel() {
        super(COLUMNS);
    }

    /** The rows for {@code movers} of {@code indicatorId}. */
    static List<Row> rowsOf(PartnershipGraph graph, String indicatorId, List<Mover> movers, NetworkPosition position) {
        Map<String, Partner> partners = graph.partnersById();
        Map<String, IndicatorRole> roles = new java.util.HashMap<>();
        for (IndicatorLink l : graph.indicatorLinks()) {
            if (l.indicatorId().equals(indicatorId)) {
                roles.merge(l.partnerId(), l.role(), (a, b) -> a == IndicatorRole.LEAD ? a : b);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Mover m : movers) {
            Partner p = partners.get(m.partnerId());
            var pos = position == null ? java.util.Optional.<PartnerPosition>empty() : position.of(m.partnerId());
            IndicatorRole role = roles.get(m.partnerId());
            rows.add(new Row(
                    m.partnerId(),
                    p == null ? m.partnerId() : p.name(),
                    role == null ? "" : role == IndicatorRole.LEAD ? "lead" : "supports",
                    m.score(),
                    m.influence(),
                    pos.map(PartnerPosition::pageRank).orElse(null),
                    pos.map(PartnerPosition::betweenness).orElse(null),
                    String.join("; ", m.reasons())));
        }
        return rows;
    }

    int rowOf(String partnerId) {
        return indexOf(r -> r.partnerId().equals(partnerId));
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case 2, 3, 4, 5 -> Double.class;
            default -> String.class;
        };
    }

    @Override
    protected Object valueOf(Row r, int column) {
        return switch (column) {
            case 0 -> r.partner();
            case 1 -> r.role();
            case 2 -> round(r.score());
            case 3 -> round(r.influence());
            case 4 -> r.pageRank() == null ? null : round4(r.pageRank());
            case 5 -> r.betweenness() == null ? null : round4(r.betweenness());
            default -> r.why();
        };
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round4(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
