package org.partnergraph.views.network;

import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * The bodies with no connection, kept out of the layout: counted, and when the strip is open,
 * placed in rows below the laid-out network, by type then name, at least as wide as the network.
 */
final class UnconnectedStrip {

    /** Layout units between two places in the strip, across and down. */
    static final double ACROSS = 60;

    static final double DOWN = 24;

    private UnconnectedStrip() {}

    static int count(NetworkModel model) {
        return nodes(model, new BitSet()).length;
    }

    /** The unconnected nodes the filter keeps, by type then name. */
    static int[] nodes(NetworkModel model, BitSet hidden) {
        return IntStream.range(0, model.size())
                .filter(i -> model.isolated(i) && !hidden.get(i))
                .boxed()
                .sorted((a, b) -> model.types[a].equals(model.types[b])
                        ? model.labels[a].compareToIgnoreCase(model.labels[b])
                        : model.types[a].compareToIgnoreCase(model.types[b]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** Places for {@code strip}: rows under the drawn connected nodes, left-aligned with them. */
    static double[][] place(NetworkModel model, double[][] positions, BitSet hidden, int[] strip) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < model.size(); i++) {
            if (!model.isolated(i) && !hidden.get(i)) {
                minX = Math.min(minX, positions[0][i]);
                maxX = Math.max(maxX, positions[0][i]);
                maxY = Math.max(maxY, positions[1][i]);
            }
        }
        if (minX > maxX) {
            minX = 0;
            maxX = 10 * ACROSS;
            maxY = 0;
        }
        // as wide as the network, or wider so that the strip is at most a quarter as tall as wide
        int columns = Math.max((int) ((maxX - minX) / ACROSS) + 1, (int) Math.ceil(Math.sqrt(strip.length * 4.0)));
        double[][] out = new double[2][strip.length];
        for (int k = 0; k < strip.length; k++) {
            out[0][k] = minX + (k % columns) * ACROSS;
            int row = k / columns;
            out[1][k] = maxY + 3 * DOWN + row * DOWN;
        }
        return out;
    }
}
