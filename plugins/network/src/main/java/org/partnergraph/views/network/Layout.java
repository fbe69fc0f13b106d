package org.partnergraph.views.network;

/**
 * A layout stepped in the background until it settles or is stopped. Nodes with no edge are left
 * where they start (the view keeps them out of the drawing, in the "unconnected" strip). Not
 * thread-safe: one thread steps it; others read copies ({@link #snapshot}).
 */
interface Layout {

    /** The layouts offered, remembered in the plugin's settings by name. */
    enum Kind {
        FORCE("Force"),
        STRESS("Stress");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One iteration; returns the largest move, in layout units. */
    double step();

    /** Whether the layout has settled after a step that moved at most {@code lastMove}. */
    boolean settled(double lastMove);

    int iteration();

    /** Copies of the positions: {x..., y...}. */
    double[][] snapshot();

    static Layout of(Kind kind, NetworkModel model, double[] x, double[] y, boolean[] pinned, long seed) {
        ForceLayout start = new ForceLayout(model, x, y, pinned, seed);
        if (kind == Kind.STRESS && StressLayout.fits(model)) {
            double[][] s = start.snapshot();
            return new StressLayout(model, s[0], s[1], pinned);
        }
        return start;
    }
}
