package org.partnergraph.analytics.network;

import java.util.Arrays;

/** Compressed rows of an incidence list (memberships as parallel int arrays), shared by the overlap and network kernels. */
public final class Incidence {

    private Incidence() {
    }

    /**
     * The {@code to} values of the first {@code n} pairs grouped by their {@code from} value, each
     * row sorted and without repeats: {@code rows(partnerOf, groupOf, n, partners)[p]} are the
     * groups of partner {@code p}. O(n log n).
     */
    public static int[][] rows(int[] from, int[] to, int n, int rows) {
        int[] degree = new int[rows];
        for (int i = 0; i < n; i++) {
            degree[from[i]]++;
        }
        int[][] out = new int[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = new int[degree[r]];
        }
        int[] fill = new int[rows];
        for (int i = 0; i < n; i++) {
            out[from[i]][fill[from[i]]++] = to[i];
        }
        for (int r = 0; r < rows; r++) {
            Arrays.sort(out[r]);
            out[r] = Arrays.stream(out[r]).distinct().toArray();
        }
        return out;
    }
}
