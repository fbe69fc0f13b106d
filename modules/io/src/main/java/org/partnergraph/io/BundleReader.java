package org.partnergraph.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.partnergraph.model.Area;
import org.partnergraph.model.Delivery;
import org.partnergraph.model.Group;
import org.partnergraph.model.GroupTheme;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.IndicatorRole;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Initiative;
import org.partnergraph.model.Manifest;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Period;
import org.partnergraph.model.Polarity;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Role;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;
import org.partnergraph.model.Theme;

/**
 * Reads a bundle folder into a {@link Dataset}, checking everything docs/data-format.md promises:
 * columns, ids, references, scores, numbers, periods and duplicates. Nothing is written anywhere;
 * a bundle with problems is reported whole, up to {@link #MAX_PROBLEMS}.
 */
public final class BundleReader {

    /** How many problems one read reports before it stops looking. */
    public static final int MAX_PROBLEMS = 50;

    public static final String MANIFEST = "manifest.json";

    private final Problems problems = new Problems(MAX_PROBLEMS);
    private final PartnershipGraph.Builder graph = PartnershipGraph.builder();
    /** Node ids by kind, with the row that defined each ("partner" -> id -> "partners.csv:3"). */
    private final Map<String, Map<String, String>> ids = new HashMap<>();
    /** Relationship keys already seen, with the row that had them. */
    private final Map<String, String> rowKeys = new HashMap<>();
    /** References to check once every file is read; kept small (no row values) for million-row bundles. */
    private final List<Reference> references = new ArrayList<>();

    private String partnership;

    private BundleReader() {}

    /**
     * Reads and checks the bundle in {@code dir}.
     *
     * @throws DatasetException listing every problem found, each as {@code file:line: column: reason}
     * @throws IOException when the folder cannot be read at all
     */
    public static Dataset read(Path dir) throws DatasetException, IOException {
        return new BundleReader().readBundle(dir);
    }

    private Dataset readBundle(Path dir) throws DatasetException, IOException {
        if (!Files.isDirectory(dir)) {
            throw new DatasetException(List.of(new DatasetProblem(dir.toString(), 0, "", "is not a folder")));
        }
        Manifest manifest = readManifest(dir.resolve(MANIFEST));
        problems.throwIfAny();
        partnership = manifest.partnership();
        Map<FileType, List<Path>> files = listFiles(dir);
        for (FileType type : FileType.values()) {
            for (Path file : files.getOrDefault(type, List.of())) {
                CsvFiles.read(file, type, problems, row -> readRow(type, row));
            }
        }
        if (problems.isEmpty()) {
            references.forEach(this::check);
        }
        problems.throwIfAny();
        return new Dataset(manifest, graph.build());
    }

    private Manifest readManifest(Path file) throws IOException {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            problems.add(MANIFEST, 0, "", "missing; every bundle needs a manifest.json (docs/data-format.md)");
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(MANIFEST, line, "", "is not valid JSON: " + e.getOriginalMessage());
            return null;
        }
        if (json == null || !json.isObject()) {
            problems.add(MANIFEST, 0, "", "must hold a JSON object");
            return null;
        }
        int format = json.path("format").asInt(-1);
        if (format != Manifest.FORMAT_VERSION) {
            problems.add(
                    MANIFEST,
                    0,
                    "format",
                    "is " + json.path("format") + "; this version of Partnergraph reads format "
                            + Manifest.FORMAT_VERSION);
        }
        String id = json.path("partnership").asText("");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            problems.add(
                    MANIFEST,
                    0,
                    "partnership",
                    "'" + id + "' is not a partnership id (lower-case letters, digits and '-')");
        }
        List<Manifest.Source> sources = new ArrayList<>();
        for (JsonNode s : json.path("sources")) {
            sources.add(new Manifest.Source(
                    s.path("file").asText(""), s.path("title").asText("")));
        }
        return new Manifest(
                format,
                id,
                json.path("name").asText(id),
                json.path("description").asText(""),
                sources);
    }

    private Map<FileType, List<Path>> listFiles(Path dir) throws IOException {
        Map<FileType, List<Path>> byType = new EnumMap<>(FileType.class);
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".csv")) {
                    continue;
                }
                FileType type = FileType.of(name);
                if (type == null) {
                    problems.add(
                            name,
                            0,
                            "",
                            "is not a dataset file; expected one of "
                                    + Stream.of(FileType.values())
                                            .map(t -> t.baseName() + ".csv")
                                            .toList());
                } else {
                    byType.computeIfAbsent(type, t -> new ArrayList<>()).add(p);
                }
            }
        }
        byType.forEach((type, paths) -> paths.sort(java.util.Comparator.comparing(
                        (Path p) -> !p.getFileName().toString().equals(type.baseName() + ".csv"))
                .thenComparing(p -> p.getFileName().toString())));
        return byType;
    }

    private void readRow(FileType type, Row row) {
        switch (type) {
            case PARTNERS ->
                node(
                        row,
                        "partner",
                        id -> graph.partners.add(new Partner(
                                id,
                                row.required("name"),
                                row.text("type"),
                                row.text("tier"),
                                row.text("sector"),
                                row.list("aliases"),
                                partnership,
                                row.provenance())));
            case GROUPS ->
                node(
                        row,
                        "group",
                        id -> graph.groups.add(new Group(
                                id,
                                row.required("name"),
                                row.text("kind"),
                                row.list("aliases"),
                                partnership,
                                row.provenance())));
            case THEMES ->
                node(
                        row,
                        "theme",
                        id -> graph.themes.add(new Theme(
                                id, row.required("name"), row.text("description"), partnership, row.provenance())));
            case OBJECTIVES ->
                node(
                        row,
                        "objective",
                        id -> graph.objectives.add(new Objective(
                                id,
                                row.required("name"),
                                optionalRef(row, "theme", "theme"),
                                partnership,
                                row.provenance())));
            case AREAS ->
                node(
                        row,
                        "area",
                        id -> graph.areas.add(new Area(
                                id,
                                row.required("name"),
                                row.text("kind"),
                                optionalRef(row, "within", "area"),
                                partnership,
                                row.provenance())));
            case INDICATORS ->
                node(
                        row,
                        "indicator",
                        id -> graph.indicators.add(new Indicator(
                                id,
                                row.text("code"),
                                row.required("name"),
                                row.text("unit"),
                                parse(row, "polarity", Polarity::parse),
                                refs(row, "measures", "objective", "theme"),
                                row.text("lead_individual"),
                                row.text("monitored_by"),
                                row.text("risks"),
                                partnership,
                                row.provenance())));
            case MEASUREMENTS -> measurement(row);
            case INITIATIVES ->
                node(
                        row,
                        "initiative",
                        id -> graph.initiatives.add(new Initiative(
                                id,
                                row.required("name"),
                                row.text("kind"),
                                row.text("phase"),
                                row.text("description"),
                                row.text("timescale"),
                                row.text("milestones"),
                                refs(row, "contributes_to", "objective", "theme"),
                                partnership,
                                row.provenance())));
            case MEMBERSHIPS -> {
                String p = ref(row, "partner", "partner");
                String g = ref(row, "group", "group");
                Role role = parse(row, "role", Role::parse);
                if (unique(row, "membership", p, g)) {
                    graph.memberships.add(new Membership(p, g, role, row.provenance()));
                }
            }
            case INFLUENCES -> {
                String p = ref(row, "partner", "partner");
                String o = ref(row, "objective", "objective");
                Score influence = parse(row, "influence", Score::parse);
                Score quality = parse(row, "quality", Score::parse);
                if (unique(row, "influence", p, o) && influence != null && quality != null) {
                    graph.influences.add(new Influence(p, o, influence, quality, row.provenance()));
                }
            }
            case RELATIONSHIPS -> {
                String from = ref(row, "from", "partner");
                String to = ref(row, "to", "partner", "group");
                Stage now = row.text("stage_now").isEmpty() ? null : parse(row, "stage_now", Stage::parse);
                Stage wanted = row.text("stage_wanted").isEmpty() ? null : parse(row, "stage_wanted", Stage::parse);
                if (unique(row, "relationship", from, to)) {
                    graph.relationships.add(new Relationship(
                            from,
                            to,
                            now,
                            wanted,
                            row.text("priority"),
                            row.text("lead"),
                            row.list("background"),
                            row.text("actions"),
                            row.provenance()));
                }
            }
            case INDICATOR_PARTNERS -> {
                String p = ref(row, "partner", "partner");
                String i = ref(row, "indicator", "indicator");
                IndicatorRole role = parse(row, "role", IndicatorRole::parse);
                if (unique(row, "indicator partner", p, i) && role != null) {
                    graph.indicatorLinks.add(new IndicatorLink(p, i, role, row.provenance()));
                }
            }
            case GROUP_THEMES -> {
                String g = ref(row, "group", "group");
                String t = ref(row, "theme", "theme");
                if (unique(row, "group theme", g, t)) {
                    graph.groupThemes.add(new GroupTheme(g, t, row.provenance()));
                }
            }
            case DELIVERIES -> {
                String p = ref(row, "partner", "partner", "group");
                String i = ref(row, "initiative", "initiative");
                String role = row.text("role").isEmpty() ? "partner" : row.text("role");
                if (!role.equals("lead") && !role.equals("partner")) {
                    row.problem("role", "'" + role + "' is not a delivery role; expected lead or partner");
                }
                if (unique(row, "delivery", p, i)) {
                    graph.deliveries.add(new Delivery(p, i, role, row.provenance()));
                }
            }
            default -> throw new IllegalStateException("no reader for " + type);
        }
    }

    private void node(Row row, String kind, java.util.function.Consumer<String> add) {
        String local = row.id("id");
        if (local == null) {
            return;
        }
        Map<String, String> seen = ids.computeIfAbsent(kind, k -> new HashMap<>());
        String first = seen.putIfAbsent(local, row.where());
        if (first != null) {
            row.problem("id", "duplicate " + kind + " id '" + local + "', first at " + first);
            return;
        }
        add.accept(qualify(local));
    }

    private void measurement(Row row) {
        String indicator = ref(row, "indicator", "indicator");
        MeasurementKind kind = parse(row, "kind", MeasurementKind::parse);
        Period period = parse(row, "period", Period::parse);
        String area = optionalRef(row, "area", "area");
        Double value = parse(row, "value", BundleReader::number);
        if (indicator == null || kind == null || period == null || value == null) {
            return;
        }
        String local = row.text("id");
        String id = local.isEmpty() ? Measurement.derivedId(indicator, kind, period, area) : qualify(local);
        Map<String, String> seen = ids.computeIfAbsent("measurement", k -> new HashMap<>());
        String first = seen.putIfAbsent(id, row.where());
        if (first != null) {
            row.problem(
                    local.isEmpty() ? "period" : "id",
                    "duplicate measurement " + kind.code() + " " + period
                            + " of '" + row.text("indicator") + "'"
                            + (area.isEmpty() ? "" : " in '" + row.text("area") + "'")
                            + ", first at " + first);
            return;
        }
        graph.measurements.add(
                new Measurement(id, indicator, period, kind, value, area, partnership, row.provenance()));
    }

    private static Double number(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("is empty; expected a number");
        }
        try {
            double v = Double.parseDouble(text);
            if (Double.isNaN(v) || Double.isInfinite(v) || !text.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a number (write 62.54, with a '.' and no unit or %)");
        }
    }

    private <T> T parse(Row row, String column, Function<String, T> parser) {
        try {
            return parser.apply(row.text(column));
        } catch (IllegalArgumentException e) {
            row.problem(column, e.getMessage());
            return null;
        }
    }

    /** A required reference; checked against the bundle's ids once every file is read. */
    private String ref(Row row, String column, String... kinds) {
        String local = row.id(column);
        if (local == null) {
            return null;
        }
        references.add(new Reference(row.file, row.line, column, local, kinds));
        return qualify(local);
    }

    private String optionalRef(Row row, String column, String kind) {
        return row.text(column).isEmpty() ? "" : nullToEmpty(ref(row, column, kind));
    }

    private List<String> refs(Row row, String column, String... kinds) {
        List<String> out = new ArrayList<>();
        for (String local : row.list(column)) {
            references.add(new Reference(row.file, row.line, column, local, kinds));
            out.add(qualify(local));
        }
        return out;
    }

    private record Reference(String file, long line, String column, String local, String[] kinds) {}

    private void check(Reference r) {
        for (String kind : r.kinds()) {
            if (ids.getOrDefault(kind, Map.of()).containsKey(r.local())) {
                return;
            }
        }
        problems.add(
                r.file(), r.line(), r.column(), "unknown " + String.join(" or ", r.kinds()) + " '" + r.local() + "'");
    }

    private boolean unique(Row row, String what, String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String first = rowKeys.putIfAbsent(what + "|" + a + "|" + b, row.where());
        if (first != null) {
            row.problem("", "duplicate " + what + " row, first at " + first);
            return false;
        }
        return true;
    }

    private String qualify(String local) {
        return Dataset.qualify(partnership, local);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
