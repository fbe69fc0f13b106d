package org.partnergraph.io;

import java.util.ArrayList;
import java.util.List;

/** The CSV files of a bundle and their columns, in the order {@link BundleWriter} writes them. */
enum FileType {
    PARTNERS("partners", List.of("id", "name"), List.of("type", "tier", "sector", "aliases")),
    GROUPS("groups", List.of("id", "name"), List.of("kind", "aliases")),
    THEMES("themes", List.of("id", "name"), List.of("description")),
    OBJECTIVES("objectives", List.of("id", "name"), List.of("theme")),
    AREAS("areas", List.of("id", "name"), List.of("kind", "within")),
    INDICATORS(
            "indicators",
            List.of("id", "name"),
            List.of("code", "unit", "polarity", "measures", "lead_individual", "monitored_by", "risks")),
    MEASUREMENTS(
            "measurements",
            List.of("indicator", "kind", "period", "value"),
            List.of("id", "area"),
            HistoryColumns.DATING,
            true),
    INITIATIVES(
            "initiatives",
            List.of("id", "name"),
            List.of("kind", "phase", "description", "timescale", "milestones", "contributes_to")),
    MEMBERSHIPS("memberships", List.of("partner", "group"), List.of("role"), HistoryColumns.MEMBERSHIP, true),
    INFLUENCES(
            "influences",
            List.of("partner", "objective", "influence", "quality"),
            List.of(),
            HistoryColumns.DATING,
            true),
    RELATIONSHIPS(
            "relationships",
            List.of("from", "to"),
            List.of("stage_now", "stage_wanted", "priority", "lead", "background", "actions"),
            HistoryColumns.DATING,
            true),
    INDICATOR_PARTNERS("indicator_partners", List.of("partner", "indicator", "role"), List.of()),
    GROUP_THEMES("group_themes", List.of("group", "theme"), List.of()),
    DELIVERIES("deliveries", List.of("partner", "initiative"), List.of("role")),
    /** Format 2: the re-assessment waves the assessments' {@code wave} column names. No provenance columns. */
    WAVES("waves", List.of("id", "name"), List.of("date", "author", "published", "note"), List.of(), false);

    /** Columns every file but waves.csv accepts; {@code source} is required. */
    static final List<String> PROVENANCE = List.of("source", "uncertain", "note");

    /** Format 2's dating columns (docs/data-format.md, "History"); a holder, so the constants can use them. */
    static final class HistoryColumns {
        /** When an assessment holds and who recorded it. */
        static final List<String> DATING = List.of("as_of", "recorded_at", "recorded_by", "wave", "ended");

        /** A membership's: its exclusive end, then the dating. */
        static final List<String> MEMBERSHIP = List.of("until", "as_of", "recorded_at", "recorded_by", "wave", "ended");

        private HistoryColumns() {}
    }

    private final String baseName;

    @SuppressWarnings("ImmutableEnumChecker") // a List.copyOf, unmodifiable
    private final List<String> required;

    @SuppressWarnings("ImmutableEnumChecker") // a List.copyOf, unmodifiable
    private final List<String> optional;

    @SuppressWarnings("ImmutableEnumChecker") // a List.copyOf, unmodifiable
    private final List<String> history;

    private final boolean provenance;

    FileType(String baseName, List<String> required, List<String> optional) {
        this(baseName, required, optional, List.of(), true);
    }

    FileType(String baseName, List<String> required, List<String> optional, List<String> history, boolean provenance) {
        this.baseName = baseName;
        List<String> req = new ArrayList<>(required);
        if (provenance) {
            req.add("source");
        }
        this.required = List.copyOf(req);
        this.optional = List.copyOf(optional);
        this.history = List.copyOf(history);
        this.provenance = provenance;
    }

    String baseName() {
        return baseName;
    }

    List<String> required() {
        return required;
    }

    /** Every column in writing order: required (less source), optional, the dating, then provenance. */
    List<String> columns() {
        List<String> all = new ArrayList<>(provenance ? required.subList(0, required.size() - 1) : required);
        all.addAll(optional);
        all.addAll(history);
        if (provenance) {
            all.addAll(PROVENANCE);
        }
        return all;
    }

    /** True for a column of the file in some format version. */
    boolean accepts(String column) {
        return required.contains(column)
                || optional.contains(column)
                || history.contains(column)
                || (provenance && PROVENANCE.contains(column));
    }

    /** True for a column that format 1 does not have (the dating columns of format 2). */
    boolean isHistory(String column) {
        return history.contains(column);
    }

    /** True for a file that format 1 does not have. */
    boolean sinceFormat2() {
        return this == WAVES;
    }

    /** The node file that defines ids of {@code kind} ("partner" -> PARTNERS); null for a kind no file defines. */
    static FileType defining(String kind) {
        for (FileType t : values()) {
            if (t.baseName.equals(kind + "s")) {
                return t;
            }
        }
        return null;
    }

    /** The type a file name belongs to: {@code partners.csv} or {@code partners-<part>.csv}; null if none. */
    static FileType of(String fileName) {
        if (!fileName.endsWith(".csv")) {
            return null;
        }
        String stem = fileName.substring(0, fileName.length() - 4);
        for (FileType t : values()) {
            if (stem.equals(t.baseName)
                    || stem.matches(java.util.regex.Pattern.quote(t.baseName) + "-[A-Za-z0-9_-]+")) {
                return t;
            }
        }
        return null;
    }
}
