package org.partnergraph.views.overlaps;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import org.partnergraph.analytics.overlap.GroupPair;
import org.partnergraph.model.Group;

/**
 * The Groups tab: the heat map, the merge candidates beside it, and the members a chosen pair of
 * groups shares. It reports what the user picks; the panel decides what that selects.
 */
final class GroupsTab extends JSplitPane {

    /** What the tab reports: a pair of groups by matrix position, or one shared member's id. */
    interface Picks {
        void pair(int a, int b);

        void group(int g);

        void member(String id);
    }

    static final String NO_PAIR = "Click a cell to see who two groups share.";

    private final HeatMap heatMap = new HeatMap();
    private final DefaultTableModel candidates =
            TitledTables.readOnly("Group A", "Group B", "Shared", "Jaccard", "Overlap");
    private final JTable candidateTable = TitledTables.table(candidates, "overlaps.candidates");
    private final DefaultListModel<String> sharedModel = new DefaultListModel<>();
    private final JList<String> shared = new JList<>(sharedModel);
    private final JLabel pairTitle = new JLabel(NO_PAIR);
    private final List<String> sharedIds = new ArrayList<>();
    private final List<GroupPair> candidateRows = new ArrayList<>();
    private OverlapMatrix matrix;
    private boolean updating;

    GroupsTab(Picks picks) {
        super(HORIZONTAL_SPLIT);
        shared.setName("overlaps.shared");
        shared.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        JScrollPane mapScroll = new JScrollPane(heatMap);
        mapScroll.setPreferredSize(new Dimension(620, 500));
        mapScroll.getVerticalScrollBar().setUnitIncrement(16);
        mapScroll.getHorizontalScrollBar().setUnitIncrement(16);
        JPanel map = new JPanel(new BorderLayout());
        map.add(zoomBar(), BorderLayout.NORTH);
        map.add(mapScroll, BorderLayout.CENTER);
        JPanel pairPanel = new JPanel(new BorderLayout());
        pairTitle.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        pairPanel.add(pairTitle, BorderLayout.NORTH);
        pairPanel.add(new JScrollPane(shared), BorderLayout.CENTER);
        JSplitPane side = new JSplitPane(
                VERTICAL_SPLIT, TitledTables.titled("Merge candidates (strongest first)", candidateTable), pairPanel);
        side.setResizeWeight(0.5);
        side.setPreferredSize(new Dimension(420, 400));
        TitledTables.widths(candidateTable, 160, 160, 50, 50, 50);
        setLeftComponent(map);
        setRightComponent(side);
        setResizeWeight(0.65);
        wire(picks);
    }

    private JPanel zoomBar() {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        JButton out =
                zoomButton("\u2212", "overlaps.zoomout", "Smaller cells (Ctrl+wheel down)", () -> heatMap.zoom(-1));
        JButton in = zoomButton("+", "overlaps.zoomin", "Larger cells (Ctrl+wheel up)", () -> heatMap.zoom(1));
        JButton fit = zoomButton("Fit", "overlaps.zoomfit", "The whole matrix in view", heatMap::fit);
        JLabel size = new JLabel();
        size.setName("overlaps.cellsize");
        Runnable show = () -> size.setText("cells " + heatMap.cell() + " px \u00b7 Ctrl+wheel to zoom");
        heatMap.onZoom(show);
        show.run();
        bar.add(out);
        bar.add(in);
        bar.add(fit);
        bar.add(size);
        return bar;
    }

    private static JButton zoomButton(String text, String name, String tip, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.setToolTipText(tip);
        b.addActionListener(e -> action.run());
        return b;
    }

    private void wire(Picks picks) {
        heatMap.onCell(picks::pair);
        heatMap.onGroup(picks::group);
        candidateTable.getSelectionModel().addListSelectionListener(e -> {
            int row = candidateTable.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0 && !updating && matrix != null) {
                GroupPair p = candidateRows.get(candidateTable.convertRowIndexToModel(row));
                int a = matrix.indexOf(p.groupA());
                int b = matrix.indexOf(p.groupB());
                if (a >= 0 && b >= 0) {
                    picks.pair(a, b);
                }
            }
        });
        shared.addListSelectionListener(e -> {
            int i = shared.getSelectedIndex();
            if (!e.getValueIsAdjusting() && i >= 0 && !updating) {
                picks.member(sharedIds.get(i));
            }
        });
    }

    void setMatrix(OverlapMatrix matrix) {
        this.matrix = matrix;
        heatMap.setMatrix(matrix);
        sharedModel.clear();
        sharedIds.clear();
        pairTitle.setText(NO_PAIR);
    }

    void showCandidates(List<GroupPair> pairs, UnaryOperator<String> name) {
        updating = true;
        try {
            candidates.setRowCount(0);
            candidateRows.clear();
            for (GroupPair p : pairs) {
                candidates.addRow(new Object[] {
                    name.apply(p.groupA()),
                    name.apply(p.groupB()),
                    p.shared(),
                    TitledTables.round(p.jaccard()),
                    TitledTables.round(p.overlapCoefficient())
                });
                candidateRows.add(p);
            }
        } finally {
            updating = false;
        }
    }

    /** Shows the pair at matrix positions {@code a} and {@code b}: the cell, its title, its shared members. */
    void showPair(int a, int b, UnaryOperator<String> name) {
        heatMap.choose(a, b);
        Group ga = matrix.groups().get(a);
        Group gb = matrix.groups().get(b);
        updating = true;
        try {
            sharedModel.clear();
            sharedIds.clear();
            matrix.shared(a, b).stream()
                    .sorted((x, y) -> name.apply(x).compareToIgnoreCase(name.apply(y)))
                    .forEach(id -> {
                        sharedIds.add(id);
                        sharedModel.addElement(name.apply(id));
                    });
        } finally {
            updating = false;
        }
        GroupPair p = matrix.pair(a, b);
        pairTitle.setText("<html><b>" + ga.name() + "</b> and <b>" + gb.name() + "</b>: " + p.shared()
                + " shared (Jaccard " + matrix.format(p.jaccard()) + ")</html>");
    }

    /** Marks the matrix rows at {@code positions} and selects the shared members among {@code ids}. */
    void mark(Set<Integer> positions, Set<String> ids) {
        heatMap.mark(positions);
        updating = true;
        try {
            shared.clearSelection();
            for (int i = 0; i < sharedIds.size(); i++) {
                if (ids.contains(sharedIds.get(i))) {
                    shared.setSelectedIndex(i);
                }
            }
        } finally {
            updating = false;
        }
    }

    HeatMap heatMap() {
        return heatMap;
    }

    List<String> sharedIds() {
        return sharedIds;
    }

    JTable candidateTable() {
        return candidateTable;
    }
}
