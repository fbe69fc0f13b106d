package org.partnergraph.model;

import java.util.List;

/**
 * A partnership, board, forum, network or alliance that partners are members of.
 *
 * @param kind partnership, board, forum, network, alliance, working group ...
 * @param aliases other spellings used by the sources ("VPAC", "Domestic Abuse Partnership")
 */
public record Group(
        String id, String name, String kind, List<String> aliases, String partnership, Provenance provenance)
        implements Node {

    public Group {
        aliases = List.copyOf(aliases);
    }
}
