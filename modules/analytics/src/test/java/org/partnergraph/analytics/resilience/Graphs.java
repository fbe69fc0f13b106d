package org.partnergraph.analytics.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.partnergraph.analytics.community.WeightedGraph;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.DatasetException;
import org.partnergraph.model.PartnershipGraph;

/** Small graphs beside the tests, and the Hertfordshire sample read with the bundle reader. */
public final class Graphs {

    private static PartnershipGraph hertfordshire;

    private Graphs() {}

    /** An unweighted graph from an edge list. */
    public static WeightedGraph of(int n, int[][] edges) {
        int[] a = new int[edges.length];
        int[] b = new int[edges.length];
        double[] w = new double[edges.length];
        for (int i = 0; i < edges.length; i++) {
            a[i] = edges[i][0];
            b[i] = edges[i][1];
            w[i] = 1;
        }
        return WeightedGraph.of(n, a, b, w, edges.length);
    }

    /** graphs/hertfordshire, read once. */
    public static synchronized PartnershipGraph hertfordshire() {
        if (hertfordshire == null) {
            try {
                hertfordshire = BundleReader.read(Path.of("..", "..", "graphs", "hertfordshire"))
                        .graph();
            } catch (DatasetException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hertfordshire;
    }

    /**
     * networkx 3.6.1 {@code gnm_random_graph(40, 46, seed=7)}, its edge list printed by
     * /tmp/peers/fragmentation.py (run outside the build; the script is quoted in
     * docs/scoring-resilience.md).
     */
    static final int[][] RANDOM_40 = {
        {2, 4}, {2, 5}, {2, 35}, {3, 14}, {3, 25}, {3, 27}, {3, 36}, {3, 37}, {4, 15}, {4, 34}, {4, 35}, {4, 38},
        {5, 35}, {5, 36}, {6, 23}, {6, 37}, {7, 32}, {7, 34}, {7, 36}, {8, 18}, {9, 20}, {9, 21}, {9, 26}, {10, 26},
        {11, 15}, {11, 35}, {12, 36}, {13, 32}, {13, 39}, {14, 37}, {15, 19}, {18, 28}, {19, 33}, {19, 36}, {20, 21},
        {20, 27}, {21, 31}, {22, 38}, {23, 29}, {25, 37}, {26, 27}, {26, 31}, {29, 37}, {31, 34}, {31, 37}, {35, 36}
    };

    /** Zachary's karate club, numbered from 0 as networkx's {@code karate_club_graph}, unweighted. */
    @SuppressWarnings("MutablePublicArray") // a test fixture every test reads and none writes
    public static final int[][] KARATE = {
        {0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {0, 6}, {0, 7}, {0, 8}, {0, 10}, {0, 11}, {0, 12}, {0, 13}, {0, 17},
        {0, 19}, {0, 21}, {0, 31}, {1, 2}, {1, 3}, {1, 7}, {1, 13}, {1, 17}, {1, 19}, {1, 21}, {1, 30}, {2, 3}, {2, 7},
        {2, 8}, {2, 9}, {2, 13}, {2, 27}, {2, 28}, {2, 32}, {3, 7}, {3, 12}, {3, 13}, {4, 6}, {4, 10}, {5, 6}, {5, 10},
        {5, 16}, {6, 16}, {8, 30}, {8, 32}, {8, 33}, {9, 33}, {13, 33}, {14, 32}, {14, 33}, {15, 32}, {15, 33},
        {18, 32}, {18, 33}, {19, 33}, {20, 32}, {20, 33}, {22, 32}, {22, 33}, {23, 25}, {23, 27}, {23, 29}, {23, 32},
        {23, 33}, {24, 25}, {24, 27}, {24, 31}, {25, 31}, {26, 29}, {26, 33}, {27, 33}, {28, 31}, {28, 33}, {29, 32},
        {29, 33}, {30, 32}, {30, 33}, {31, 32}, {31, 33}, {32, 33}
    };
}
