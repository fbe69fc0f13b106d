package org.partnergraph.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Role;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;
import org.partnergraph.model.Wave;

/**
 * Format 2 (docs/data-format.md, "History"): dated assessments, waves, a format-1 bundle read as one
 * wave, and a history written and read back whole. The fixtures are rows of graphs/hertfordshire in
 * src/test/resources/bundles: {@code version-1} as it is, {@code history} with the example
 * edit (the NHS's quality on Objective 2 from 3 to 4 as of 2025-06-01) and a few more, marked "test:".
 */
class HistoryBundleTest {

    static final String NHS = "herts:national-health-service";
    static final String PUBLIC_HEALTH = "herts:public-health-hertfordshire";
    static final String OBJ_2 = "herts:obj-2";

    @TempDir
    Path tmp;

    static Path bundle(String name) {
        try {
            return Path.of(
                    HistoryBundleTest.class.getResource("/bundles/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path copy(String name) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve(name));
        try (Stream<Path> files = Files.list(bundle(name))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    private static void append(Path dir, String file, String lines) throws IOException {
        Files.writeString(dir.resolve(file), Files.readString(dir.resolve(file)) + lines, StandardCharsets.UTF_8);
    }

    private static List<String> problems(Path dir) {
        return assertThrows(DatasetException.class, () -> BundleReader.read(dir)).problems().stream()
                .map(DatasetProblem::toString)
                .toList();
    }

    private static Score quality(PartnershipGraph g, String partner) {
        return g.influences().stream()
                .filter(i -> i.partnerId().equals(partner) && i.objectiveId().equals(OBJ_2))
                .map(Influence::quality)
                .findFirst()
                .orElse(null);
    }

    @Test
    void aHistoryReadsEveryAssessmentAndFoldsToTheValueOfEachDate() throws Exception {
        Dataset d = BundleReader.read(bundle("history"));
        PartnershipGraph g = d.graph();

        assertThat(d.manifest().date()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(d.notices()).isEmpty();
        assertThat(g.influences()).hasSize(5);
        assertThat(g.influences().get(2).dating())
                .isEqualTo(new Dating(
                        LocalDate.of(2025, 6, 1),
                        Instant.parse("2025-06-03T10:15:00Z"),
                        "alice",
                        "herts:review-2025",
                        false));
        assertThat(quality(g.asOf(LocalDate.of(2025, 5, 31), null), NHS)).isEqualTo(Score.of(3));
        assertThat(quality(g.asOf(LocalDate.of(2025, 6, 2), null), NHS)).isEqualTo(Score.of(4));
        assertThat(quality(g.asOf(LocalDate.of(2026, 2, 1), null), NHS))
                .as("bob's draft is not seen by others")
                .isEqualTo(Score.of(4));
        assertThat(quality(g.asOf(LocalDate.of(2026, 2, 1), "bob"), NHS)).isEqualTo(Score.of(5));
        assertThat(quality(g.asOf(LocalDate.of(2025, 6, 2), null), PUBLIC_HEALTH))
                .as("ended")
                .isNull();
        assertThat(quality(g.asOf(LocalDate.of(2025, 5, 31), null), PUBLIC_HEALTH))
                .isEqualTo(Score.of(5));
    }

    @Test
    void membershipsEndMeasurementsAreRevisedAndWavesAreRead() throws Exception {
        PartnershipGraph g = BundleReader.read(bundle("history")).graph();

        assertThat(g.memberships().get(0).until()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(g.asOf(LocalDate.of(2025, 3, 31), null).memberships())
                .extracting(Membership::role)
                .containsExactly(Role.MEMBER);
        assertThat(g.asOf(LocalDate.of(2025, 4, 1), null).memberships())
                .extracting(Membership::role)
                .containsExactly(Role.CHAIR);
        assertThat(g.measurements())
                .extracting(Measurement::id)
                .containsOnly("herts:ni-8/target/2010-04-01..2011-03-31");
        assertThat(g.asOf(LocalDate.of(2009, 3, 31), null).measurements())
                .extracting(Measurement::value)
                .containsExactly(25.8);
        assertThat(g.asOf(LocalDate.of(2009, 4, 1), null).measurements())
                .extracting(Measurement::value)
                .containsExactly(26.0);
        assertThat(g.asOf(LocalDate.of(2025, 6, 1), null).relationships().get(0).now())
                .isEqualTo(Stage.COLLABORATE);
        assertThat(g.waves())
                .containsExactly(
                        new Wave(
                                "herts:review-2025",
                                "herts",
                                "2025 annual review",
                                LocalDate.of(2025, 6, 1),
                                "alice",
                                true,
                                "the test's re-assessment"),
                        new Wave(
                                "herts:draft-2026",
                                "herts",
                                "2026 review",
                                LocalDate.of(2026, 1, 15),
                                "bob",
                                false,
                                ""));
    }

    @Test
    void aVersion1BundleLoadsAsOneUndatedWaveAndSaysSo() throws Exception {
        Dataset d = BundleReader.read(bundle("version-1"));
        PartnershipGraph g = d.graph();

        Dating v1 = new Dating(null, null, "", "herts:v1", false);
        assertThat(g.influences()).extracting(Influence::dating).containsOnly(v1);
        assertThat(g.memberships()).extracting(Membership::dating).containsOnly(v1);
        assertThat(g.relationships().get(0).dating()).isEqualTo(v1);
        assertThat(g.measurements().get(0).dating()).isEqualTo(v1);
        assertThat(g.waves()).hasSize(1);
        Wave wave = g.waves().get(0);
        assertThat(wave.name()).isEqualTo("Hertfordshire excerpt (version 1)");
        assertThat(wave.date()).isNull();
        assertThat(wave.published()).isTrue();
        assertThat(wave.note()).startsWith("Loaded from a version-1 bundle");
        assertThat(d.notices())
                .containsExactly("manifest.json: format 1: its 5 assessments load as one undated wave"
                        + " 'Hertfordshire excerpt (version 1)'; writing the bundle again (export) gives format 2.");
        assertThat(g.asOf(LocalDate.of(2000, 1, 1), null).influences())
                .as("undated: held from the beginning")
                .hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"history", "version-1", "graphs/hertfordshire", "graphs/staffordshire"})
    void writtenAndReadBackTheHistoryIsEqualAndWritingTwiceGivesTheSameBytes(String name) throws Exception {
        Path source = name.startsWith("graphs/") ? Path.of("..", "..", name) : bundle(name);
        Dataset first = BundleReader.read(source);

        BundleWriter.write(first, tmp.resolve("a"));
        Dataset back = BundleReader.read(tmp.resolve("a"));
        BundleWriter.write(back, tmp.resolve("b"));

        assertThat(back.graph()).isEqualTo(first.graph());
        assertThat(back.manifest()).isEqualTo(first.manifest());
        assertThat(Files.readString(tmp.resolve("a/manifest.json"))).contains("\"format\" : 2");
        assertThat(files(tmp.resolve("b"))).isEqualTo(files(tmp.resolve("a")));
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return out;
    }

    @Test
    void everyBadTimeValueIsSaidInOnePass() throws Exception {
        Path dir = copy("history");
        String s = ",test: bad\n";
        append(
                dir,
                "influences.csv",
                "national-health-service,obj-2,5,4,2025-02-30,,,,," + s.substring(1)
                        + "national-health-service,obj-2,5,4,2025-07-01,yesterday,,,," + s.substring(1)
                        + "national-health-service,obj-2,5,4,2025-07-02,,,review-2024,yes" + s
                        + "national-health-service,obj-2,4,4,2025-06-01,2025-06-03T10:15:00Z,carol,,,"
                        + s.substring(1));
        append(
                dir,
                "memberships.csv",
                "director-of-public-health,hertfordshire-health-and-wellbeing-group,member,"
                        + "2021-03-31,2022-04-01,,test: bad,\n");
        append(dir, "measurements.csv", "ni-8,target,2010/11,27,2009-04-01,2009-04-02T08:00:00Z,test: bad\n");
        append(dir, "waves.csv", "draft,A draft,,,false,\nodd,Odd,2025-13-01,carol,maybe,\n");
        Files.writeString(
                dir.resolve("manifest.json"),
                Files.readString(dir.resolve("manifest.json")).replace("\"2022-04-01\"", "\"1 April 2022\""));

        assertThat(problems(dir))
                .containsExactly(
                        "manifest.json: date: '1 April 2022' is not a date; write YYYY-MM-DD, e.g. \"2022-04-01\"",
                        "measurements.csv:4: period: duplicate measurement target 2010/11 of 'ni-8' with the same as_of"
                                + " and recorded_at, first at measurements.csv:3",
                        "memberships.csv:4: until: 2021-03-31 is before as_of 2022-04-01",
                        "influences.csv:7: as_of: '2025-02-30' is not a date (there is no such day); write YYYY-MM-DD,"
                                + " e.g. 2022-04-01",
                        "influences.csv:8: recorded_at: 'yesterday' is not an instant; write an ISO-8601 date and time"
                                + " with its offset, e.g. 2025-06-01T09:30:00Z",
                        "influences.csv:9: ended: 'yes' is not true or empty; write true where the row ends the value,"
                                + " else leave it empty",
                        "influences.csv:10: duplicate influence row with the same as_of and recorded_at, first at"
                                + " influences.csv:4",
                        "waves.csv:4: author: is empty, but the wave is a draft (published false), which only its author"
                                + " sees; name its author or publish it",
                        "waves.csv:5: published: 'maybe' is not true or false",
                        "waves.csv:5: date: '2025-13-01' is not a date (there is no such day); write YYYY-MM-DD, e.g."
                                + " 2022-04-01",
                        "influences.csv:9: wave: unknown wave 'review-2024'");
    }

    @Test
    void aVersion1BundleCannotUseTheHistoryColumnsOrWaves() throws Exception {
        Path dir = copy("version-1");
        Files.writeString(
                dir.resolve("influences.csv"),
                "partner,objective,influence,quality,as_of,source\nnational-health-service,obj-2,5,3,2022-04-01,doc\n");
        Files.writeString(dir.resolve("waves.csv"), "id,name\nw,W\n");

        String fix = "write \"format\": 2 in manifest.json to use it (docs/data-format.md, \"History\")";
        assertThat(problems(dir))
                .containsExactly(
                        "influences.csv:1: as_of: is a format-2 (history) column; " + fix,
                        "waves.csv: is a format-2 (history) file; " + fix);
    }

    @Test
    void anUnknownFileIsToldTheFilesOfItsFormat() throws Exception {
        Path v1 = copy("version-1");
        Path v2 = copy("history");
        Files.writeString(v1.resolve("wave.csv"), "id,name\n");
        Files.writeString(v2.resolve("wave.csv"), "id,name\n");

        assertThat(problems(v1)).singleElement().asString().endsWith(", deliveries.csv]");
        assertThat(problems(v2)).singleElement().asString().endsWith(", deliveries.csv, waves.csv]");
    }
}
