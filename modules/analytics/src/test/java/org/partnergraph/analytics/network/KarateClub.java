package org.partnergraph.analytics.network;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Zachary's karate club (Zachary 1977, "An information flow model for conflict and fission in
 * small groups"): 34 members, 78 ties, numbered from 0 as in NetworkX's {@code karate_club_graph},
 * unweighted. JGraphT has no built-in copy, so the well-known edge list is written out here.
 */
final class KarateClub {

    static final int NODES = 34;

    static final int[][] EDGES = {
        {0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {0, 6}, {0, 7}, {0, 8}, {0, 10}, {0, 11}, {0, 12}, {0, 13}, {0, 17},
        {0, 19}, {0, 21}, {0, 31}, {1, 2}, {1, 3}, {1, 7}, {1, 13}, {1, 17}, {1, 19}, {1, 21}, {1, 30}, {2, 3}, {2, 7},
        {2, 8}, {2, 9}, {2, 13}, {2, 27}, {2, 28}, {2, 32}, {3, 7}, {3, 12}, {3, 13}, {4, 6}, {4, 10}, {5, 6}, {5, 10},
        {5, 16}, {6, 16}, {8, 30}, {8, 32}, {8, 33}, {9, 33}, {13, 33}, {14, 32}, {14, 33}, {15, 32}, {15, 33},
        {18, 32}, {18, 33}, {19, 33}, {20, 32}, {20, 33}, {22, 32}, {22, 33}, {23, 25}, {23, 27}, {23, 29}, {23, 32},
        {23, 33}, {24, 25}, {24, 27}, {24, 31}, {25, 31}, {26, 29}, {26, 33}, {27, 33}, {28, 31}, {28, 33}, {29, 32},
        {29, 33}, {30, 32}, {30, 33}, {31, 32}, {31, 33}, {32, 33}
    };

    private KarateClub() {}

    static CsrGraph csr() {
        return csr(NODES, EDGES);
    }

    static Graph<Integer, DefaultEdge> jgrapht() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < NODES; v++) {
            g.addVertex(v);
        }
        for (int[] e : EDGES) {
            g.addEdge(e[0], e[1]);
        }
        return g;
    }

    /** An unweighted CSR graph from an edge list. */
    static CsrGraph csr(int n, int[][] edges) {
        int[] a = new int[edges.length];
        int[] b = new int[edges.length];
        double[] w = new double[edges.length];
        for (int i = 0; i < edges.length; i++) {
            a[i] = edges[i][0];
            b[i] = edges[i][1];
            w[i] = 1;
        }
        return CsrGraph.undirected(n, a, b, w, edges.length);
    }
}
