package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample row against the document it names: the rule of issue 3 that no value is invented,
 * checked mechanically over all rows (graphs/sources holds the documents, unchanged).
 *
 * <ul>
 *   <li>each row's {@code source} names a document of the dataset's manifest;</li>
 *   <li>each partner and group is called, by its name or an alias, what the document calls it;</li>
 *   <li>each measurement's value is written in the document (as {@code 8,488}, {@code 56.00},
 *       {@code £550k} ...);</li>
 *   <li>each indicator code ({@code NI 193}) is in the document;</li>
 *   <li>each initiative's description, milestones and timescale are the document's words.</li>
 * </ul>
 *
 * A row marked {@code uncertain} with a note is exempt: the note says what the document writes.
 * A failure lists every row that breaks a rule, as {@code file:line: column: reason}.
 */
class SampleSourcesTest {

    static final Path GRAPHS = Path.of("..", "graphs");
    static final Path SOURCES = GRAPHS.resolve("sources");
    /** The files whose rows are compared with their document; the others only name it. */
    static final Set<String> CHECKED_FILES = Set.of("partners", "groups", "measurements", "indicators", "initiatives");

    @ParameterizedTest
    @ValueSource(strings = {"hertfordshire", "staffordshire"})
    void everyRowSaysWhatItsDocumentSays(String dataset) throws IOException {
        Path dir = GRAPHS.resolve(dataset);
        Map<String, String> documents = documents(dir);
        List<String> problems = new ArrayList<>();
        int[] checked = new int[1];
        Map<String, String> codes = new TreeMap<>();
        eachRow(dir, (file, row) -> {
            if (file.startsWith("indicators")) {
                codes.put(row.get("id"), row.get("code"));
            }
        });

        eachRow(dir, (file, row) -> {
            String source = row.isMapped("source") ? row.get("source") : "";
            String at = file + ":" + (row.getRecordNumber() + 1) + ": ";
            String doc = documents.get(source.split(":", 2)[0].strip());
            if (doc == null) {
                problems.add(at + "source: '" + source + "' names no document of the manifest");
                return;
            }
            if (uncertain(row)) {
                if (row.get("note").isBlank()) {
                    problems.add(at + "note: an uncertain row must say what the document writes");
                }
                return;
            }
            String type = file.replaceAll("(-.*)?\\.csv$", "");
            if (CHECKED_FILES.contains(type)) {
                checked[0]++;
            }
            switch (type) {
                case "partners", "groups" -> {
                    Set<String> names = new LinkedHashSet<>();
                    names.add(row.get("name"));
                    if (row.isMapped("aliases") && !row.get("aliases").isBlank()) {
                        names.addAll(List.of(row.get("aliases").split("\\|")));
                    }
                    if (names.stream().noneMatch(n -> doc.contains(normal(n)))) {
                        problems.add(at + "name: neither '" + String.join("' nor '", names) + "' is written in "
                                + source.split(":", -1)[0]);
                    }
                }
                case "measurements" -> {
                    String value = row.get("value");
                    String code = codes.getOrDefault(row.get("indicator"), "");
                    String where = code.isBlank() ? doc : near(doc, code);
                    if (writtenForms(value).stream()
                            .noneMatch(f -> number(f).matcher(where).find())) {
                        problems.add(at + "value: " + value + " is not written in " + source.split(":", -1)[0]
                                + (code.isBlank() ? "" : " within " + NEAR + " characters of " + code));
                    }
                }
                case "indicators" -> {
                    String code = row.get("code");
                    if (!code.isBlank() && !code(code).matcher(doc).find()) {
                        problems.add(at + "code: " + code + " is not written in " + source.split(":", -1)[0]);
                    }
                }
                case "initiatives" -> {
                    for (String column : List.of("description", "milestones", "timescale")) {
                        for (String words : fragments(row.get(column))) {
                            if (!doc.contains(normal(words))) {
                                problems.add(at + column + ": '" + words + "' is not written in "
                                        + source.split(":", -1)[0]);
                            }
                        }
                    }
                }
                default -> {}
            }
        });

        assertThat(problems).as("rows that do not say what their document says").isEmpty();
        assertThat(checked[0]).as("rows checked against a document").isGreaterThan(100);
    }

    /**
     * A dated row (format 2's {@code as_of}) says in its note where its date is written, as {@code
     * as_of 2008-04-01: why ("the document's words")}, and the quoted words are in its document. The
     * counts are the dataset READMEs' ("Dates (format 2)").
     */
    @ParameterizedTest
    @ValueSource(strings = {"hertfordshire", "staffordshire"})
    void everyDatedRowSaysWhereItsDateIsWritten(String dataset) throws IOException {
        Path dir = GRAPHS.resolve(dataset);
        Map<String, String> documents = documents(dir);
        Pattern dated = Pattern.compile("as_of (\\d{4}-\\d{2}-\\d{2}): [^\"]*\"([^\"]+)\"");
        List<String> problems = new ArrayList<>();
        int[] rows = new int[1];
        eachRow(dir, (file, row) -> {
            if (!row.isMapped("as_of") || row.get("as_of").isBlank()) {
                return;
            }
            rows[0]++;
            String at = file + ":" + (row.getRecordNumber() + 1) + ": ";
            String doc =
                    documents.getOrDefault(row.get("source").split(":", 2)[0].strip(), "");
            var m = dated.matcher(row.isMapped("note") ? row.get("note") : "");
            if (!m.find() || !m.group(1).equals(row.get("as_of").strip())) {
                problems.add(at + "note: does not say where as_of " + row.get("as_of") + " is written");
            } else if (!doc.contains(normal(m.group(2)))) {
                problems.add(at + "note: '" + m.group(2) + "' is not written in its document");
            }
        });

        assertThat(problems)
                .as("dated rows that do not say where their date is written")
                .isEmpty();
        assertThat(rows[0]).isEqualTo(dataset.equals("staffordshire") ? 18 + 5 + 33 : 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hertfordshire", "staffordshire"})
    void aChangedFigureIsCaught(String dataset) throws IOException {
        Map<String, String> documents = documents(GRAPHS.resolve(dataset));
        String doc = String.join("\n", documents.values());
        // the issue's own figures, each written in its document, and a neighbour that is not
        String figure = dataset.equals("hertfordshire") ? "62.54" : "8488";
        String changed = dataset.equals("hertfordshire") ? "62.45" : "8448";

        assertThat(writtenForms(figure).stream()
                        .anyMatch(f -> number(f).matcher(doc).find()))
                .isTrue();
        assertThat(writtenForms(changed).stream()
                        .anyMatch(f -> number(f).matcher(doc).find()))
                .isFalse();
    }

    /** How far from an indicator's code its figures may stand: its row of the delivery plan table. */
    static final int NEAR = 3000;

    /** The text around each place {@code code} is written, {@link #NEAR} characters either side. */
    private static String near(String doc, String code) {
        StringBuilder out = new StringBuilder();
        var m = code(code).matcher(doc);
        while (m.find()) {
            out.append(doc, Math.max(0, m.start() - NEAR), Math.min(doc.length(), m.end() + NEAR))
                    .append('\n');
        }
        return out.toString();
    }

    /** {@code NI 193} as written: NI193, NI 193, ni 193; not NI 1934. */
    private static Pattern code(String code) {
        return Pattern.compile(Pattern.quote(normal(code)).replace(" ", "\\E\\s*\\Q") + "(?!\\d)");
    }

    /** The manifest's documents, read from graphs/sources and normalised. */
    private static Map<String, String> documents(Path dataset) throws IOException {
        String manifest = Files.readString(dataset.resolve("manifest.json"));
        Map<String, String> docs = new TreeMap<>();
        var m = Pattern.compile("\"file\"\\s*:\\s*\"([^\"]+)\"").matcher(manifest);
        while (m.find()) {
            docs.put(m.group(1), normal(Files.readString(SOURCES.resolve(m.group(1)), StandardCharsets.UTF_8)));
        }
        assertThat(docs).as("documents in " + dataset + "/manifest.json").isNotEmpty();
        return docs;
    }

    private static void eachRow(Path dir, BiConsumer<String, CSVRecord> check) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path csv :
                    files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                    for (CSVRecord row : format.parse(in)) {
                        check.accept(csv.getFileName().toString(), row);
                    }
                }
            }
        }
    }

    private static boolean uncertain(CSVRecord row) {
        return row.isMapped("uncertain") && row.get("uncertain").strip().equalsIgnoreCase("true");
    }

    /**
     * Lower case, one space for any run of white space, straight quotes and dashes, no Markdown
     * emphasis or heading marks: the extracted documents break lines and bold figures mid-phrase.
     */
    static String normal(String text) {
        return text.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .replace('\u2013', '-')
                .replace('\u00A0', ' ')
                .replaceAll("[*#]", "")
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** The pieces a description is made of: bullets joined with " | ", list items with "; " or ": ". */
    private static List<String> fragments(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : text.split(" \\| |; |: |\\. ", -1)) {
            String p = piece.replaceAll("^[\\s|\\-•·]+|[\\s.]+$", "");
            if (p.length() > 3) {
                out.add(p);
            }
        }
        return out;
    }

    /** How a document may write the value {@code value}: 8488 as 8,488; 56 as 56.00; 550000 as £550k. */
    static Set<String> writtenForms(String value) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(value);
        double x = Double.parseDouble(value);
        if (x == Math.rint(x)) {
            long n = (long) x;
            forms.add(Long.toString(n));
            forms.add(String.format(Locale.ROOT, "%,d", n));
            forms.add(String.format(Locale.ROOT, "%.1f", x));
            forms.add(String.format(Locale.ROOT, "%.2f", x));
            if (n != 0 && n % 1000 == 0) {
                forms.add(n / 1000 + "k");
            }
        } else {
            forms.add(String.format(Locale.ROOT, "%.2f", x));
            forms.add(String.format(Locale.ROOT, "%,.2f", x).replaceAll("0$", ""));
        }
        return forms;
    }

    /** {@code form} as a whole number in the text: not part of a longer number on either side. */
    private static Pattern number(String form) {
        return Pattern.compile("(?<![\\d.,])" + Pattern.quote(form.toLowerCase(Locale.ROOT)) + "(?!\\d|[.,]\\d)");
    }
}
