package org.partnergraph.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sheet's cell texts, merged ranges filled from their top-left cell, with the cells that could not be
 * read (error values, formulas never calculated) kept as problems at their cell.
 */
public final class SheetGrid {

    private final String name;
    private final boolean hidden;
    private final TreeMap<Integer, TreeMap<Integer, String>> cells = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private final java.util.TreeSet<Integer> hiddenRows = new java.util.TreeSet<>();

    /** An empty visible sheet, for sheets read from elsewhere (a CSV file). */
    public static SheetGrid named(String name) {
        return new SheetGrid(name, false);
    }

    SheetGrid(String name, boolean hidden) {
        this.name = name;
        this.hidden = hidden;
    }

    public String name() {
        return name;
    }

    public boolean hidden() {
        return hidden;
    }

    /** The 0-based rows hidden in the workbook. */
    public java.util.SortedSet<Integer> hiddenRows() {
        return java.util.Collections.unmodifiableSortedSet(hiddenRows);
    }

    void hideRow(int row) {
        hiddenRows.add(row);
    }

    /** Sets a cell's text, stripped; blank text leaves the cell blank. */
    public void put(int row, int column, String text) {
        if (!text.isBlank()) {
            cells.computeIfAbsent(row, r -> new TreeMap<>()).put(column, text.strip());
        }
    }

    void problem(int row, int column, String reason) {
        problems.add(CellRef.of(name, row, column) + ": " + reason);
    }

    /** Every cell of each merged range takes the value of the range's top-left cell, as Excel shows it. */
    void fillMerged(List<int[]> ranges) {
        for (int[] r : ranges) {
            String v = text(r[0], r[1]);
            for (int row = r[0]; row <= r[2]; row++) {
                for (int col = r[1]; col <= r[3]; col++) {
                    put(row, col, v);
                }
            }
        }
    }

    /** The stripped text at a 0-based row and column, empty where blank. */
    public String text(int row, int column) {
        Map<Integer, String> r = cells.get(row);
        String v = r == null ? null : r.get(column);
        return v == null ? "" : v;
    }

    /** The 0-based rows that hold anything, in order. */
    public List<Integer> rows() {
        return new ArrayList<>(cells.keySet());
    }

    /** The 0-based columns a row has values in, in order. */
    public List<Integer> columns(int row) {
        TreeMap<Integer, String> r = cells.get(row);
        return r == null ? List.of() : new ArrayList<>(r.keySet());
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** Cells that could not be read, each as {@code Sheet!Cell: reason}. */
    public List<String> problems() {
        return problems;
    }
}
