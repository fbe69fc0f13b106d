package org.partnergraph.views.network;

import java.util.Arrays;
import java.util.Random;

/**
 * A Fruchterman-Reingold force-directed layout whose repulsion is computed on a grid (only between
 * nodes in neighbouring cells, within twice the ideal edge length), so an iteration costs about
 * O(n + m) rather than O(n^2): thousands of nodes lay out in seconds. Pinned nodes do not move.
 * Not thread-safe: one thread steps it; others read copies ({@link #snapshot}).
 */
final class ForceLayout implements Layout {

    private final NetworkModel model;
    private final double[] x;
    private final double[] y;
    private final boolean[] pinned;
    /** Nodes with an edge: the ones laid out. */
    private final boolean[] active;

    private final double k;
    private double temperature;
    private int iteration;

    /** Starts from {@code startX/startY} where given (not NaN), elsewhere near a placed neighbour or at random. */
    ForceLayout(NetworkModel model, double[] startX, double[] startY, boolean[] pinned, long seed) {
        this.model = model;
        int n = model.size();
        this.k = 40;
        this.x = new double[n];
        this.y = new double[n];
        this.pinned = pinned == null ? new boolean[n] : Arrays.copyOf(pinned, n);
        this.active = new boolean[n];
        for (int i = 0; i < n; i++) {
            active[i] = !model.isolated(i);
        }
        Random random = new Random(seed);
        double side = Math.sqrt(Math.max(1, n)) * k;
        boolean[] placed = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (startX != null && i < startX.length && !Double.isNaN(startX[i])) {
                x[i] = startX[i];
                y[i] = startY[i];
                placed[i] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!placed[i]) {
                int anchor = -1;
                for (int j : model.neighbours[i]) {
                    if (placed[j]) {
                        anchor = j;
                        break;
                    }
                }
                if (anchor >= 0) {
                    x[i] = x[anchor] + (random.nextDouble() - 0.5) * k;
                    y[i] = y[anchor] + (random.nextDouble() - 0.5) * k;
                } else {
                    x[i] = (random.nextDouble() - 0.5) * side;
                    y[i] = (random.nextDouble() - 0.5) * side;
                }
            }
        }
        this.temperature = side / 10;
    }

    @Override
    public double step() {
        int n = model.size();
        double[] dx = new double[n];
        double[] dy = new double[n];
        repel(dx, dy);
        for (int e = 0; e < model.edgeFrom.length; e++) {
            int a = model.edgeFrom[e];
            int b = model.edgeTo[e];
            double ddx = x[a] - x[b];
            double ddy = y[a] - y[b];
            double d = Math.sqrt(ddx * ddx + ddy * ddy) + 1e-9;
            double f = d / k;
            dx[a] -= ddx * f;
            dy[a] -= ddy * f;
            dx[b] += ddx * f;
            dy[b] += ddy * f;
        }
        double largest = 0;
        for (int i = 0; i < n; i++) {
            if (pinned[i] || !active[i]) {
                continue;
            }
            // a weak pull to the centre keeps separate components from drifting apart
            dx[i] -= x[i] * 0.01;
            dy[i] -= y[i] * 0.01;
            double d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (d > 0) {
                double move = Math.min(d, temperature);
                x[i] += dx[i] / d * move;
                y[i] += dy[i] / d * move;
                largest = Math.max(largest, move);
            }
        }
        temperature = Math.max(k * 0.06, temperature * 0.97);
        iteration++;
        return largest;
    }

    /** Adds the repulsion between laid-out nodes in neighbouring grid cells. */
    private void repel(double[] dx, double[] dy) {
        int n = model.size();
        double cellSize = 2 * k;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            if (active[i]) {
                minX = Math.min(minX, x[i]);
                minY = Math.min(minY, y[i]);
            }
        }
        java.util.HashMap<Long, int[]> grid = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            if (active[i]) {
                long key = ((long) ((x[i] - minX) / cellSize)) * 1_000_003L + (long) ((y[i] - minY) / cellSize);
                int[] bucket = grid.computeIfAbsent(key, c -> new int[] {0, 0, 0, 0});
                if (bucket[0] + 1 >= bucket.length) {
                    bucket = Arrays.copyOf(bucket, bucket.length * 2);
                    grid.put(key, bucket);
                }
                bucket[++bucket[0]] = i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!active[i]) {
                continue;
            }
            long cx = (long) ((x[i] - minX) / cellSize);
            long cy = (long) ((y[i] - minY) / cellSize);
            for (long ox = -1; ox <= 1; ox++) {
                for (long oy = -1; oy <= 1; oy++) {
                    int[] bucket = grid.get((cx + ox) * 1_000_003L + (cy + oy));
                    if (bucket != null) {
                        push(i, bucket, cellSize * cellSize, dx, dy);
                    }
                }
            }
        }
    }

    private void push(int i, int[] bucket, double reach2, double[] dx, double[] dy) {
        for (int b = 1; b <= bucket[0]; b++) {
            int j = bucket[b];
            if (j == i) {
                continue;
            }
            double ddx = x[i] - x[j];
            double ddy = y[i] - y[j];
            double d2 = ddx * ddx + ddy * ddy;
            if (d2 > reach2) {
                continue;
            }
            if (d2 < 0.01) {
                ddx = ((i * 31 + j) % 7 - 3) * 0.1 + 0.05;
                ddy = ((i * 17 + j) % 5 - 2) * 0.1 + 0.05;
                d2 = ddx * ddx + ddy * ddy;
            }
            double f = k * k / d2;
            dx[i] += ddx * f;
            dy[i] += ddy * f;
        }
    }

    /** Whether the layout has settled: moves are below a small share of the edge length. */
    @Override
    public boolean settled(double lastMove) {
        return lastMove < k * 0.05 || iteration >= 600;
    }

    @Override
    public int iteration() {
        return iteration;
    }

    @Override
    public double[][] snapshot() {
        return new double[][] {x.clone(), y.clone()};
    }
}
