package org.partnergraph.workbench.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Done and undone entries around a cursor: a new entry drops what was undone. Not thread-safe
 * (used on the event thread).
 */
public final class UndoStack<E> {

    /** How many entries are kept; the oldest go first. */
    public static final int LIMIT_DEFAULT = 200;

    private final List<E> entries = new ArrayList<>();
    private final int limit;
    private int cursor;

    public UndoStack() {
        this(LIMIT_DEFAULT);
    }

    /** @throws IllegalArgumentException when {@code limit} is below 1 */
    public UndoStack(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the undo limit must be at least 1, was " + limit);
        }
        this.limit = limit;
    }

    /** Records a new done entry; anything undone can no longer be redone. */
    public void push(E entry) {
        entries.subList(cursor, entries.size()).clear();
        entries.add(entry);
        if (entries.size() > limit) {
            entries.remove(0);
        }
        cursor = entries.size();
    }

    public boolean canUndo() {
        return cursor > 0;
    }

    public boolean canRedo() {
        return cursor < entries.size();
    }

    /** The entry an undo would take back. */
    public Optional<E> nextUndo() {
        return canUndo() ? Optional.of(entries.get(cursor - 1)) : Optional.empty();
    }

    /** The entry a redo would do again. */
    public Optional<E> nextRedo() {
        return canRedo() ? Optional.of(entries.get(cursor)) : Optional.empty();
    }

    /** Moves the cursor back over the last done entry and returns it. */
    public Optional<E> undo() {
        Optional<E> e = nextUndo();
        e.ifPresent(x -> cursor--);
        return e;
    }

    /** Moves the cursor forward over the next undone entry and returns it. */
    public Optional<E> redo() {
        Optional<E> e = nextRedo();
        e.ifPresent(x -> cursor++);
        return e;
    }

    /** Forgets {@code entry} (an edit whose write failed), wherever it is. */
    public void discard(E entry) {
        int i = entries.indexOf(entry);
        if (i >= 0) {
            entries.remove(i);
            if (i < cursor) {
                cursor--;
            }
        }
    }

    /** Puts {@code with} where {@code old} is (a later entry whose inverse must change); false when absent. */
    public boolean replace(E old, E with) {
        int i = entries.indexOf(old);
        if (i < 0) {
            return false;
        }
        entries.set(i, with);
        return true;
    }

    /** The entries after {@code entry}, oldest first; empty when it is not here. */
    public List<E> after(E entry) {
        int i = entries.indexOf(entry);
        return i < 0 ? List.of() : List.copyOf(entries.subList(i + 1, entries.size()));
    }

    /** Forgets everything (a new database). */
    public void clear() {
        entries.clear();
        cursor = 0;
    }

    public int size() {
        return entries.size();
    }
}
