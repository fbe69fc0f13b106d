package org.partnergraph.analytics.network;

import java.util.Arrays;

/**
 * The partner-partner projection of memberships, built sparsely: for each partner, its groups'
 * other members are counted into a dense row, so the cost is the sum over partners of their
 * groups' sizes. Groups above the cap are skipped.
 */
record Projection(CsrGraph graph, int leftOut) {

    static Projection of(int[] partnerOf, int[] groupOf, int m, int partners, int groups, int cap) {
        int[] groupSize = new int[groups];
        for (int i = 0; i < m; i++) {
            groupSize[groupOf[i]]++;
        }
        int leftOut = 0;
        for (int s : groupSize) {
            if (s > cap) {
                leftOut++;
            }
        }
        int[][] membersOf = Incidence.rows(groupOf, partnerOf, m, groups);
        int[][] groupsOf = Incidence.rows(partnerOf, groupOf, m, partners);
        int[] count = new int[partners];
        int[] touched = new int[partners];
        IntList a = new IntList();
        IntList b = new IntList();
        double[] w = new double[16];
        int edges = 0;
        for (int p = 0; p < partners; p++) {
            int t = 0;
            for (int g : groupsOf[p]) {
                if (groupSize[g] > cap) {
                    continue;
                }
                for (int q : membersOf[g]) {
                    if (q > p) {
                        if (count[q] == 0) {
                            touched[t++] = q;
                        }
                        count[q]++;
                    }
                }
            }
            for (int i = 0; i < t; i++) {
                int q = touched[i];
                a.add(p);
                b.add(q);
                if (edges == w.length) {
                    w = Arrays.copyOf(w, w.length * 2);
                }
                w[edges++] = count[q];
                count[q] = 0;
            }
        }
        return new Projection(CsrGraph.undirected(partners, a.values, b.values, w, edges), leftOut);
    }

    /** A growable int array. */
    private static final class IntList {
        int[] values = new int[16];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
