package org.partnergraph.sheets.importer;

import java.util.List;
import org.partnergraph.model.Node;

/**
 * Finds an objective, group, indicator or area a sheet names: by id (with or without the
 * partnership), by name or alias (normalised as partner names are), or by the start of one name only
 * ("Objective 2" for "Objective 2 - To contribute to an active and healthier Hertfordshire").
 */
final class NodeLookup {

    private NodeLookup() {}

    /** The node, or null where none or more than one fits. */
    static <T extends Node> T find(String text, List<T> nodes, String partnership) {
        String t = text.strip();
        String normal = NameNormaliser.normalise(t);
        if (normal.isEmpty()) {
            return null;
        }
        for (T n : nodes) {
            if (n.id().equalsIgnoreCase(t) || n.id().equalsIgnoreCase(partnership + ":" + t)) {
                return n;
            }
        }
        List<T> named = nodes.stream()
                .filter(n -> NameNormaliser.normalise(n.name()).equals(normal)
                        || n.aliases().stream()
                                .anyMatch(a -> NameNormaliser.normalise(a).equals(normal)))
                .toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (!named.isEmpty()) {
            return null;
        }
        List<T> starting = nodes.stream()
                .filter(n -> NameNormaliser.normalise(n.name()).startsWith(normal + " "))
                .toList();
        return starting.size() == 1 ? starting.get(0) : null;
    }

    /** "no objective of hertfordshire is called 'Objective 9' (by id, name or the start of one name)". */
    static String unknown(String what, String text, String partnership) {
        return "no " + what + " of " + partnership + " is called '" + text.strip()
                + "' (by id, name or the start of one name)";
    }
}
