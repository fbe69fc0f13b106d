package org.partnergraph.views.network;

import java.util.HashMap;
import java.util.Map;
import org.partnergraph.analytics.community.Louvain;
import org.partnergraph.analytics.resilience.PartnerNetwork;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;

/**
 * The informal communities the {@code clusters} command reports, per node of the network: Louvain
 * (default resolution and seed) on the partner network ({@link PartnerNetwork}: partners joined by
 * shared groups and direct relationships). A group takes the community most of its members are in
 * (ties: the lower number). Communities are renumbered by size, largest 0; a community of one is
 * -1, as are nodes in none.
 */
final class Communities {

    private Communities() {}

    static int[] of(PartnershipGraph graph, NetworkModel model) {
        PartnerNetwork network = PartnerNetwork.of(graph);
        int[] raw = new Louvain(network.graph()).communities();
        int[] size = new int[raw.length + 1];
        for (int c : raw) {
            size[c]++;
        }
        int[] out = new int[model.size()];
        java.util.Arrays.fill(out, -1);
        for (int v = 0; v < network.size(); v++) {
            int i = model.indexOf(network.id(v));
            if (i >= 0 && size[raw[v]] > 1) {
                out[i] = raw[v];
            }
        }
        Map<Integer, Map<Integer, Integer>> votes = new HashMap<>();
        for (Membership m : graph.memberships()) {
            int p = model.indexOf(m.partnerId());
            int g = model.indexOf(m.groupId());
            if (p >= 0 && g >= 0 && out[p] >= 0 && model.kinds[g] == NetworkModel.Kind.GROUP) {
                votes.computeIfAbsent(g, k -> new HashMap<>()).merge(out[p], 1, Integer::sum);
            }
        }
        votes.forEach((g, counts) -> out[g] = counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue())
                        ? Integer.compare(b.getKey(), a.getKey())
                        : Integer.compare(a.getValue(), b.getValue()))
                .orElseThrow()
                .getKey());
        return bySize(out, size);
    }

    /** Renumbers communities largest first (ties by old number). */
    private static int[] bySize(int[] community, int[] size) {
        Integer[] order = new Integer[size.length];
        for (int c = 0; c < size.length; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> size[a] != size[b] ? size[b] - size[a] : a - b);
        int[] rank = new int[size.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        int[] out = new int[community.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = community[i] < 0 ? -1 : rank[community[i]];
        }
        return out;
    }
}
