package org.partnergraph.sheets;

/** A1-style cell names: {@code Partners!D12}. Rows and columns are 0-based in, 1-based out. */
public final class CellRef {

    private CellRef() {}

    /** The column letters of a 0-based column index: 0 is A, 26 is AA. */
    public static String column(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            sb.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return sb.toString();
    }

    /** {@code Sheet!D12} for a 0-based row and column. */
    public static String of(String sheet, int row, int column) {
        return sheet + "!" + column(column) + (row + 1);
    }
}
