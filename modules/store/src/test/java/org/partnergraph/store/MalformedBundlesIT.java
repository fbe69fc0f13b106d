package org.partnergraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.io.DatasetException;
import org.partnergraph.io.DatasetProblem;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.store.testing.GraphDump;

/**
 * Malformed bundles, one class of bad input each, loaded over the Hertfordshire sample: each gives
 * exactly its sentences, and the graph is afterwards exactly as it was. Every bundle is the same
 * small valid change to Hertfordshire (a renamed partner, a new partner, group, objective, indicator
 * and their links) with one thing broken, so a reader that let the defect through would change the graph.
 */
@ExtendWith(EmbeddedDatabase.class)
class MalformedBundlesIT {

    private static final Path HERTFORDSHIRE = Path.of("../../graphs/hertfordshire");
    private static final String FORMS = "; expected 2008-04-01..2009-03-31, 2008/09 (financial year),"
            + " AY2008/09 (academic year), 2005, 2009-03 or 2009-03-31";
    private static final String INCOMPLETE = "; the bundle is incomplete (an export or copy that did not finish?)";

    @TempDir
    Path tmp;

    /** The valid change every case breaks in one way. */
    private static Map<String, String> base() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("manifest.json", "{\"format\": 1, \"partnership\": \"hertfordshire\", \"name\": \"Hertfordshire\"}");
        files.put(
                "partners.csv",
                "id,name,type,source\nhsp,Herts Sports Partnership (renamed),county sports partnership,test\n"
                        + "new-partner,A New Partner,business,test\n");
        files.put("groups.csv", "id,name,kind,source\nnew-group,A New Group,group,test\n");
        files.put("objectives.csv", "id,name,source\nobj-new,A new objective,test\n");
        files.put("areas.csv", "id,name,kind,within,source\nnew-area,A New Area,district,,test\n");
        files.put(
                "indicators.csv",
                "id,name,unit,polarity,measures,source\nind-new,A new indicator,%,higher,obj-new,test\n");
        files.put("measurements.csv", "indicator,kind,period,value,source\nind-new,baseline,2008/09,12.5,test\n");
        files.put("memberships.csv", "partner,group,role,source\nhsp,new-group,member,test\n");
        files.put("influences.csv", "partner,objective,influence,quality,source\nnew-partner,obj-new,3,4,test\n");
        files.put(
                "relationships.csv",
                "from,to,stage_now,stage_wanted,source\nhsp,new-partner,Co-exist,Cooperate,test\n");
        return files;
    }

    private interface Breakage {
        void apply(Path bundle, Map<String, String> files) throws Exception;
    }

    private record Case(String name, Breakage breakage, List<String> problems) {}

    private static Case replace(String name, String file, String text, String... problems) {
        return new Case(name, (dir, files) -> files.put(file, text), List.of(problems));
    }

    private static Case change(String name, String file, String from, String to, String... problems) {
        return new Case(
                name,
                (dir, files) -> {
                    assertThat(files.get(file)).contains(from);
                    files.put(file, files.get(file).replace(from, to));
                },
                List.of(problems));
    }

    private static Case extra(String name, Breakage breakage, String... problems) {
        return new Case(name, breakage, List.of(problems));
    }

    private static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // Files that are not regular files.
        c.add(extra(
                "a pipe named like a CSV file",
                (dir, files) -> assertThat(new ProcessBuilder(
                                        "mkfifo", dir.resolve("partners-x.csv").toString())
                                .start()
                                .waitFor())
                        .isZero(),
                "partners-x.csv: is not a regular file (a pipe, socket or device); only regular files are read"));
        c.add(extra(
                "a folder named like a CSV file",
                (dir, files) -> Files.createDirectory(dir.resolve("groups-x.csv")),
                "groups-x.csv: is a folder, not a file; only regular files are read"));
        c.add(extra(
                "a symbolic link loop",
                (dir, files) -> {
                    Files.createSymbolicLink(dir.resolve("themes-a.csv"), dir.resolve("themes-b.csv"));
                    Files.createSymbolicLink(dir.resolve("themes-b.csv"), dir.resolve("themes-a.csv"));
                },
                "themes-a.csv: is a symbolic link that leads nowhere (a loop, or its target is missing)",
                "themes-b.csv: is a symbolic link that leads nowhere (a loop, or its target is missing)"));
        // CSV structure.
        change(
                c,
                "a column named twice",
                "groups.csv",
                "id,name,kind,",
                "id,name,name,",
                "groups.csv:1: name: named twice in the header (columns 2 and 3); keep one, or it is unclear which"
                        + " value counts");
        change(
                c,
                "a short row",
                "partners.csv",
                "A New Partner,business,test",
                "A New Partner,business",
                "partners.csv:3: source: missing; the row has 3 fields but the header names 4");
        change(
                c,
                "a long row",
                "partners.csv",
                "A New Partner,business",
                "A New Partner, Ltd,business",
                "partners.csv:3: has 5 fields but the header names 4 (a value with a comma must be quoted)");
        change(
                c,
                "an unterminated quote",
                "partners.csv",
                "hsp,Herts",
                "hsp,\"Herts",
                "partners.csv:2: name: the quote opened on this line is never closed; a quote inside a quoted value"
                        + " is written twice (\"\")");
        change(
                c,
                "text after a closing quote",
                "groups.csv",
                "A New Group",
                "\"A New\" Group",
                "groups.csv:2: name: text after the closing quote; a quote inside a quoted value is written twice"
                        + " (\"\"), and a value with a quote is quoted whole");
        change(
                c,
                "a NUL byte in a name",
                "partners.csv",
                "A New Partner",
                "A New\u0000Partner",
                "partners.csv:3: name: holds the control character U+0000, which most programs do not show; remove"
                        + " it");
        change(
                c,
                "a bell in a quoted id",
                "groups.csv",
                "new-group,",
                "\"new-group\u0007\",",
                "groups.csv:2: id: holds the control character U+0007, which most programs do not show; remove it",
                "groups.csv:2: id: 'new-group\u0007' is not an id (a letter or digit, then letters, digits, '.', '_'"
                        + " or '-')",
                "memberships.csv:2: group: unknown group 'new-group'");
        change(
                c,
                "a byte-order mark in the middle",
                "objectives.csv",
                "A new objective",
                "\uFEFFA new objective",
                "objectives.csv:2: name: holds a byte-order mark (U+FEFF, the invisible mark that may start a file)"
                        + " inside the text; remove it (were two files pasted together?)");
        c.add(extra(
                "bytes that are not UTF-8",
                (dir, files) -> {
                    files.remove("groups.csv");
                    Files.write(
                            dir.resolve("groups.csv"),
                            "id,name,kind,source\nnew-group,Caf\u00e9 Group,group,test\n"
                                    .getBytes(StandardCharsets.ISO_8859_1));
                },
                "groups.csv:2: name: is not UTF-8 text; save it as CSV UTF-8"));
        replace(
                c,
                "an empty file",
                "areas.csv",
                "",
                "areas.csv: is empty; a dataset file starts with a header row naming its columns");
        replace(
                c,
                "a header-only file that other files rely on",
                "groups.csv",
                "id,name,kind,source\n",
                "memberships.csv:2: group: unknown group 'new-group'");
        // Columns and files.
        change(
                c,
                "a missing required column",
                "objectives.csv",
                "id,name,source\nobj-new,A new objective,",
                "id,source\nobj-new,",
                "objectives.csv:1: name: missing column");
        change(
                c,
                "an unknown column",
                "groups.csv",
                "id,name,kind,",
                "id,name,knd,",
                "groups.csv:1: knd: unknown column; groups files take [id, name, kind, aliases, source, uncertain,"
                        + " note]");
        replace(
                c,
                "an unknown file",
                "partnrs.csv",
                "id,name,source\nx,X,test\n",
                "partnrs.csv: is not a dataset file; expected one of [partners.csv, groups.csv, themes.csv,"
                        + " objectives.csv, areas.csv, indicators.csv, measurements.csv, initiatives.csv,"
                        + " memberships.csv, influences.csv, relationships.csv, indicator_partners.csv,"
                        + " group_themes.csv, deliveries.csv]");
        // Ids and references.
        change(
                c,
                "an empty id",
                "groups.csv",
                "new-group,A New",
                ",A New",
                "groups.csv:2: id: is empty",
                "memberships.csv:2: group: unknown group 'new-group'");
        change(
                c,
                "an id with a space",
                "objectives.csv",
                "obj-new,",
                "obj new,",
                "objectives.csv:2: id: 'obj new' is not an id (a letter or digit, then letters, digits, '.', '_' or"
                        + " '-')",
                "indicators.csv:2: measures: unknown objective or theme 'obj-new'",
                "influences.csv:2: objective: unknown objective 'obj-new'");
        change(
                c,
                "a duplicate id",
                "partners.csv",
                "new-partner,A New Partner,business,test\n",
                "new-partner,A New Partner,business,test\nnew-partner,Again,business,test\n",
                "partners.csv:4: id: duplicate partner id 'new-partner', first at partners.csv:3");
        replace(
                c,
                "a duplicate id across split files",
                "partners-more.csv",
                "id,name,source\nhsp,HSP again,test\n",
                "partners-more.csv:2: id: duplicate partner id 'hsp', first at partners.csv:2");
        change(
                c,
                "a reference to a missing node",
                "memberships.csv",
                "hsp,new-group",
                "hsp,no-such-group",
                "memberships.csv:2: group: unknown group 'no-such-group'");
        change(
                c,
                "a partner in a relationship with itself",
                "relationships.csv",
                "hsp,new-partner",
                "hsp,hsp",
                "relationships.csv:2: to: 'hsp' is the partner in from; a relationship is between two partners");
        change(
                c,
                "an area within itself",
                "areas.csv",
                "district,,",
                "district,new-area,",
                "areas.csv:2: within: 'new-area' is this area itself; an area lies within another");
        change(
                c,
                "a duplicate membership row",
                "memberships.csv",
                "hsp,new-group,member,test\n",
                "hsp,new-group,member,test\nhsp,new-group,chair,test\n",
                "memberships.csv:3: duplicate membership row, first at memberships.csv:2");
        // Values.
        change(
                c,
                "an unknown role",
                "memberships.csv",
                ",member,",
                ",boss,",
                "memberships.csv:2: role: 'boss' is not a role; expected chair, vice-chair, lead or member");
        change(
                c,
                "an unknown stage",
                "relationships.csv",
                "Co-exist",
                "Friends",
                "relationships.csv:2: stage_now: 'Friends' is not a stage; expected Compete, Co-exist, Cooperate or"
                        + " Collaborate");
        change(
                c,
                "an unknown polarity",
                "indicators.csv",
                ",higher,",
                ",up,",
                "indicators.csv:2: polarity: 'up' is not a polarity; expected higher, lower or unknown");
        change(
                c,
                "an unknown measurement kind",
                "measurements.csv",
                ",baseline,",
                ",guess,",
                "measurements.csv:2: kind: 'guess' is not a measurement kind; expected baseline, target or actual");
        change(
                c,
                "a score above 5",
                "influences.csv",
                ",3,4,",
                ",3,6,",
                "influences.csv:2: quality: must be between 1 and 5, was 6");
        change(
                c,
                "a negative score",
                "influences.csv",
                ",3,4,",
                ",-1,4,",
                "influences.csv:2: influence: must be between 1 and 5, was -1");
        change(
                c,
                "a range from high to low",
                "influences.csv",
                ",3,4,",
                ",4/2,4,",
                "influences.csv:2: influence: a range must go from low to high, was 4/2");
        change(
                c,
                "a value that is not a number",
                "measurements.csv",
                ",12.5,",
                ",NaN,",
                "measurements.csv:2: value: 'NaN' is not a number (write 62.54, with a '.' and no unit or %)");
        change(
                c,
                "a value with a unit",
                "measurements.csv",
                ",12.5,",
                ",12.5%,",
                "measurements.csv:2: value: '12.5%' is not a number (write 62.54, with a '.' and no unit or %)");
        change(
                c,
                "month 13",
                "measurements.csv",
                ",2008/09,",
                ",2009-13,",
                "measurements.csv:2: period: '2009-13' is not a period (there is no month 13; months are 01 to 12)"
                        + FORMS);
        change(
                c,
                "30 February",
                "measurements.csv",
                ",2008/09,",
                ",2009-02-30,",
                "measurements.csv:2: period: '2009-02-30' is not a period (2009-02 has no day 30; it has 28)" + FORMS);
        change(c, "a missing source", "groups.csv", "group,test", "group,", "groups.csv:2: source: is empty");
        // The manifest.
        c.add(extra(
                "no manifest",
                (dir, files) -> files.remove("manifest.json"),
                "manifest.json: missing; every bundle needs a manifest.json (docs/data-format.md)"));
        replace(
                c,
                "a garbled manifest",
                "manifest.json",
                "{\"format\": 1, \"partnership\": ",
                "manifest.json:1: is not valid JSON (it goes wrong at column 30); check its quotes, commas and braces"
                        + " against docs/data-format.md");
        replace(
                c,
                "a format version from the future",
                "manifest.json",
                "{\"format\": 3, \"partnership\": \"hertfordshire\"}",
                "manifest.json: format: is 3; this version of Partnergraph reads formats 1 and 2 (a newer Partnergraph"
                        + " wrote this bundle: update Partnergraph to read it)");
        replace(
                c,
                "a partnership id that is not a slug",
                "manifest.json",
                "{\"format\": 1, \"partnership\": \"Hertfordshire County\"}",
                "manifest.json: partnership: 'Hertfordshire County' is not a partnership id (lower-case letters,"
                        + " digits and '-')");
        replace(
                c,
                "a half-written export: the manifest lists more rows than the file holds",
                "manifest.json",
                "{\"format\": 1, \"partnership\": \"hertfordshire\", \"files\": {\"partners.csv\": 2, \"groups.csv\":"
                        + " 1, \"objectives.csv\": 1, \"areas.csv\": 1, \"indicators.csv\": 1, \"measurements.csv\":"
                        + " 3, \"memberships.csv\": 1, \"influences.csv\": 1, \"relationships.csv\": 1,"
                        + " \"deliveries.csv\": 4}}",
                "manifest.json: files: lists deliveries.csv, which is not in the folder" + INCOMPLETE,
                "measurements.csv: has 1 rows but manifest.json lists 3" + INCOMPLETE
                        + ", or it was edited by hand: then correct its count in manifest.json or remove \"files\""
                        + " from it");
        // Several at once: one pass.
        c.add(extra(
                "several problems in several files, reported together",
                (dir, files) -> {
                    files.put("groups.csv", "id,name,kind,source\nnew-group,,group,test\n");
                    files.put(
                            "memberships.csv", "partner,group,role,source\nhsp,new-group,member,test\nhsp,hlp,,test\n");
                    files.put(
                            "influences.csv",
                            "partner,objective,influence,quality,source\nnew-partner,obj-new,3,9,test\n");
                },
                "groups.csv:2: name: is empty",
                "influences.csv:2: quality: must be between 1 and 5, was 9",
                "memberships.csv:3: group: unknown group 'hlp'"));
        return c;
    }

    private static void change(List<Case> c, String name, String file, String from, String to, String... problems) {
        c.add(change(name, file, from, to, problems));
    }

    private static void replace(List<Case> c, String name, String file, String text, String... problems) {
        c.add(replace(name, file, text, problems));
    }

    private Path bundle(String name, Breakage breakage) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name.replaceAll("[^A-Za-z0-9]+", "-")));
        Map<String, String> files = base();
        breakage.apply(dir, files);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static void load(GraphStore store, Path dir) throws DatasetException, IOException {
        Dataset d = BundleReader.read(dir);
        store.load(d.manifest(), d.graph(), n -> {});
    }

    @TestFactory
    Stream<DynamicTest> eachMalformedBundleGivesItsSentencesAndLeavesHertfordshireAsItWas(GraphStore store)
            throws Exception {
        load(store, HERTFORDSHIRE);
        List<String> before = GraphDump.of(store);
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        return cases.stream()
                .map(k -> DynamicTest.dynamicTest(k.name(), () -> {
                    Path dir = bundle(k.name(), k.breakage());

                    DatasetException e = assertTimeoutPreemptively(
                            Duration.ofSeconds(30), () -> assertThrows(DatasetException.class, () -> load(store, dir)));

                    assertThat(e.problems())
                            .extracting(DatasetProblem::toString)
                            .containsExactlyElementsOf(k.problems());
                    assertThat(GraphDump.of(store)).isEqualTo(before);
                }));
    }

    @Test
    void theUnbrokenChangeLoadsAndChangesTheGraphSoEveryCaseCouldFail(GraphStore store) throws Exception {
        load(store, HERTFORDSHIRE);
        List<String> before = GraphDump.of(store);

        load(store, bundle("unbroken", (dir, files) -> {}));

        List<String> after = GraphDump.of(store);
        assertThat(after).isNotEqualTo(before);
        assertThat(after).anyMatch(line -> line.contains("Herts Sports Partnership (renamed)"));
        assertThat(after).anyMatch(line -> line.contains("hertfordshire:hsp -MEMBER_OF-> hertfordshire:new-group"));
    }
}
