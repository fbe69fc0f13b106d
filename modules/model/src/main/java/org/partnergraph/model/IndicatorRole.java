package org.partnergraph.model;

import java.util.Locale;

/** A partner's part in an indicator: the lead agency, or a key supporting partner. */
public enum IndicatorRole {
    LEAD,
    SUPPORT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IndicatorRole parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (IndicatorRole r : values()) {
            if (r.name().equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an indicator role; expected lead or support");
    }
}
