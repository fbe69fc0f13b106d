package org.partnergraph.io;

import java.util.List;
import org.partnergraph.model.Manifest;
import org.partnergraph.model.PartnershipGraph;

/**
 * A partnership's graph as read from, or written to, a bundle. Ids in {@code graph} are qualified
 * with the partnership ({@code hertfordshire:public-health}).
 *
 * @param notices what the read did that the reader should know though nothing is wrong, one sentence
 *     each naming its file (a format-1 bundle loaded as one wave); empty for a dataset built in code
 */
public record Dataset(Manifest manifest, PartnershipGraph graph, List<String> notices) {

    public Dataset {
        notices = List.copyOf(notices);
    }

    /** A dataset with nothing to say. */
    public Dataset(Manifest manifest, PartnershipGraph graph) {
        this(manifest, graph, List.of());
    }

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
