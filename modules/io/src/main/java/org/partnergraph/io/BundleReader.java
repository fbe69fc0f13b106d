package org.partnergraph.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.partnergraph.model.Area;
import org.partnergraph.model.Dating;
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
import org.partnergraph.model.Wave;

/**
 * Reads a bundle folder into a {@link Dataset}, checking everything docs/data-format.md promises:
 * columns, ids, references, scores, numbers, periods and duplicates. Nothing is written anywhere;
 * a bundle with problems is reported whole, up to {@link #MAX_PROBLEMS}.
 */
public final class BundleReader {

    /** How many problems one read reports before it stops looking. */
    public static final int MAX_PROBLEMS = 50;

    public static final String MANIFEST = "manifest.json";

    private static final long MAX_MANIFEST_BYTES = 1 << 20;

    private final Problems problems = new Problems(MAX_PROBLEMS);
    private final PartnershipGraph.Builder graph = PartnershipGraph.builder();
    /** Node ids by kind, with the row that defined each ("partner" -> id -> "partners.csv:3"). */
    private final Map<String, Map<String, String>> ids = new HashMap<>();
    /** Relationship keys already seen, with the row that had them. */
    private final Map<String, String> rowKeys = new HashMap<>();
    /** References to check once every file is read; kept small (no row values) for million-row bundles. */
    private final List<Reference> references = new ArrayList<>();

    /** Types with a file that could not be read whole: references to their ids are not checked. */
    private final java.util.Set<FileType> incomplete = java.util.EnumSet.noneOf(FileType.class);

    private String partnership;
    private HistoryRows history;

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
        ManifestFile manifest = readManifest(dir.resolve(MANIFEST));
        // Without a usable manifest the files are still checked, so one pass reports everything.
        partnership = manifest == null ? "bundle" : manifest.manifest().partnership();
        int format = manifest == null ? Manifest.FORMAT_VERSION : manifest.format();
        history = new HistoryRows(
                format,
                partnership,
                manifest == null ? null : manifest.manifest().date(),
                row -> optionalRef(row, "wave", "wave"));
        Map<FileType, List<Path>> files = listFiles(dir);
        Map<String, Long> rowsRead = new HashMap<>();
        for (FileType type : FileType.values()) {
            for (Path file : files.getOrDefault(type, List.of())) {
                if (history.isVersion1() && type.sinceFormat2()) {
                    problems.add(
                            file.getFileName().toString(),
                            0,
                            "",
                            CsvFiles.FORMAT_2 + " file; " + CsvFiles.FORMAT_2_FIX);
                    incomplete.add(type);
                    continue;
                }
                CsvFiles.Result result = CsvFiles.read(file, type, format, problems, row -> readRow(type, row));
                if (result.complete()) {
                    rowsRead.put(file.getFileName().toString(), result.rows());
                } else {
                    incomplete.add(type);
                }
            }
        }
        references.forEach(this::check);
        Problems incompleteBundle = new Problems(MAX_PROBLEMS);
        if (manifest != null && manifest.files() != null) {
            checkListedFiles(manifest.files(), files, rowsRead, incompleteBundle);
        }
        List<DatasetProblem> all = new ArrayList<>(incompleteBundle.list());
        all.addAll(problems.list());
        if (!all.isEmpty()) {
            throw new DatasetException(all.subList(0, Math.min(all.size(), MAX_PROBLEMS)));
        }
        List<String> notices = new ArrayList<>();
        int assessments = graph.influences.size()
                + graph.relationships.size()
                + graph.memberships.size()
                + graph.measurements.size();
        if (history.isVersion1() && assessments > 0) {
            Wave wave = history.versionOneWave(manifest.manifest().name());
            graph.waves.add(wave);
            notices.add(history.versionOneNotice(wave, assessments));
        }
        return new Dataset(manifest.manifest(), graph.build(), notices);
    }

    /**
     * The manifest's {@code files} (written by export) against the folder: every listed file present
     * with its number of rows, and no dataset file that is not listed. A bundle cut short, by an
     * export or a copy that did not finish, fails here rather than loading part of a graph.
     */
    private static void checkListedFiles(
            Map<String, Long> listed, Map<FileType, List<Path>> files, Map<String, Long> rowsRead, Problems out) {
        List<String> present = new ArrayList<>();
        files.values()
                .forEach(paths -> paths.forEach(p -> present.add(p.getFileName().toString())));
        String incomplete = "; the bundle is incomplete (an export or copy that did not finish?)";
        listed.forEach((name, rows) -> {
            if (!present.contains(name)) {
                out.add(MANIFEST, 0, "files", "lists " + name + ", which is not in the folder" + incomplete);
            } else if (rows >= 0
                    && rowsRead.containsKey(name)
                    && rowsRead.get(name).longValue() != rows) {
                out.add(
                        name,
                        0,
                        "",
                        "has " + rowsRead.get(name) + " rows but manifest.json lists " + rows + incomplete
                                + ", or it was edited by hand: then correct its count in manifest.json or remove"
                                + " \"files\" from it");
            }
        });
        present.stream()
                .filter(name -> !listed.containsKey(name))
                .sorted()
                .forEach(name -> out.add(
                        name,
                        0,
                        "",
                        "is not listed in manifest.json's \"files\"; add it with its number of rows, or remove"
                                + " \"files\" from the manifest"));
    }

    /** The manifest, and the row count of every file where the manifest lists them (null where it does not). */
    private record ManifestFile(Manifest manifest, int format, Map<String, Long> files) {}

    private ManifestFile readManifest(Path file) {
        JsonNode json = manifestJson(file);
        return json == null ? null : manifestOf(json);
    }

    /** The manifest's JSON object, or null with the problem said: missing, not a file, too large, not JSON. */
    private JsonNode manifestJson(Path file) {
        if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(MANIFEST, 0, "", "missing; every bundle needs a manifest.json (docs/data-format.md)");
            return null;
        }
        String refusal = CsvFiles.refusal(file);
        if (refusal != null) {
            problems.add(MANIFEST, 0, "", refusal);
            return null;
        }
        JsonNode json;
        try {
            if (Files.size(file) > MAX_MANIFEST_BYTES) {
                problems.add(MANIFEST, 0, "", "is too large for a manifest (over 1 MB)");
                return null;
            }
            json = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Jackson's own message names its internals ("start marker at [Source: REDACTED ..."); ours says where.
            long line =
                    e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            problems.add(
                    MANIFEST,
                    line,
                    "",
                    "is not valid JSON" + (column > 0 ? " (it goes wrong at column " + column + ")" : "")
                            + "; check its quotes, commas and braces against docs/data-format.md");
            return null;
        } catch (IOException e) {
            problems.add(MANIFEST, 0, "", CsvFiles.cannotRead(e));
            return null;
        }
        if (json == null || !json.isObject()) {
            problems.add(MANIFEST, 0, "", "must hold a JSON object");
            return null;
        }
        return json;
    }

    /** The manifest's fields, each problem said; a manifest with problems is still returned, to check the rest. */
    private ManifestFile manifestOf(JsonNode json) {
        int format = format(json.path("format"));
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
        return new ManifestFile(
                new Manifest(
                        Manifest.FORMAT_VERSION,
                        id,
                        json.path("name").asText(id),
                        json.path("description").asText(""),
                        sources,
                        manifestDate(json.path("date"))),
                format,
                listedFiles(json.get("files")));
    }

    /** The format version, 1 or 2; format 2 (read as the newest) where it is missing or bad, the problem said. */
    private int format(JsonNode node) {
        if (node.isMissingNode()) {
            problems.add(
                    MANIFEST,
                    0,
                    "format",
                    "missing; write \"format\": " + Manifest.FORMAT_VERSION + " (docs/data-format.md)");
        } else if (!node.isIntegralNumber() || node.asInt(-1) < 1 || node.asInt(-1) > Manifest.FORMAT_VERSION) {
            boolean newer = node.isIntegralNumber() && node.asInt(-1) > Manifest.FORMAT_VERSION;
            problems.add(
                    MANIFEST,
                    0,
                    "format",
                    "is " + node + "; this version of Partnergraph reads formats 1 and " + Manifest.FORMAT_VERSION
                            + (newer
                                    ? " (a newer Partnergraph wrote this bundle: update Partnergraph to read it)"
                                    : ""));
        } else {
            return node.asInt();
        }
        return Manifest.FORMAT_VERSION;
    }

    /** The manifest's optional {@code date}: the day its undated assessments were made. */
    private LocalDate manifestDate(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String text = node.isTextual() ? node.asText() : node.toString();
        try {
            return LocalDate.parse(text, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(MANIFEST, 0, "date", "'" + text + "' is not a date; write YYYY-MM-DD, e.g. \"2022-04-01\"");
            return null;
        }
    }

    private Map<String, Long> listedFiles(JsonNode files) {
        if (files == null) {
            return null;
        }
        if (!files.isObject()) {
            problems.add(
                    MANIFEST,
                    0,
                    "files",
                    "must name each CSV file with its number of rows, like {\"partners.csv\": 12}");
            return null;
        }
        Map<String, Long> out = new java.util.TreeMap<>();
        for (Map.Entry<String, JsonNode> e : files.properties()) {
            JsonNode n = e.getValue();
            if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0) {
                problems.add(MANIFEST, 0, "files", e.getKey() + " has " + n + ", which is not a number of rows");
                out.put(e.getKey(), -1L); // listed, count unknown
            } else {
                out.put(e.getKey(), n.asLong());
            }
        }
        return out;
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
                                            // a format-1 bundle is told only the files it may have
                                            .filter(t -> !(history.isVersion1() && t.sinceFormat2()))
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
                                within(row),
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
                Dating d = history.dating(row);
                LocalDate until = row.date("until");
                if (!HistoryRows.endsBeforeItStarts(row, until, d) && unique(row, "membership", p, g, d)) {
                    graph.memberships.add(new Membership(p, g, role, row.provenance(), d, until));
                }
            }
            case INFLUENCES -> {
                String p = ref(row, "partner", "partner");
                String o = ref(row, "objective", "objective");
                Score influence = parse(row, "influence", Score::parse);
                Score quality = parse(row, "quality", Score::parse);
                Dating d = history.dating(row);
                if (unique(row, "influence", p, o, d) && influence != null && quality != null) {
                    graph.influences.add(new Influence(p, o, influence, quality, row.provenance(), d));
                }
            }
            case RELATIONSHIPS -> {
                String from = ref(row, "from", "partner");
                String to = ref(row, "to", "partner", "group");
                Stage now = row.text("stage_now").isEmpty() ? null : parse(row, "stage_now", Stage::parse);
                Stage wanted = row.text("stage_wanted").isEmpty() ? null : parse(row, "stage_wanted", Stage::parse);
                Dating d = history.dating(row);
                if (from != null && from.equals(to)) {
                    row.problem(
                            "to",
                            "'" + row.text("to") + "' is the partner in from; a relationship is between two partners");
                } else if (unique(row, "relationship", from, to, d)) {
                    graph.relationships.add(new Relationship(
                            from,
                            to,
                            now,
                            wanted,
                            row.text("priority"),
                            row.text("lead"),
                            row.list("background"),
                            row.text("actions"),
                            row.provenance(),
                            d));
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
            case WAVES -> node(row, "wave", id -> graph.waves.add(history.wave(row, id)));
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
        Period period = parse(row, "period", Periods::parse);
        String area = optionalRef(row, "area", "area");
        Double value = parse(row, "value", BundleReader::number);
        Dating dating = history.dating(row);
        if (indicator == null || kind == null || period == null || value == null || dating == null) {
            return;
        }
        String local = row.text("id");
        String id = local.isEmpty() ? Measurement.derivedId(indicator, kind, period, area) : qualify(local);
        Map<String, String> seen = ids.computeIfAbsent("measurement", k -> new HashMap<>());
        // Revisions of a value share its id and differ in their dating.
        String first = seen.putIfAbsent(id + "|" + HistoryRows.key(dating), row.where());
        if (first != null) {
            row.problem(
                    local.isEmpty() ? "period" : "id",
                    "duplicate measurement " + kind.code() + " " + period
                            + " of '" + row.text("indicator") + "'"
                            + (area.isEmpty() ? "" : " in '" + row.text("area") + "'")
                            + HistoryRows.sameDating(dating)
                            + ", first at " + first);
            return;
        }
        graph.measurements.add(
                new Measurement(id, indicator, period, kind, value, area, partnership, row.provenance(), dating));
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
        if (!row.muted) {
            references.add(new Reference(row.file, row.line, column, local, kinds));
        }
        return qualify(local);
    }

    private String within(Row row) {
        if (!row.text("within").isEmpty() && row.text("within").equals(row.text("id"))) {
            row.problem("within", "'" + row.text("within") + "' is this area itself; an area lies within another");
            return "";
        }
        return optionalRef(row, "within", "area");
    }

    private String optionalRef(Row row, String column, String kind) {
        return row.text(column).isEmpty() ? "" : nullToEmpty(ref(row, column, kind));
    }

    private List<String> refs(Row row, String column, String... kinds) {
        List<String> out = new ArrayList<>();
        for (String local : row.list(column)) {
            if (!row.muted) {
                references.add(new Reference(row.file, row.line, column, local, kinds));
            }
            out.add(qualify(local));
        }
        return out;
    }

    @SuppressWarnings("ArrayRecordComponent") // a constant's kinds, read only, never compared
    private record Reference(String file, long line, String column, String local, String[] kinds) {}

    private void check(Reference r) {
        for (String kind : r.kinds()) {
            // An id may be in the part of a file that could not be read; that file's problem is reported.
            if (ids.getOrDefault(kind, Map.of()).containsKey(r.local())
                    || incomplete.contains(FileType.defining(kind))) {
                return;
            }
        }
        problems.add(
                r.file(), r.line(), r.column(), "unknown " + String.join(" or ", r.kinds()) + " '" + r.local() + "'");
    }

    private boolean unique(Row row, String what, String a, String b) {
        return unique(row, what, a, b, Dating.UNDATED);
    }

    /** One row per pair and dating: several dated assessments of a pair are its history. */
    private boolean unique(Row row, String what, String a, String b, Dating d) {
        if (a == null || b == null || d == null) {
            return false;
        }
        String first = rowKeys.putIfAbsent(what + "|" + a + "|" + b + "|" + HistoryRows.key(d), row.where());
        if (first != null) {
            row.problem("", "duplicate " + what + " row" + HistoryRows.sameDating(d) + ", first at " + first);
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
