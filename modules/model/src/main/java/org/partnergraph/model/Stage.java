package org.partnergraph.model;

import java.util.Locale;

/** The four stages of a relationship, in order: Compete &lt; Co-exist &lt; Cooperate &lt; Collaborate. */
public enum Stage {
    COMPETE("Compete"),
    CO_EXIST("Co-exist"),
    COOPERATE("Cooperate"),
    COLLABORATE("Collaborate");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Steps from this stage to {@code wanted}: positive when the wanted stage is further on. */
    public int stepsTo(Stage wanted) {
        return wanted.rung() - rung();
    }

    /** The stage's place on the ladder, 0 for the first ({@code Co-exist}); what views lay stages out by. */
    @SuppressWarnings("EnumOrdinal") // the stages are declared in the order of the ladder, which is the point
    public int rung() {
        return ordinal();
    }

    /** Reads a stage as written in the tracker, ignoring case, spaces and hyphens ("Co-exist", "coexist"). */
    public static Stage parse(String text) {
        String key = text == null
                ? ""
                : text.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        for (Stage s : values()) {
            if (s.label.toLowerCase(Locale.ROOT).replace("-", "").equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a stage; expected Compete, Co-exist, Cooperate or Collaborate");
    }
}
