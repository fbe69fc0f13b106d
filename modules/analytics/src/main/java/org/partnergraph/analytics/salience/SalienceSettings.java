package org.partnergraph.analytics.salience;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule for each salience attribute; {@link #DEFAULTS} holds every {@code *_DEFAULT}.
 *
 * @param powerMinInfluence power: the partner's highest influence on any objective is at least this (1-5)
 * @param legitimacyFromRoles legitimacy: leading an indicator or an initiative, or chairing or
 *     leading a group, makes a partner legitimate
 * @param statutoryTypes legitimacy: partners of these types (compared ignoring case) are legitimate
 *     by statute; empty to leave the type out
 * @param urgencyMinStageGap urgency: a relationship to the partner whose wanted stage is at least
 *     this many steps beyond the present one (0 leaves stage gaps out)
 * @param urgencyMinOffTrack urgency: the partner leads at least this many indicators that are off
 *     track (0 leaves them out)
 */
public record SalienceSettings(
        double powerMinInfluence,
        boolean legitimacyFromRoles,
        Set<String> statutoryTypes,
        int urgencyMinStageGap,
        int urgencyMinOffTrack) {

    /** The influence map's "high" half: above its default threshold 3. */
    public static final double POWER_MIN_INFLUENCE_DEFAULT = 4;
    /**
     * Bodies with statutory duties in a local partnership (councils, the NHS and public health,
     * police, fire), as the partner types of the sample graphs name them.
     */
    public static final Set<String> STATUTORY_TYPES_DEFAULT =
            Set.of("local authority", "nhs", "public health", "police", "fire");
    /** Any step still to go. */
    public static final int URGENCY_MIN_STAGE_GAP_DEFAULT = 1;

    public static final int URGENCY_MIN_OFF_TRACK_DEFAULT = 1;

    public static final SalienceSettings DEFAULTS = new SalienceSettings(
            POWER_MIN_INFLUENCE_DEFAULT,
            true,
            STATUTORY_TYPES_DEFAULT,
            URGENCY_MIN_STAGE_GAP_DEFAULT,
            URGENCY_MIN_OFF_TRACK_DEFAULT);

    /** @throws IllegalArgumentException naming the first setting out of range */
    public SalienceSettings {
        if (!(powerMinInfluence >= 1 && powerMinInfluence <= 5)) {
            throw new IllegalArgumentException("the power threshold must be from 1 to 5, was " + powerMinInfluence);
        }
        if (urgencyMinStageGap < 0 || urgencyMinOffTrack < 0) {
            throw new IllegalArgumentException(
                    "urgency thresholds cannot be negative, were " + urgencyMinStageGap + " and " + urgencyMinOffTrack);
        }
        statutoryTypes = statutoryTypes.stream()
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public SalienceSettings withPowerMinInfluence(double value) {
        return new SalienceSettings(value, legitimacyFromRoles, statutoryTypes, urgencyMinStageGap, urgencyMinOffTrack);
    }

    public SalienceSettings withStatutoryTypes(Set<String> value) {
        return new SalienceSettings(
                powerMinInfluence, legitimacyFromRoles, value, urgencyMinStageGap, urgencyMinOffTrack);
    }

    public SalienceSettings withUrgency(int minStageGap, int minOffTrack) {
        return new SalienceSettings(powerMinInfluence, legitimacyFromRoles, statutoryTypes, minStageGap, minOffTrack);
    }

    boolean statutory(String type) {
        return statutoryTypes.contains(type.strip().toLowerCase(Locale.ROOT));
    }
}
