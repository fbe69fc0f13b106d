package org.partnergraph.io;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a bundle is read, up to a limit, so one run reports many at once. */
final class Problems {

    /** Takes nothing: for the values of a row already reported as a whole. */
    static final Problems IGNORED = new Problems(0);

    private final List<DatasetProblem> list = new ArrayList<>();
    private final int max;

    Problems(int max) {
        this.max = max;
    }

    void add(String file, long line, String column, String reason) {
        if (list.size() < max) {
            list.add(new DatasetProblem(file, line, column, reason));
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<DatasetProblem> list() {
        return List.copyOf(list);
    }

    boolean isFull() {
        return list.size() >= max;
    }

    void throwIfAny() throws DatasetException {
        if (!list.isEmpty()) {
            throw new DatasetException(list);
        }
    }
}
