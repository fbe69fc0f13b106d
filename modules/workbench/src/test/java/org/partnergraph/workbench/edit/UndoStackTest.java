package org.partnergraph.workbench.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UndoStackTest {

    @Test
    void undoAndRedoWalkTheHistory() {
        UndoStack<String> s = new UndoStack<>();
        s.push("a");
        s.push("b");
        assertThat(s.undo()).hasValue("b");
        assertThat(s.undo()).hasValue("a");
        assertThat(s.undo()).isEmpty();
        assertThat(s.redo()).hasValue("a");
        assertThat(s.nextRedo()).hasValue("b");
    }

    @Test
    void aNewEditDropsWhatWasUndone() {
        UndoStack<String> s = new UndoStack<>();
        s.push("a");
        s.push("b");
        s.undo();
        s.push("c");
        assertThat(s.canRedo()).isFalse();
        assertThat(s.undo()).hasValue("c");
        assertThat(s.undo()).hasValue("a");
    }

    @Test
    void aFailedEditIsDiscardedWhereverItIs() {
        UndoStack<String> s = new UndoStack<>();
        s.push("a");
        s.push("b");
        s.push("c");
        s.discard("b");
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.undo()).hasValue("c");
        assertThat(s.undo()).hasValue("a");
    }

    @Test
    void theOldestGoFirstAtTheLimit() {
        UndoStack<String> s = new UndoStack<>(2);
        s.push("a");
        s.push("b");
        s.push("c");
        assertThat(s.undo()).hasValue("c");
        assertThat(s.undo()).hasValue("b");
        assertThat(s.canUndo()).isFalse();
    }

    @Test
    void aLimitBelowOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UndoStack<String>(0));
        assertThat(e).hasMessage("the undo limit must be at least 1, was 0");
    }
}
