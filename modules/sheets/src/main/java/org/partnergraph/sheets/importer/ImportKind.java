package org.partnergraph.sheets.importer;

import static org.partnergraph.sheets.importer.Field.optional;
import static org.partnergraph.sheets.importer.Field.required;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of sheet a team keeps that an import understands, each with the fields its columns map to
 * (docs/data-format.md, "Importing other sheets").
 */
public enum ImportKind {
    /** A stakeholder list: partners, with their type, sector and tier where new. */
    STAKEHOLDERS(
            "stakeholder list",
            required(
                    "partner",
                    Field.Type.TEXT,
                    "partner",
                    "organisation",
                    "organization",
                    "stakeholder",
                    "name",
                    "partner name",
                    "organisation name",
                    "stakeholder name",
                    "agency"),
            optional("type", Field.Type.TEXT, "type", "partner type", "organisation type", "category"),
            optional("sector", Field.Type.TEXT, "sector"),
            optional("tier", Field.Type.TEXT, "tier")),
    /** An influence grid: each partner's influence on an objective and the quality of the relationship. */
    INFLUENCE(
            "influence grid",
            required(
                    "partner",
                    Field.Type.TEXT,
                    "partner",
                    "organisation",
                    "organization",
                    "stakeholder",
                    "name",
                    "agency"),
            required("objective", Field.Type.TEXT, "objective", "outcome", "priority outcome", "strategic outcome"),
            required("influence", Field.Type.SCORE, "influence", "power", "influence score", "power influence"),
            required(
                    "quality",
                    Field.Type.SCORE,
                    "quality",
                    "relationship",
                    "relationship quality",
                    "relationship strength",
                    "quality of relationship")),
    /** An engagement tracker: where a relationship stands and where it should get to. */
    ENGAGEMENT(
            "engagement tracker",
            required("from", Field.Type.TEXT, "from", "our organisation", "lead partner", "owner"),
            required("to", Field.Type.TEXT, "to", "stakeholder", "partner", "organisation", "organization", "name"),
            optional("stage_now", Field.Type.STAGE, "stage now", "current stage", "stage", "now", "current"),
            optional(
                    "stage_wanted",
                    Field.Type.STAGE,
                    "stage wanted",
                    "target stage",
                    "desired stage",
                    "wanted",
                    "aim",
                    "target"),
            optional("priority", Field.Type.TEXT, "priority"),
            optional("lead", Field.Type.TEXT, "lead", "relationship lead", "lead officer"),
            optional("actions", Field.Type.TEXT, "actions", "action", "next steps")),
    /** A membership list: who sits on which group, in which role. */
    MEMBERSHIPS(
            "membership list",
            required("partner", Field.Type.TEXT, "partner", "member", "organisation", "organization", "name"),
            required("group", Field.Type.TEXT, "group", "partnership", "board", "forum", "network", "group name"),
            optional("role", Field.Type.ROLE, "role", "position")),
    /** An indicator return: quarterly (or any period's) actuals. */
    ACTUALS(
            "indicator return",
            required(
                    "indicator",
                    Field.Type.TEXT,
                    "indicator",
                    "indicator code",
                    "code",
                    "ni",
                    "ni code",
                    "measure",
                    "kpi",
                    "indicator name"),
            required("period", Field.Type.PERIOD, "period", "quarter", "month", "year", "date"),
            optional("area", Field.Type.TEXT, "area", "district", "locality"),
            required("value", Field.Type.NUMBER, "value", "actual", "result", "outturn", "figure"),
            optional("unit", Field.Type.TEXT, "unit", "units"),
            optional("note", Field.Type.TEXT, "note", "notes", "comment", "comments"));

    private final String label;

    @SuppressWarnings("ImmutableEnumChecker") // a List.of of records, unmodifiable
    private final List<Field> fields;

    ImportKind(String label, Field... fields) {
        this.label = label;
        this.fields = List.of(fields);
    }

    /** What the kind is called in sentences: "an influence grid". */
    public String label() {
        return label;
    }

    public List<Field> fields() {
        return fields;
    }

    public Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** The name in a mapping file and on the command line: {@code influence}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named by its code ({@code stakeholders}, ...), in any case.
     *
     * @throws IllegalArgumentException naming the kinds
     */
    public static ImportKind parse(String text) {
        for (ImportKind k : values()) {
            if (k.code().equalsIgnoreCase(text.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a kind of sheet; use stakeholders, influence,"
                + " engagement, memberships or actuals");
    }
}
