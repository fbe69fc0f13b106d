package org.partnergraph.workbench.shell;

/** A navigator tree entry: a node (id set) or a section heading (id null). */
record NodeEntry(String id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
