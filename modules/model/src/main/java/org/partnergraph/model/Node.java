package org.partnergraph.model;

import java.util.List;

/** What every node of the graph has: a stable id, a name, the partnership it belongs to, its provenance. */
public interface Node {

    String id();

    String name();

    /** The dataset (partnership) the node was loaded from, e.g. {@code hertfordshire}. */
    String partnership();

    Provenance provenance();

    /** Other spellings the sources use for it ("HCC", "VPAC"); partners and groups have them. */
    default List<String> aliases() {
        return List.of();
    }
}
