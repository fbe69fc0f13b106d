package org.partnergraph.analytics.network;

import java.util.Arrays;

/**
 * Ids numbered in the order first seen, in an open-addressing hash table of plain arrays: no
 * boxed integers and no entry objects, so indexing millions of memberships costs a string hash
 * and a probe or two each. {@link #sortedOrder()} renumbers by the ids' natural order, which
 * does not depend on the order rows arrived in. Shared by the network and overlap kernels.
 */
public final class IdTable {

    private String[] slots;
    private int[] numbers;
    private String[] ids;
    private int size;

    /** @param expected about how many ids; the table grows past it */
    public IdTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        slots = new String[capacity];
        numbers = new int[capacity];
        ids = new String[Math.max(4, expected)];
    }

    /** The number of {@code id}, giving it the next number when it is new. */
    public int add(String id) {
        int mask = slots.length - 1;
        int i = spread(id.hashCode()) & mask;
        while (slots[i] != null) {
            if (slots[i].equals(id)) {
                return numbers[i];
            }
            i = (i + 1) & mask;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        slots[i] = id;
        numbers[i] = size;
        ids[size] = id;
        if (++size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    /** The number of {@code id}, or -1 when it was never added. */
    public int indexOf(String id) {
        int mask = slots.length - 1;
        int i = spread(id.hashCode()) & mask;
        while (slots[i] != null) {
            if (slots[i].equals(id)) {
                return numbers[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    public int size() {
        return size;
    }

    /** The id numbered {@code i}. */
    public String id(int i) {
        return ids[i];
    }

    /**
     * For each number, its rank among the ids in {@link String#compareTo} order: the numbering
     * the same ids get whatever order they were added in.
     */
    public int[] sortedOrder() {
        String[] sorted = Arrays.copyOf(ids, size);
        Arrays.sort(sorted);
        int[] rank = new int[size];
        for (int r = 0; r < size; r++) {
            rank[indexOf(sorted[r])] = r;
        }
        return rank;
    }

    private void grow() {
        String[] oldSlots = slots;
        int[] oldNumbers = numbers;
        slots = new String[oldSlots.length * 2];
        numbers = new int[slots.length];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != null) {
                int i = spread(oldSlots[j].hashCode()) & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                numbers[i] = oldNumbers[j];
            }
        }
    }

    /** Mixes the string hash so that ids differing in their last characters spread over the table. */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
