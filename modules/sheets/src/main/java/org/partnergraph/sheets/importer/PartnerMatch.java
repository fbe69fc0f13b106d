package org.partnergraph.sheets.importer;

import java.util.List;

/**
 * What a sheet's name was matched to.
 *
 * @param name the name as the sheet spells it
 * @param outcome {@link Outcome#SURE}: {@code candidates.get(0)} is it; {@link Outcome#ASK}: one of the
 *     candidates (shown side by side) or a new partner, for the user to say; {@link Outcome#NONE}: no
 *     existing partner is close, so it is a new partner if the user confirms
 * @param candidates best first, at most {@link PartnerMatcher#MAX_CANDIDATES}
 */
public record PartnerMatch(String name, Outcome outcome, List<PartnerCandidate> candidates) {

    public enum Outcome {
        SURE,
        ASK,
        NONE
    }

    public PartnerMatch {
        candidates = List.copyOf(candidates);
    }

    /** The sure match's partner id, or null. */
    public String sureId() {
        return outcome == Outcome.SURE ? candidates.get(0).partnerId() : null;
    }
}
