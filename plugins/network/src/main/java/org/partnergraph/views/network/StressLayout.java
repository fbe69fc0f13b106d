package org.partnergraph.views.network;

import java.util.Arrays;

/**
 * Stress majorization (Gansner, Koren and North, "Graph drawing by stress majorization", 2004):
 * places the nodes so that the distance between every two is as near as it can be to their
 * shortest-path distance in hops times the edge length, each pair weighted by 1 / distance squared,
 * solved node by node (localized SMACOF). Unlike the force layout it keeps the distances of the
 * whole graph, so clusters sit where the paths put them. Two nodes in different components are
 * given the largest distance plus one, with a weight a tenth as strong. O(n^2) a step and n^2 hop
 * counts held: offered up to {@link #MAX_NODES} laid-out nodes (the force layout above that).
 */
final class StressLayout implements Layout {

    static final int MAX_NODES = 2500;
    private static final double EDGE = 50;

    private final int[] nodes;
    private final short[] hops;
    /** The largest hop count: two components are drawn this plus one edge apart. */
    private final int longest;

    private final double[] x;
    private final double[] y;
    private final boolean[] pinned;
    private int iteration;

    StressLayout(NetworkModel model, double[] startX, double[] startY, boolean[] pinned) {
        this.x = startX.clone();
        this.y = startY.clone();
        this.pinned = pinned == null ? new boolean[x.length] : Arrays.copyOf(pinned, x.length);
        this.nodes = java.util.stream.IntStream.range(0, model.size())
                .filter(i -> !model.isolated(i))
                .toArray();
        this.hops = hops(model, nodes);
        int most = 1;
        for (short h : hops) {
            most = Math.max(most, h);
        }
        this.longest = most;
    }

    /** Whether the model's laid-out part is small enough for this layout. */
    static boolean fits(NetworkModel model) {
        int n = 0;
        for (int i = 0; i < model.size(); i++) {
            n += model.isolated(i) ? 0 : 1;
        }
        return n <= MAX_NODES;
    }

    /** Hop counts between the nodes given, by a breadth-first search from each; -1 between components. */
    private static short[] hops(NetworkModel model, int[] nodes) {
        int n = nodes.length;
        int[] local = new int[model.size()];
        Arrays.fill(local, -1);
        for (int a = 0; a < n; a++) {
            local[nodes[a]] = a;
        }
        short[] out = new short[n * n];
        Arrays.fill(out, (short) -1);
        int[] queue = new int[n];
        for (int a = 0; a < n; a++) {
            int head = 0;
            int tail = 0;
            queue[tail++] = a;
            out[a * n + a] = 0;
            while (head < tail) {
                int v = queue[head++];
                for (int w : model.neighbours[nodes[v]]) {
                    int b = local[w];
                    if (b >= 0 && out[a * n + b] < 0) {
                        out[a * n + b] = (short) Math.min(Short.MAX_VALUE, out[a * n + v] + 1);
                        queue[tail++] = b;
                    }
                }
            }
        }
        return out;
    }

    @Override
    public double step() {
        int n = nodes.length;
        double largest = 0;
        for (int a = 0; a < n; a++) {
            int i = nodes[a];
            if (pinned[i]) {
                continue;
            }
            double sx = 0;
            double sy = 0;
            double sw = 0;
            for (int b = 0; b < n; b++) {
                if (b == a) {
                    continue;
                }
                int j = nodes[b];
                int h = hops[a * n + b];
                double d = (h < 0 ? longest + 1 : h) * EDGE;
                double w = (h < 0 ? 0.1 : 1) / (d * d);
                double ddx = x[i] - x[j];
                double ddy = y[i] - y[j];
                double dist = Math.sqrt(ddx * ddx + ddy * ddy);
                if (dist < 1e-6) {
                    ddx = ((a * 31 + b) % 7 - 3) * 0.01 + 0.005;
                    ddy = ((a * 17 + b) % 5 - 2) * 0.01 + 0.005;
                    dist = Math.sqrt(ddx * ddx + ddy * ddy);
                }
                sx += w * (x[j] + d * ddx / dist);
                sy += w * (y[j] + d * ddy / dist);
                sw += w;
            }
            if (sw > 0) {
                double nx = sx / sw;
                double ny = sy / sw;
                largest = Math.max(largest, Math.hypot(nx - x[i], ny - y[i]));
                x[i] = nx;
                y[i] = ny;
            }
        }
        iteration++;
        return largest;
    }

    @Override
    public boolean settled(double lastMove) {
        return lastMove < EDGE * 0.01 || iteration >= 300;
    }

    @Override
    public int iteration() {
        return iteration;
    }

    @Override
    public double[][] snapshot() {
        return new double[][] {x.clone(), y.clone()};
    }

    /** The stress: the sum over pairs of weight x (distance drawn - distance wanted)^2 (the tests). */
    double stress() {
        int n = nodes.length;
        double total = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int h = hops[a * n + b];
                if (h > 0) {
                    double d = h * EDGE;
                    double drawn = Math.hypot(x[nodes[a]] - x[nodes[b]], y[nodes[a]] - y[nodes[b]]);
                    total += (drawn - d) * (drawn - d) / (d * d);
                }
            }
        }
        return total;
    }
}
