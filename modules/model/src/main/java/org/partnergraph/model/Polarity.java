package org.partnergraph.model;

import java.util.Locale;

/** Which direction of an indicator is good. */
public enum Polarity {
    HIGHER_IS_BETTER("higher"),
    LOWER_IS_BETTER("lower"),
    /** The source does not say, or the measure is a count to be kept at a level. */
    UNKNOWN("unknown");

    private final String code;

    Polarity(String code) {
        this.code = code;
    }

    /** The word used in datasets: {@code higher}, {@code lower} or {@code unknown}. */
    public String code() {
        return code;
    }

    public static Polarity parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return UNKNOWN;
        }
        for (Polarity p : values()) {
            if (p.code.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a polarity; expected higher, lower or unknown");
    }
}
