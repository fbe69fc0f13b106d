package org.partnergraph.model;

import java.util.List;

/**
 * An organisation or team, or a named class of them where the source rates them together
 * ("Local Authorities", "Schools").
 *
 * @param id stable id, unique across the database ({@code partnership:local-id})
 * @param name the canonical name
 * @param type e.g. local authority, NHS, public health, voluntary and community sector, school
 * @param tier the stakeholder tier the source places it in, or empty
 * @param sector public, voluntary, private, education ..., or empty
 * @param aliases other spellings used by the sources ("HCC", "Herts County Council")
 */
public record Partner(
        String id,
        String name,
        String type,
        String tier,
        String sector,
        List<String> aliases,
        String partnership,
        Provenance provenance)
        implements Node {

    public Partner {
        aliases = List.copyOf(aliases);
    }
}
