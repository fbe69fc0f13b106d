package org.partnergraph.views.overlaps;

import java.awt.BorderLayout;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import org.partnergraph.analytics.overlap.GroupOverlaps;
import org.partnergraph.analytics.overlap.GroupPair;
import org.partnergraph.analytics.overlap.OverlapMeasure;
import org.partnergraph.analytics.overlap.PartnerOverlaps;
import org.partnergraph.analytics.overlap.PartnerPair;
import org.partnergraph.analytics.overlap.PartnerPairs;
import org.partnergraph.model.Group;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.SelectionEvent;
import org.partnergraph.plugin.TaskMonitor;
import org.partnergraph.plugin.support.ViewExports;
import org.partnergraph.plugin.swing.WorkbenchContext;

/**
 * Overlaps: the group heat map with merge candidates and the shared members of a chosen pair; and
 * for partners, who sits with whom (co-membership) and who bridges themes. This class wires the
 * toolbar and the two tabs to the workbench: it computes in the background and routes selections.
 */
final class OverlapsPanel extends JPanel implements GroupsTab.Picks {

    private final WorkbenchContext context;
    private final OverlapsToolbar toolbar;
    private final GroupsTab groups = new GroupsTab(this);
    private final PartnersTab partners;
    private OverlapMatrix matrix;
    private GroupOverlaps overlaps;
    private Map<String, String> names = Map.of();

    OverlapsPanel(WorkbenchContext context) {
        super(new BorderLayout());
        this.context = context;
        this.toolbar = new OverlapsToolbar(context.settings());
        this.partners = new PartnersTab(items -> context.selection().publish(this, items));
        setName("overlaps.panel");
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("overlaps.tabs");
        tabs.addTab("Groups", groups);
        tabs.addTab("Partners", partners);
        add(toolbar, BorderLayout.NORTH);
        add(tabs, BorderLayout.CENTER);

        toolbar.onMeasure(this::compute);
        toolbar.onThreshold(this::fillCandidates);
        toolbar.onMinSize(this::fillCandidates);
        context.selection().follow(this::follow);
        context.graph().addGraphListener(change -> compute());
        compute();
    }

    /** Everything the panel shows of one graph, computed off the event thread. */
    private record Computed(
            OverlapMatrix matrix,
            GroupOverlaps overlaps,
            List<PartnerPair> pairs,
            List<PartnerOverlaps.Bridge> bridges,
            Map<String, String> names) {}

    @SuppressWarnings("ReferenceEquality") // graphs are immutable and replaced whole: the same object is the same graph
    private void compute() {
        PartnershipGraph graph = context.graph().current();
        OverlapMeasure m = toolbar.measure();
        toolbar.status("Computing overlaps\u2026", null);
        context.tasks().submit("Group overlaps", monitor -> computed(graph, m, monitor), c -> {
            if (graph == context.graph().current() && m == toolbar.measure()) {
                show(c);
            }
        });
    }

    private static Computed computed(PartnershipGraph graph, OverlapMeasure m, TaskMonitor monitor) {
        monitor.message("group pairs");
        GroupOverlaps o = GroupOverlaps.of(graph);
        monitor.message("seriation");
        OverlapMatrix matrix = OverlapMatrix.of(graph, m);
        monitor.message("partner pairs and bridges");
        List<PartnerPair> pairs = PartnerPairs.of(graph).pairs();
        List<PartnerOverlaps.Bridge> bridges = PartnerOverlaps.bridges(graph);
        Map<String, String> names = new HashMap<>();
        graph.nodes().forEach(n -> names.put(n.id(), n.name()));
        return new Computed(matrix, o, pairs, bridges, names);
    }

    private void show(Computed c) {
        matrix = c.matrix();
        overlaps = c.overlaps();
        names = c.names();
        groups.setMatrix(matrix);
        toolbar.status(
                matrix.size() + " groups with members"
                        + (matrix.leftOut() > 0
                                ? " (the largest " + OverlapMatrix.MAX_GROUPS + " shown; " + matrix.leftOut()
                                        + " left out)"
                                : ""),
                "Ordered so that similar groups sit together (average-linkage clustering on 1 - Jaccard)");
        partners.show(c.pairs(), c.bridges(), this::name);
        fillCandidates();
        follow(new SelectionEvent(context, context.selection().items()));
        context.offerExports(List.of(
                ViewExports.png(groups.heatMap()),
                ViewExports.svg(groups.heatMap()),
                ViewExports.csv("CSV of the matrix, in the order shown", matrix::rows)));
    }

    private String name(String id) {
        return names.getOrDefault(id, id);
    }

    private void fillCandidates() {
        if (overlaps != null) {
            groups.showCandidates(candidates(), this::name);
        }
    }

    /** The pairs at or above the threshold whose groups both have at least the minimum members. */
    List<GroupPair> candidates() {
        int min = toolbar.minGroupSize();
        return overlaps.mergeCandidates(toolbar.measure(), toolbar.threshold()).stream()
                .filter(p -> Math.min(p.sizeA(), p.sizeB()) >= min)
                .toList();
    }

    OverlapsToolbar toolbar() {
        return toolbar;
    }

    @Override
    public void pair(int a, int b) {
        groups.showPair(a, b, this::name);
        Group ga = matrix.groups().get(a);
        Group gb = matrix.groups().get(b);
        context.selection().publish(this, List.of(SelectedItem.node(ga.id()), SelectedItem.node(gb.id())));
    }

    @Override
    public void group(int g) {
        context.selection()
                .publish(this, List.of(SelectedItem.node(matrix.groups().get(g).id())));
    }

    @Override
    public void member(String id) {
        context.selection().publish(this, List.of(SelectedItem.node(id)));
    }

    private void follow(SelectionEvent event) {
        if (event.source() == this || matrix == null) {
            return;
        }
        Set<String> ids = new HashSet<>(event.nodeIds());
        Set<Integer> marked = new HashSet<>();
        for (Membership m : context.graph().current().memberships()) {
            if (ids.contains(m.partnerId()) && matrix.indexOf(m.groupId()) >= 0) {
                marked.add(matrix.indexOf(m.groupId()));
            }
        }
        for (String id : ids) {
            if (matrix.indexOf(id) >= 0) {
                marked.add(matrix.indexOf(id));
            }
        }
        groups.mark(marked, ids);
    }

    // for tests
    OverlapMatrix matrix() {
        return matrix;
    }

    HeatMap heatMap() {
        return groups.heatMap();
    }

    List<String> sharedIds() {
        return groups.sharedIds();
    }

    JTable candidateTable() {
        return groups.candidateTable();
    }

    JTable bridgeTable() {
        return partners.bridgeTable();
    }
}
