package org.partnergraph.model;

import java.util.Locale;

/** What a measurement is: where the indicator started, where it should be, or where it was. */
public enum MeasurementKind {
    BASELINE,
    TARGET,
    ACTUAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MeasurementKind parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (MeasurementKind k : values()) {
            if (k.name().equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a measurement kind; expected baseline, target or actual");
    }
}
