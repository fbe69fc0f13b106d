package org.partnergraph.analytics.coverage;

/**
 * One coverage gap: what it is on, why, and the detail in a sentence.
 *
 * @param subject objective, indicator, theme or group
 * @param id the node's id
 * @param name the node's name (an indicator's code and name)
 * @param reason which rule found it
 * @param detail who or what, e.g. "only County Council supports it"
 */
public record Gap(Subject subject, String id, String name, Reason reason, String detail) {

    /** What a gap is on. */
    public enum Subject {
        OBJECTIVE,
        INDICATOR,
        THEME,
        GROUP;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The rule that found a gap. */
    public enum Reason {
        NO_LEAD("no lead"),
        SINGLE_SUPPORTER("single supporting partner"),
        WEAK_ONLY_LEAD("only lead has a weak relationship"),
        NO_GROUP("no group works on it"),
        COVERS_NO_INDICATOR("members cover none of the theme's indicators");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
