package org.partnergraph.analytics.survey;

/** The six PARTNER-tool rating questions, each answered 1 (not at all) to 4 (a great deal). */
public enum Dimension {
    RELIABILITY("reliability", true),
    MISSION("support of mission", true),
    OPENNESS("openness to discussion", true),
    POWER("power and influence", false),
    INVOLVEMENT("level of involvement", false),
    RESOURCES("resource contribution", false);

    public static final int MIN = 1;
    public static final int MAX = 4;

    private final String label;
    private final boolean trust;

    Dimension(String label, boolean trust) {
        this.label = label;
        this.trust = trust;
    }

    public String label() {
        return label;
    }

    /** True for the three trust dimensions, false for the three value dimensions. */
    public boolean isTrust() {
        return trust;
    }
}
