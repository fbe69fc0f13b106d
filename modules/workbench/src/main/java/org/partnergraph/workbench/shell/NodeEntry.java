package org.partnergraph.workbench.shell;

import java.util.Locale;

/**
 * A navigator tree entry: a node (id set) or a section heading (id null).
 *
 * @param matches what the search box is matched against, lower case: the label and the node's
 *     other spellings (aliases), so that "HCC" finds Hertfordshire County Council
 */
record NodeEntry(String id, String label, String matches) {

    NodeEntry(String id, String label) {
        this(id, label, label.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return label;
    }
}
