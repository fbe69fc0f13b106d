package org.partnergraph.plugin.support;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One fixed colour per partner type, the same in every view and every run: the types of the
 * vocabulary below, in a fixed order, take the colours of {@link #COLOURS} in that order. The
 * colours are Paul Tol's qualitative schemes (P. Tol, "Colour Schemes", SRON/EPS/TN/09-002, 2021,
 * https://personal.sron.nl/~pault/): the nine "muted" colours first, which are distinct for
 * colour-blind readers too and go to the nine commonest types of the sample partnerships, then
 * colours of his "vibrant", "light", "medium-contrast" and "dark" schemes, chosen so that every
 * two colours are at least 14 apart in CIELAB (docs/views/network.md). A type outside the
 * vocabulary is drawn in {@link #OTHER}, a grey no type has. Names are compared ignoring case.
 */
public final class PartnerTypeColours {

    /** The partner types of the sample partnerships, commonest first (graphs/hertfordshire, graphs/staffordshire). */
    public static final List<String> VOCABULARY = List.of(
            "category",
            "local authority",
            "voluntary and community sector",
            "partnership",
            "national agency",
            "NHS",
            "business",
            "central government",
            "public health",
            "public service",
            "police",
            "group",
            "education",
            "county sports partnership",
            "university",
            "probation",
            "programme",
            "housing",
            "economic partnership",
            "public body",
            "housing association",
            "careers service",
            "business support",
            "fire",
            "leisure operator",
            "national governing body",
            "sector skills council");

    /** Tol muted (9), then vibrant, light, medium-contrast and dark colours; one per vocabulary type. */
    public static final List<Color> COLOURS = List.of(
            rgb(0x332288),
            rgb(0x88CCEE),
            rgb(0x44AA99),
            rgb(0x117733),
            rgb(0x999933),
            rgb(0xDDCC77),
            rgb(0xCC6677),
            rgb(0x882255),
            rgb(0xAA4499),
            rgb(0x0077BB),
            rgb(0xEE7733),
            rgb(0xCC3311),
            rgb(0xEE3377),
            rgb(0xEE8866),
            rgb(0xFFAABB),
            rgb(0xBBCC33),
            rgb(0x222255),
            rgb(0x225555),
            rgb(0x666633),
            rgb(0x663333),
            rgb(0xDDAA33),
            rgb(0x997700),
            rgb(0xCCBB44),
            rgb(0x77AADD),
            rgb(0x225522),
            rgb(0x004488),
            rgb(0x994455));

    /** A type outside the vocabulary, or none stated. */
    public static final Color OTHER = rgb(0xBBBBBB);

    private static final Map<String, Color> BY_TYPE = new HashMap<>();

    static {
        if (VOCABULARY.size() > COLOURS.size()) {
            throw new IllegalStateException("fewer colours than partner types");
        }
        for (int i = 0; i < VOCABULARY.size(); i++) {
            BY_TYPE.put(VOCABULARY.get(i).toLowerCase(Locale.ROOT), COLOURS.get(i));
        }
    }

    private PartnerTypeColours() {}

    /** The colour of a partner type; {@link #OTHER} for one outside the vocabulary or null. */
    public static Color of(String type) {
        return type == null ? OTHER : BY_TYPE.getOrDefault(type.strip().toLowerCase(Locale.ROOT), OTHER);
    }

    /** Whether the type is in the vocabulary (has a colour of its own). */
    public static boolean known(String type) {
        return type != null && BY_TYPE.containsKey(type.strip().toLowerCase(Locale.ROOT));
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
