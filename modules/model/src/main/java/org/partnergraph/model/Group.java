package org.partnergraph.model;

/**
 * A partnership, board, forum, network or alliance that partners are members of.
 *
 * @param kind partnership, board, forum, network, alliance, working group ...
 */
public record Group(String id, String name, String kind, String partnership, Provenance provenance) implements Node {
}
