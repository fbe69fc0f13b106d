package org.partnergraph.analytics.network;

import java.util.Arrays;

/** Compressed rows of an incidence list (memberships as parallel int arrays), shared by the overlap and network kernels. */
public final class Incidence {

    private Incidence() {}

    /**
     * The {@code to} values of the first {@code n} pairs grouped by their {@code from} value, each
     * row sorted and without repeats: {@code rows(partnerOf, groupOf, n, partners)[p]} are the
     * groups of partner {@code p}. A counting sort into rows, then a sort and an in-place compaction
     * per row, all on primitive arrays (no boxing). O(n log n).
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
            int[] row = out[r];
            Arrays.sort(row);
            int k = 0;
            for (int i = 0; i < row.length; i++) {
                if (i == 0 || row[i] != row[i - 1]) {
                    row[k++] = row[i];
                }
            }
            if (k < row.length) {
                out[r] = Arrays.copyOf(row, k);
            }
        }
        return out;
    }
}
