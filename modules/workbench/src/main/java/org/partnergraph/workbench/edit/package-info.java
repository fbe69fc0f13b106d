/**
 * Undoable edits: {@link org.partnergraph.workbench.edit.GraphOp} (one store write and its effect on the
 * in-memory graph), the {@link org.partnergraph.workbench.edit.UndoStack} and
 * {@link org.partnergraph.workbench.edit.EditService}, which applies an edit to the graph at once, writes it
 * in the background, and undoes it in the graph when the write fails.
 */
package org.partnergraph.workbench.edit;
