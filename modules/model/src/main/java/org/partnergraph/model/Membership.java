package org.partnergraph.model;

import java.time.LocalDate;

/**
 * {@code (Partner)-[:MEMBER_OF {role}]->(Group)}: one assessment of a membership. It holds from its
 * dating's {@code asOf} (the "from" date) until {@code until} (exclusive), or until a later
 * assessment of the same pair; an ended dating ends it.
 *
 * @param until the first day the partner is no longer a member, or null where no end is known
 */
public record Membership(
        String partnerId, String groupId, Role role, Provenance provenance, Dating dating, LocalDate until) {

    public Membership {
        dating = dating == null ? Dating.UNDATED : dating;
        if (until != null && dating.asOf() != null && until.isBefore(dating.asOf())) {
            throw new IllegalArgumentException(
                    "the membership ends (" + until + ") before it starts (" + dating.asOf() + ")");
        }
    }

    /** An undated membership with no end. */
    public Membership(String partnerId, String groupId, Role role, Provenance provenance) {
        this(partnerId, groupId, role, provenance, Dating.UNDATED, null);
    }

    public Membership withDating(Dating d) {
        return new Membership(partnerId, groupId, role, provenance, d, until);
    }

    /** True where this assessment makes the partner a member on {@code date}. */
    public boolean activeOn(LocalDate date) {
        return !dating.ended() && dating.holdsOn(date) && (until == null || date.isBefore(until));
    }

    public String key() {
        return partnerId + "\u0000" + groupId;
    }
}
