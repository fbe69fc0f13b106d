package org.partnergraph.analytics.overlap;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The sparse overlap kernel: for every pair of rows (say groups) that share at least one column
 * (a partner), how many columns they share, found through the inverted index (the columns'
 * rows) instead of by comparing every pair of rows.
 *
 * <p>For each row {@code a}, walk its columns, and for each column the rows {@code b > a} that
 * hold it, counting into one dense int array; the touched entries are the pairs. Cost: the sum
 * over columns of (rows per column)² / 2 increments, the overlapping pair-incidences, plus for
 * each row either a sort of its touched entries or, when they are many, one read of its count
 * row; never rows² comparisons of member lists. Memory: two int arrays of the row count per block
 * of rows, plus 12 bytes per pair found. Rows are processed in blocks, in parallel when asked,
 * and the blocks' pairs joined in row order, so the result is the same either way. This is the
 * standard inverted-index method for all-pairs set similarity (Bayardo, Ma and Srikant,
 * "Scaling up all pairs similarity search", WWW 2007, without their pruning).
 */
final class SharedCounts {

    /** Rows per block: small enough to balance two cores, large enough to amortise the arrays. */
    static final int BLOCK_DEFAULT = 128;

    private SharedCounts() {}

    /**
     * Counts, for every pair of rows, the columns they share.
     *
     * @param columnsOfRow for each row, its columns, sorted, without repeats
     * @param rowsOfColumn for each column, its rows, sorted, without repeats (the inverted index)
     * @param minShared pairs sharing fewer columns are left out; at least 1
     * @param parallel whether to count blocks of rows on the common fork-join pool
     * @return pairs {@code (a, b, shared)} with {@code a < b}, ordered by {@code a} then {@code b}
     */
    static PairTable count(int[][] columnsOfRow, int[][] rowsOfColumn, int minShared, boolean parallel) {
        if (minShared < 1) {
            throw new IllegalArgumentException("pairs must share at least 1 member, was " + minShared);
        }
        int rows = columnsOfRow.length;
        int blocks = (rows + BLOCK_DEFAULT - 1) / BLOCK_DEFAULT;
        IntStream ids = IntStream.range(0, blocks);
        List<PairTable> parts = (parallel ? ids.parallel() : ids)
                .mapToObj(k -> countBlock(
                        columnsOfRow,
                        rowsOfColumn,
                        minShared,
                        k * BLOCK_DEFAULT,
                        Math.min(rows, (k + 1) * BLOCK_DEFAULT)))
                .toList();
        return PairTable.concat(parts);
    }

    private static PairTable countBlock(int[][] columnsOfRow, int[][] rowsOfColumn, int minShared, int from, int to) {
        int rows = columnsOfRow.length;
        int[] count = new int[columnsOfRow.length];
        int[] touched = new int[columnsOfRow.length];
        PairTable out = new PairTable(64);
        for (int a = from; a < to; a++) {
            int t = 0;
            for (int column : columnsOfRow[a]) {
                int[] holders = rowsOfColumn[column];
                // holders is sorted: walk down from the top while b > a, so each pair is counted once
                for (int k = holders.length - 1; k >= 0; k--) {
                    int b = holders[k];
                    if (b <= a) {
                        break;
                    }
                    if (count[b]++ == 0) {
                        touched[t++] = b;
                    }
                }
            }
            if ((long) t * (32 - Integer.numberOfLeadingZeros(t)) > rows - a) {
                // many touched: reading the count row in order is cheaper than sorting them
                for (int b = a + 1; b < rows; b++) {
                    if (count[b] != 0) {
                        if (count[b] >= minShared) {
                            out.add(a, b, count[b]);
                        }
                        count[b] = 0;
                    }
                }
                continue;
            }
            Arrays.sort(touched, 0, t);
            for (int i = 0; i < t; i++) {
                int b = touched[i];
                if (count[b] >= minShared) {
                    out.add(a, b, count[b]);
                }
                count[b] = 0;
            }
        }
        return out;
    }
}
