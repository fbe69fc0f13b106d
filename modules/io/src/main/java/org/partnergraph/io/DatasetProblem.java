package org.partnergraph.io;

/**
 * One thing wrong with a bundle, located as precisely as the reader can.
 *
 * @param file the file name within the bundle
 * @param line the 1-based line the row starts on; 0 where the problem is with the whole file
 * @param column the column (field) name, or empty
 * @param reason a sentence saying what is wrong
 */
public record DatasetProblem(String file, long line, String column, String reason) {

    /** {@code file:line: column: reason}, the form every tool and the problems panel show. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!column.isEmpty()) {
            sb.append(column).append(": ");
        }
        return sb.append(reason).toString();
    }
}
