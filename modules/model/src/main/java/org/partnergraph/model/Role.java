package org.partnergraph.model;

import java.util.Locale;

/** A partner's role in a group: chair, vice-chair, lead or member. */
public enum Role {
    CHAIR("chair"),
    VICE_CHAIR("vice-chair"),
    LEAD("lead"),
    MEMBER("member");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Role parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return MEMBER;
        }
        for (Role r : values()) {
            if (r.code.equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a role; expected chair, vice-chair, lead or member");
    }
}
