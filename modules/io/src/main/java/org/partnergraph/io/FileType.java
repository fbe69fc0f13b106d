package org.partnergraph.io;

import java.util.ArrayList;
import java.util.Collections;
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
    MEASUREMENTS("measurements", List.of("indicator", "kind", "period", "value"), List.of("id", "area")),
    INITIATIVES(
            "initiatives",
            List.of("id", "name"),
            List.of("kind", "phase", "description", "timescale", "milestones", "contributes_to")),
    MEMBERSHIPS("memberships", List.of("partner", "group"), List.of("role")),
    INFLUENCES("influences", List.of("partner", "objective", "influence", "quality"), List.of()),
    RELATIONSHIPS(
            "relationships",
            List.of("from", "to"),
            List.of("stage_now", "stage_wanted", "priority", "lead", "background", "actions")),
    INDICATOR_PARTNERS("indicator_partners", List.of("partner", "indicator", "role"), List.of()),
    GROUP_THEMES("group_themes", List.of("group", "theme"), List.of()),
    DELIVERIES("deliveries", List.of("partner", "initiative"), List.of("role"));

    /** Columns every file accepts; {@code source} is required. */
    static final List<String> PROVENANCE = List.of("source", "uncertain", "note");

    private final String baseName;
    private final List<String> required;
    private final List<String> optional;

    FileType(String baseName, List<String> required, List<String> optional) {
        this.baseName = baseName;
        List<String> req = new ArrayList<>(required);
        req.add("source");
        this.required = Collections.unmodifiableList(req);
        this.optional = optional;
    }

    String baseName() {
        return baseName;
    }

    List<String> required() {
        return required;
    }

    /** Every column in writing order: required (less source), optional, then provenance. */
    List<String> columns() {
        List<String> all = new ArrayList<>(required.subList(0, required.size() - 1));
        all.addAll(optional);
        all.addAll(PROVENANCE);
        return all;
    }

    boolean accepts(String column) {
        return required.contains(column) || optional.contains(column) || PROVENANCE.contains(column);
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
