package org.partnergraph.sheets.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Organisation names reduced to a comparable form: lower case, accents and punctuation gone, "&" as
 * "and", "the" dropped, and the abbreviations partnerships write for each other spelled out ("Herts CC"
 * and "Hertfordshire County Council" become the same words).
 */
public final class NameNormaliser {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("herts", "hertfordshire"),
            Map.entry("cc", "county council"),
            Map.entry("dc", "district council"),
            Map.entry("bc", "borough council"),
            Map.entry("cvs", "council for voluntary service"),
            Map.entry("ltd", "limited"),
            Map.entry("govt", "government"),
            Map.entry("dept", "department"),
            Map.entry("assoc", "association"),
            Map.entry("st", "saint"),
            Map.entry("uni", "university"),
            Map.entry("ccg", "clinical commissioning group"),
            Map.entry("ccgs", "clinical commissioning groups"),
            Map.entry("pct", "primary care trust"),
            Map.entry("and", "and"));

    private static final Set<String> DROPPED = Set.of("the");

    private NameNormaliser() {}

    public static String normalise(String name) {
        return String.join(" ", words(name));
    }

    /** The normalised words of a name, in order. */
    public static List<String> words(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("'", "")
                .replace("\u2019", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        for (String w : s.split(" ", -1)) {
            if (DROPPED.contains(w)) {
                continue;
            }
            for (String part : WORDS.getOrDefault(w, w).split(" ", -1)) {
                out.add(part);
            }
        }
        return out;
    }
}
