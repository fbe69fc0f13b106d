package org.partnergraph.io;

import org.partnergraph.model.Manifest;
import org.partnergraph.model.PartnershipGraph;

/**
 * A partnership's graph as read from, or written to, a bundle. Ids in {@code graph} are qualified
 * with the partnership ({@code hertfordshire:public-health}).
 */
public record Dataset(Manifest manifest, PartnershipGraph graph) {

    /** The database id of a dataset-local id: {@code partnership:local}. */
    public static String qualify(String partnership, String localId) {
        return partnership + ":" + localId;
    }

    /** The dataset-local id of a database id; ids without this partnership's prefix are returned as they are. */
    public static String localId(String partnership, String id) {
        String prefix = partnership + ":";
        return id.startsWith(prefix) ? id.substring(prefix.length()) : id;
    }
}
