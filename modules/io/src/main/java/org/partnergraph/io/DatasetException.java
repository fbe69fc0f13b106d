package org.partnergraph.io;

import java.util.List;
import java.util.stream.Collectors;

/** A bundle that cannot be loaded, with every problem found (up to {@link BundleReader#MAX_PROBLEMS}). */
public class DatasetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<DatasetProblem> problems;

    public DatasetException(List<DatasetProblem> problems) {
        super(problems.stream().map(DatasetProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DatasetProblem> problems() {
        return problems;
    }
}
