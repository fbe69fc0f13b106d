package org.partnergraph.analytics.influence;

/** The four cells of the influence map (a power / relationship grid). */
public enum Quadrant {
    /** High influence, good relationship: keep close. */
    KEEP_CLOSE("keep close"),
    /** High influence, weak relationship: build the relationship first. */
    BUILD_RELATIONSHIP("build the relationship"),
    /** Low influence, good relationship: keep informed. */
    KEEP_INFORMED("keep informed"),
    /** Low influence, weak relationship: monitor. */
    MONITOR("monitor");

    private final String label;

    Quadrant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The quadrant of an influence and quality (midpoints) at a threshold. High (influence) and good
     * (quality) mean strictly above the threshold, so at the default 3 a rating of 3 is low or weak. O(1).
     */
    public static Quadrant of(double influence, double quality, double threshold) {
        boolean high = influence > threshold;
        boolean good = quality > threshold;
        if (high) {
            return good ? KEEP_CLOSE : BUILD_RELATIONSHIP;
        }
        return good ? KEEP_INFORMED : MONITOR;
    }
}
