package org.partnergraph.sheets.importer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.partnergraph.sheets.SheetGrid;

/**
 * Finds a sheet's header row: not necessarily row 1 (a title, a logo's row or blank rows may come
 * first). Hidden and blank rows are passed over; of the first {@link #SEARCH} rows, the one naming the
 * most known headers wins (the earliest of equals), or, where none names any, the first row of two or
 * more texts.
 */
final class HeaderRow {

    /** How far down a sheet the header is looked for. */
    static final int SEARCH = 20;

    private HeaderRow() {}

    /** The 0-based header row, or -1 where the sheet has no row that could be one. */
    static int find(SheetGrid sheet, Collection<String> known) {
        Set<String> names = known.stream().map(Field::normalHeader).collect(Collectors.toSet());
        int best = -1;
        long bestScore = 0;
        int fallback = -1;
        for (int row : sheet.rows()) {
            if (row >= SEARCH) {
                break;
            }
            if (sheet.hiddenRows().contains(row)) {
                continue;
            }
            Map<Integer, String> texts = headers(sheet, row);
            if (texts.size() < 2 || texts.values().stream().anyMatch(HeaderRow::isNumber)) {
                continue;
            }
            if (fallback < 0) {
                fallback = row;
            }
            long score = texts.values().stream()
                    .map(Field::normalHeader)
                    .distinct()
                    .filter(names::contains)
                    .count();
            if (score > bestScore) {
                best = row;
                bestScore = score;
            }
        }
        return best >= 0 ? best : fallback;
    }

    /** The non-blank header texts of a row by column. */
    static Map<Integer, String> headers(SheetGrid sheet, int row) {
        Map<Integer, String> out = new TreeMap<>();
        for (int c : sheet.columns(row)) {
            out.put(c, sheet.text(row, c));
        }
        return out;
    }

    /** Every header a kind's fields know, for {@link #find}. */
    static Collection<String> known(ImportKind... kinds) {
        Map<String, Boolean> all = new LinkedHashMap<>();
        for (ImportKind k : kinds) {
            k.fields().forEach(f -> f.headers().forEach(h -> all.put(h, true)));
        }
        return all.keySet();
    }

    private static boolean isNumber(String s) {
        return s.matches("-?[0-9][0-9.,]*");
    }
}
