package org.partnergraph.sheets.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnergraph.sheets.SheetGrid;

/**
 * Proposes a {@link Mapping} for a sheet from its header names: which kind of sheet it is (where not
 * told), which column holds each field (a header equal to one the field knows, else one containing
 * it), and the value maps of score, stage and role fields. The proposal is only that: the user (or a
 * saved mapping file) corrects it.
 */
public final class MappingProposer {

    private MappingProposer() {}

    /**
     * A mapping of the sheet's columns to fields, proposed from its header names.
     *
     * @param kind the kind of sheet, or null to take the kind whose required fields the headers name
     *     (of those, the one naming most fields)
     */
    public static Mapping propose(SheetGrid sheet, ImportKind kind) {
        int header =
                HeaderRow.find(sheet, HeaderRow.known(kind == null ? ImportKind.values() : new ImportKind[] {kind}));
        List<String> headers = header < 0
                ? List.of()
                : new ArrayList<>(HeaderRow.headers(sheet, header).values());
        ImportKind chosen = kind != null ? kind : guess(headers);
        Map<String, String> columns = columns(chosen, headers);
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        for (Field f : chosen.fields()) {
            if (columns.containsKey(f.name()) && Values.mapped().contains(f.type())) {
                values.put(f.name(), new LinkedHashMap<>(Values.PROPOSED.get(f.type())));
            }
        }
        return new Mapping(chosen.code(), sheet.name(), columns, values, Map.of(), Map.of());
    }

    /**
     * The kind whose fields the headers name best: one point per field named, less one and a half per
     * required field not named (a tracker rarely has a "from" column: its stages still make it a tracker).
     */
    private static ImportKind guess(List<String> headers) {
        ImportKind best = ImportKind.STAKEHOLDERS;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (ImportKind k : ImportKind.values()) {
            Map<String, String> c = columns(k, headers);
            long missing = k.fields().stream()
                    .filter(f -> f.required() && !c.containsKey(f.name()))
                    .count();
            double score = c.size() - 1.5 * missing;
            if (score > bestScore) {
                best = k;
                bestScore = score;
            }
        }
        return best;
    }

    /** Field to header: exact names first, field by field, then headers containing a known name. */
    static Map<String, String> columns(ImportKind kind, List<String> headers) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (boolean exact : new boolean[] {true, false}) {
            for (Field f : kind.fields()) {
                if (out.containsKey(f.name())) {
                    continue;
                }
                String h = find(f, headers, taken, exact);
                if (h != null) {
                    out.put(f.name(), h);
                    taken.add(h);
                }
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        kind.fields().stream()
                .filter(f -> out.containsKey(f.name()))
                .forEach(f -> ordered.put(f.name(), out.get(f.name())));
        return ordered;
    }

    private static String find(Field f, List<String> headers, Set<String> taken, boolean exact) {
        for (String known : f.headers()) {
            for (String h : headers) {
                if (taken.contains(h)) {
                    continue;
                }
                String n = Field.normalHeader(h);
                boolean hit =
                        exact ? n.equals(known) : known.length() >= 4 && (" " + n + " ").contains(" " + known + " ");
                if (hit) {
                    return h;
                }
            }
        }
        return null;
    }
}
