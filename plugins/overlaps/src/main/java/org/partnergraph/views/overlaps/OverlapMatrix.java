package org.partnergraph.views.overlaps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnergraph.analytics.overlap.GroupOverlaps;
import org.partnergraph.analytics.overlap.GroupPair;
import org.partnergraph.analytics.overlap.OverlapMeasure;
import org.partnergraph.model.Group;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;

/**
 * The group x group overlap matrix of one measure, its groups in seriated order (similar groups
 * side by side), and each group's members for the shared-member list.
 *
 * <p>The order is the leaf order of average-linkage clustering on the distance 1 - Jaccard: the
 * two closest clusters are joined first, and each join keeps both clusters contiguous, choosing
 * which ends meet by the smaller distance between them. So the pair with the highest Jaccard
 * always sits side by side, and every cluster of similar groups is a block on the diagonal.
 * O(n^3) in the groups shown, which are capped at {@link #MAX_GROUPS} (the largest).
 */
final class OverlapMatrix {

    /** At most this many groups are drawn (the largest by members); the rest are named as left out. */
    static final int MAX_GROUPS = 300;

    private final List<Group> groups;
    private final double[][] values;
    private final GroupPair[][] pairs;
    private final OverlapMeasure measure;
    private final double max;
    private final Map<String, Set<String>> members;
    private final int leftOut;

    private OverlapMatrix(
            List<Group> groups,
            double[][] values,
            GroupPair[][] pairs,
            OverlapMeasure measure,
            Map<String, Set<String>> members,
            int leftOut) {
        this.groups = groups;
        this.values = values;
        this.pairs = pairs;
        this.measure = measure;
        this.members = members;
        this.leftOut = leftOut;
        double m = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values.length; j++) {
                if (i != j) {
                    m = Math.max(m, values[i][j]);
                }
            }
        }
        this.max = m;
    }

    /** The matrix of the groups with at least one member, seriated. */
    static OverlapMatrix of(PartnershipGraph graph, OverlapMeasure measure) {
        Map<String, Set<String>> members = new HashMap<>();
        for (Membership m : graph.memberships()) {
            members.computeIfAbsent(m.groupId(), k -> new HashSet<>()).add(m.partnerId());
        }
        List<Group> withMembers = new ArrayList<>(
                graph.groups().stream().filter(g -> members.containsKey(g.id())).toList());
        withMembers.sort(
                Comparator.comparingInt((Group g) -> -members.get(g.id()).size())
                        .thenComparing(Group::name));
        int leftOut = Math.max(0, withMembers.size() - MAX_GROUPS);
        List<Group> shown = withMembers.subList(0, Math.min(MAX_GROUPS, withMembers.size()));
        GroupOverlaps overlaps = GroupOverlaps.of(graph);
        int n = shown.size();
        GroupPair[][] pairs = new GroupPair[n][n];
        double[][] jaccard = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                GroupPair p = overlaps.pair(shown.get(i).id(), shown.get(j).id());
                pairs[i][j] = p;
                pairs[j][i] = p;
                jaccard[i][j] = p.jaccard();
                jaccard[j][i] = p.jaccard();
            }
        }
        int[] order = seriate(jaccard);
        List<Group> ordered = new ArrayList<>();
        GroupPair[][] orderedPairs = new GroupPair[n][n];
        double[][] values = new double[n][n];
        for (int a = 0; a < n; a++) {
            ordered.add(shown.get(order[a]));
            for (int b = 0; b < n; b++) {
                GroupPair p = pairs[order[a]][order[b]];
                orderedPairs[a][b] = p;
                values[a][b] = p == null ? Double.NaN : p.measure(measure);
            }
        }
        return new OverlapMatrix(List.copyOf(ordered), values, orderedPairs, measure, members, leftOut);
    }

    /** Average-linkage leaf order on 1 - similarity; see the class comment. */
    static int[] seriate(double[][] similarity) {
        int n = similarity.length;
        if (n == 0) {
            return new int[0];
        }
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = i == j ? 0 : 1 - similarity[i][j];
            }
        }
        List<int[]> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusters.add(new int[] {i});
        }
        List<double[]> between = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            between.add(Arrays.copyOf(d[i], n));
        }
        while (clusters.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double v = between.get(a)[b];
                    if (v < best) {
                        best = v;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            int[] x = clusters.get(bestA);
            int[] y = clusters.get(bestB);
            int[] joined = join(x, y, d);
            int sizeX = x.length;
            int sizeY = y.length;
            double[] row = new double[clusters.size()];
            for (int c = 0; c < clusters.size(); c++) {
                row[c] = (between.get(bestA)[c] * sizeX + between.get(bestB)[c] * sizeY) / (sizeX + sizeY);
            }
            clusters.set(bestA, joined);
            for (int c = 0; c < clusters.size(); c++) {
                between.get(c)[bestA] = row[c];
            }
            between.set(bestA, row);
            row[bestA] = 0;
            clusters.remove(bestB);
            between.remove(bestB);
            for (int c = 0; c < between.size(); c++) {
                double[] r = between.get(c);
                double[] shorter = new double[r.length - 1];
                System.arraycopy(r, 0, shorter, 0, bestB);
                System.arraycopy(r, bestB + 1, shorter, bestB, r.length - bestB - 1);
                between.set(c, shorter);
            }
        }
        return clusters.get(0);
    }

    /** x and y end to end, flipped so that the two ends that meet are the closest of the four choices. */
    private static int[] join(int[] x, int[] y, double[][] d) {
        int xs = x[0];
        int xe = x[x.length - 1];
        int ys = y[0];
        int ye = y[y.length - 1];
        double[] cost = {d[xe][ys], d[xe][ye], d[xs][ys], d[xs][ye]};
        int choice = 0;
        for (int i = 1; i < 4; i++) {
            if (cost[i] < cost[choice]) {
                choice = i;
            }
        }
        int[] first = choice >= 2 ? reversed(x) : x;
        int[] second = choice == 1 || choice == 3 ? reversed(y) : y;
        int[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    private static int[] reversed(int[] a) {
        int[] r = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    List<Group> groups() {
        return groups;
    }

    int size() {
        return groups.size();
    }

    /** The measure of groups {@code a} and {@code b} (in shown order); NaN on the diagonal. */
    double value(int a, int b) {
        return values[a][b];
    }

    GroupPair pair(int a, int b) {
        return pairs[a][b];
    }

    OverlapMeasure measure() {
        return measure;
    }

    /** The largest off-diagonal value: the top of the colour scale. */
    double max() {
        return max;
    }

    /** Groups with members beyond {@link #MAX_GROUPS}, not drawn. */
    int leftOut() {
        return leftOut;
    }

    Set<String> membersOf(String groupId) {
        return members.getOrDefault(groupId, Set.of());
    }

    /** Partners in both groups, sorted by id. */
    List<String> shared(int a, int b) {
        Set<String> x = membersOf(groups.get(a).id());
        return membersOf(groups.get(b).id()).stream()
                .filter(x::contains)
                .sorted()
                .toList();
    }

    int indexOf(String groupId) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).id().equals(groupId)) {
                return i;
            }
        }
        return -1;
    }

    /** Header and rows for the CSV export: the matrix in shown order. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("group");
        groups.forEach(g -> header.add(g.name()));
        rows.add(header);
        for (int a = 0; a < groups.size(); a++) {
            List<String> row = new ArrayList<>();
            row.add(groups.get(a).name());
            for (int b = 0; b < groups.size(); b++) {
                row.add(a == b ? "" : format(values[a][b]));
            }
            rows.add(row);
        }
        return rows;
    }

    String format(double v) {
        if (measure == OverlapMeasure.SHARED) {
            return Long.toString(Math.round(v));
        }
        return java.math.BigDecimal.valueOf(Math.round(v * 1000) / 1000.0)
                .stripTrailingZeros()
                .toPlainString();
    }
}
