package org.partnergraph.analytics.overlap;

import java.util.Arrays;
import java.util.List;

/**
 * Pairs of row indices with a count, in three parallel int arrays: the compact form the sparse
 * kernel writes (12 bytes a pair, against about 40 for an object), so that millions of pairs
 * stay cheap until a caller asks for some of them as records.
 */
final class PairTable {

    private int[] first;
    private int[] second;
    private int[] count;
    private int size;

    PairTable(int capacity) {
        int c = Math.max(capacity, 4);
        first = new int[c];
        second = new int[c];
        count = new int[c];
    }

    void add(int a, int b, int shared) {
        if (size == first.length) {
            int c = size + (size >> 1) + 1;
            first = Arrays.copyOf(first, c);
            second = Arrays.copyOf(second, c);
            count = Arrays.copyOf(count, c);
        }
        first[size] = a;
        second[size] = b;
        count[size] = shared;
        size++;
    }

    int size() {
        return size;
    }

    int first(int i) {
        return first[i];
    }

    int second(int i) {
        return second[i];
    }

    int count(int i) {
        return count[i];
    }

    /** The tables one after another, in list order, trimmed to size. */
    static PairTable concat(List<PairTable> parts) {
        int total = 0;
        for (PairTable p : parts) {
            total += p.size;
        }
        PairTable out = new PairTable(total);
        for (PairTable p : parts) {
            System.arraycopy(p.first, 0, out.first, out.size, p.size);
            System.arraycopy(p.second, 0, out.second, out.size, p.size);
            System.arraycopy(p.count, 0, out.count, out.size, p.size);
            out.size += p.size;
        }
        return out;
    }
}
