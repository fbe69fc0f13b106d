package org.partnergraph.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tables of the bundle format as workbook sheets: the sheet name, the bundle file it stands for and
 * its columns in the bundle writer's order (docs/data-format.md). The io module keeps its own list
 * package-private; {@code WorkbookTableTest} checks this one against the files the bundle writer writes.
 */
public enum WorkbookTable {
    PARTNERS("Partners", "partners", List.of("id", "name"), List.of("type", "tier", "sector", "aliases")),
    GROUPS("Groups", "groups", List.of("id", "name"), List.of("kind", "aliases")),
    THEMES("Themes", "themes", List.of("id", "name"), List.of("description")),
    OBJECTIVES("Objectives", "objectives", List.of("id", "name"), List.of("theme")),
    AREAS("Areas", "areas", List.of("id", "name"), List.of("kind", "within")),
    INDICATORS(
            "Indicators",
            "indicators",
            List.of("id", "name"),
            List.of("code", "unit", "polarity", "measures", "lead_individual", "monitored_by", "risks")),
    MEASUREMENTS(
            "Measurements",
            "measurements",
            List.of("indicator", "kind", "period", "value"),
            List.of("id", "area"),
            History.DATING,
            true),
    INITIATIVES(
            "Initiatives",
            "initiatives",
            List.of("id", "name"),
            List.of("kind", "phase", "description", "timescale", "milestones", "contributes_to")),
    MEMBERSHIPS("Memberships", "memberships", List.of("partner", "group"), List.of("role"), History.MEMBERSHIP, true),
    INFLUENCES(
            "Influences",
            "influences",
            List.of("partner", "objective", "influence", "quality"),
            List.of(),
            History.DATING,
            true),
    RELATIONSHIPS(
            "Relationships",
            "relationships",
            List.of("from", "to"),
            List.of("stage_now", "stage_wanted", "priority", "lead", "background", "actions"),
            History.DATING,
            true),
    INDICATOR_PARTNERS("Indicator partners", "indicator_partners", List.of("partner", "indicator", "role"), List.of()),
    GROUP_THEMES("Group themes", "group_themes", List.of("group", "theme"), List.of()),
    DELIVERIES("Deliveries", "deliveries", List.of("partner", "initiative"), List.of("role")),
    /** Format 2: the re-assessment waves; no provenance columns. */
    WAVES("Waves", "waves", List.of("id", "name"), List.of("date", "author", "published", "note"), List.of(), false);

    /** Provenance columns every table takes; {@code source} is required. */
    public static final List<String> PROVENANCE = List.of("source", "uncertain", "note");

    /** The dating columns of format 2 (docs/data-format.md, "History"); a holder, so the constants can use them. */
    private static final class History {
        static final List<String> DATING = List.of("as_of", "recorded_at", "recorded_by", "wave", "ended");
        static final List<String> MEMBERSHIP = List.of("until", "as_of", "recorded_at", "recorded_by", "wave", "ended");

        private History() {}
    }

    /** Score values for the drop-down lists; a range such as 3/4 is still accepted (a warning, not a stop). */
    static final List<String> SCORES = List.of("1", "2", "3", "4", "5");

    private static final List<String> STAGES = List.of("Compete", "Co-exist", "Cooperate", "Collaborate");

    /**
     * The closed vocabularies, by table and column. Partner types are open in the format (the list in
     * docs/data-format.md ends with "..."), so they get no drop-down.
     */
    private static final Map<String, List<String>> VOCABULARIES = Map.ofEntries(
            Map.entry("memberships.role", List.of("chair", "vice-chair", "lead", "member")),
            Map.entry("indicators.polarity", List.of("higher", "lower", "unknown")),
            Map.entry("measurements.kind", List.of("baseline", "target", "actual")),
            Map.entry("influences.influence", SCORES),
            Map.entry("influences.quality", SCORES),
            Map.entry("relationships.stage_now", STAGES),
            Map.entry("relationships.stage_wanted", STAGES),
            Map.entry("indicator_partners.role", List.of("lead", "support")),
            Map.entry("deliveries.role", List.of("lead", "partner")),
            Map.entry("influences.ended", List.of("true")),
            Map.entry("relationships.ended", List.of("true")),
            Map.entry("memberships.ended", List.of("true")),
            Map.entry("measurements.ended", List.of("true")),
            Map.entry("waves.published", List.of("true", "false")));

    private final String sheetName;
    private final String baseName;

    @SuppressWarnings("ImmutableEnumChecker") // a List.copyOf, unmodifiable
    private final List<String> required;

    @SuppressWarnings("ImmutableEnumChecker") // a List.copyOf, unmodifiable
    private final List<String> optional;

    @SuppressWarnings("ImmutableEnumChecker") // a List.copyOf, unmodifiable
    private final List<String> history;

    private final boolean provenance;

    WorkbookTable(String sheetName, String baseName, List<String> required, List<String> optional) {
        this(sheetName, baseName, required, optional, List.of(), true);
    }

    WorkbookTable(
            String sheetName,
            String baseName,
            List<String> required,
            List<String> optional,
            List<String> history,
            boolean provenance) {
        this.sheetName = sheetName;
        this.baseName = baseName;
        this.required = List.copyOf(required);
        this.optional = List.copyOf(optional);
        this.history = List.copyOf(history);
        this.provenance = provenance;
    }

    public String sheetName() {
        return sheetName;
    }

    /** The bundle file name without {@code .csv}. */
    public String baseName() {
        return baseName;
    }

    /** Required columns, {@code source} last where the table has provenance. */
    public List<String> required() {
        List<String> all = new ArrayList<>(required);
        if (provenance) {
            all.add("source");
        }
        return all;
    }

    /** Every column in writing order: required (less source), optional, the dating, then provenance. */
    public List<String> columns() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        all.addAll(history);
        if (provenance) {
            all.addAll(PROVENANCE);
        }
        return all;
    }

    /** The values a column is limited to, or empty where it is open. */
    public List<String> vocabulary(String column) {
        return VOCABULARIES.getOrDefault(baseName + "." + column, List.of());
    }

    /** Columns whose values are numbers and are written as numbers. */
    boolean isNumeric(String column) {
        return column.equals("value") || column.equals("influence") || column.equals("quality");
    }

    /** The table a sheet name stands for, ignoring case and surrounding spaces; null if none. */
    public static WorkbookTable ofSheet(String name) {
        String n = name.strip();
        for (WorkbookTable t : values()) {
            if (t.sheetName.equalsIgnoreCase(n) || t.baseName.equalsIgnoreCase(n)) {
                return t;
            }
        }
        return null;
    }

    public static WorkbookTable ofBaseName(String baseName) {
        for (WorkbookTable t : values()) {
            if (t.baseName.equals(baseName)) {
                return t;
            }
        }
        return null;
    }
}
