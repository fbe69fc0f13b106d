package org.partnergraph.analytics.salience;

/**
 * Mitchell, Agle and Wood's stakeholder classes (1997, "Toward a theory of stakeholder
 * identification and salience", Academy of Management Review 22(4): 853-886), by which of power (P),
 * legitimacy (L) and urgency (U) a stakeholder has: one attribute makes a latent stakeholder, two an
 * expectant one, all three a definitive one. Declared from the most salient down.
 */
public enum SalienceClass {
    DEFINITIVE("definitive", true, true, true),
    DOMINANT("dominant", true, true, false),
    DANGEROUS("dangerous", true, false, true),
    DEPENDENT("dependent", false, true, true),
    DORMANT("dormant", true, false, false),
    DISCRETIONARY("discretionary", false, true, false),
    DEMANDING("demanding", false, false, true),
    /** None of the three: not a stakeholder in the model's sense. */
    NON_STAKEHOLDER("non-stakeholder", false, false, false);

    private final String label;
    private final boolean power;
    private final boolean legitimacy;
    private final boolean urgency;

    SalienceClass(String label, boolean power, boolean legitimacy, boolean urgency) {
        this.label = label;
        this.power = power;
        this.legitimacy = legitimacy;
        this.urgency = urgency;
    }

    public String label() {
        return label;
    }

    public static SalienceClass of(boolean power, boolean legitimacy, boolean urgency) {
        for (SalienceClass c : values()) {
            if (c.power == power && c.legitimacy == legitimacy && c.urgency == urgency) {
                return c;
            }
        }
        throw new AssertionError("every combination has a class");
    }
}
