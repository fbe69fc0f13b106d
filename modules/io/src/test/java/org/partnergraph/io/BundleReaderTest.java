package org.partnergraph.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.model.Score;

/** Each class of bad input gives exactly one {@code file:line: column: reason}; good input reads back whole. */
class BundleReaderTest {

    @TempDir
    Path dir;

    @BeforeEach
    void aSmallValidBundle() throws IOException {
        write("manifest.json", "{\"format\": 1, \"partnership\": \"t\", \"name\": \"T\", \"sources\": []}");
        write("partners.csv", "id,name,source\nph,Public Health,doc: table\nnhs,\"NHS, local\",doc: table\n");
        write("groups.csv", "id,name,source\nhwb,Health Board,doc\n");
        write("objectives.csv", "id,name,source\nobj-2,Healthier,doc\n");
        write("influences.csv", "partner,objective,influence,quality,source\nph,obj-2,5,5,doc\nnhs,obj-2,5,3/4,doc\n");
        write("indicators.csv", "id,name,code,unit,polarity,source\nni-193,Waste,NI 193,%,lower,doc\n");
        write("measurements.csv", "indicator,kind,period,value,source\nni-193,baseline,2007/08,56.13,doc\n");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String problem() {
        DatasetException e =
                org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class, () -> BundleReader.read(dir));
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0).toString();
    }

    @Test
    void aValidBundleReadsWithQualifiedIdsAndRanges() throws Exception {
        Dataset d = BundleReader.read(dir);

        assertThat(d.manifest().partnership()).isEqualTo("t");
        assertThat(d.graph().partnersById()).containsKeys("t:ph", "t:nhs");
        assertThat(d.graph().partnersById().get("t:nhs").name()).isEqualTo("NHS, local");
        assertThat(d.graph().influences().get(1).quality()).isEqualTo(new Score(3, 4));
        assertThat(d.graph().measurements().get(0).value()).isEqualTo(56.13);
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreAccepted() throws Exception {
        write("groups.csv", "\uFEFFid,name,source\r\nhwb,Health Board,doc\r\n");

        assertThat(BundleReader.read(dir).graph().groups()).hasSize(1);
    }

    @Test
    void aQuotedFieldMayHoldANewline() throws Exception {
        write("groups.csv", "id,name,source\nhwb,\"Health\nBoard\",doc\nx,Other,doc\n");
        write("memberships.csv", "partner,group,source\nph,y,doc\n");

        assertThat(problem()).isEqualTo("memberships.csv:2: group: unknown group 'y'");
    }

    @Test
    void anUnknownReferenceNamesFileLineColumnAndId() throws IOException {
        write("memberships.csv", "partner,group,role,source\nph,hwb,chair,doc\nnhs,hlp,member,doc\n");

        assertThat(problem()).isEqualTo("memberships.csv:3: group: unknown group 'hlp'");
    }

    @Test
    void aScoreOutOfRangeIsRefused() throws IOException {
        write("influences.csv", "partner,objective,influence,quality,source\nph,obj-2,5,6,doc\n");

        assertThat(problem()).isEqualTo("influences.csv:2: quality: must be between 1 and 5, was 6");
    }

    @Test
    void aScoreThatIsNotANumberIsRefused() throws IOException {
        write("influences.csv", "partner,objective,influence,quality,source\nph,obj-2,high,5,doc\n");

        assertThat(problem())
                .isEqualTo("influences.csv:2: influence: 'high' is not a score from 1 to 5 or a range like 3/4");
    }

    @Test
    void aMalformedNumberIsRefused() throws IOException {
        write("measurements.csv", "indicator,kind,period,value,source\nni-193,baseline,2007/08,56.13%,doc\n");

        assertThat(problem())
                .isEqualTo(
                        "measurements.csv:2: value: '56.13%' is not a number (write 62.54, with a '.' and no unit or %)");
    }

    @Test
    void aMalformedPeriodIsRefused() throws IOException {
        write("measurements.csv", "indicator,kind,period,value,source\nni-193,baseline,2007/09,56.13,doc\n");

        assertThat(problem())
                .startsWith("measurements.csv:2: period: '2007/09' is not a period (the second year must"
                        + " follow the first); expected 2008-04-01..2009-03-31");
    }

    @Test
    void aDuplicateIdNamesTheFirstLine() throws IOException {
        write("partners.csv", "id,name,source\nph,Public Health,doc\nnhs,NHS,doc\nph,Public Health again,doc\n");

        assertThat(problem()).isEqualTo("partners.csv:4: id: duplicate partner id 'ph', first at partners.csv:2");
    }

    @Test
    void aDuplicateIdAcrossSplitFilesIsFound() throws IOException {
        write("partners-more.csv", "id,name,source\nph,Public Health,doc\n");

        assertThat(problem()).isEqualTo("partners-more.csv:2: id: duplicate partner id 'ph', first at partners.csv:2");
    }

    @Test
    void aMissingColumnIsRefused() throws IOException {
        write("groups.csv", "id,source\nhwb,doc\n");

        assertThat(problem()).isEqualTo("groups.csv:1: name: missing column");
    }

    @Test
    void anUnknownColumnIsRefusedAsALikelyMisspelling() throws IOException {
        write("groups.csv", "id,name,knd,source\nhwb,Board,board,doc\n");

        assertThat(problem())
                .startsWith("groups.csv:1: knd: unknown column; groups files take [id, name, kind, aliases, source");
    }

    @Test
    void anEmptyRequiredValueIsRefused() throws IOException {
        write("groups.csv", "id,name,source\nhwb,,doc\n");

        assertThat(problem()).isEqualTo("groups.csv:2: name: is empty");
    }

    @Test
    void aMissingSourceIsRefused() throws IOException {
        write("groups.csv", "id,name,source\nhwb,Board,\n");

        assertThat(problem()).isEqualTo("groups.csv:2: source: is empty");
    }

    @Test
    void anUnknownStageIsRefused() throws IOException {
        write("relationships.csv", "from,to,stage_now,source\nph,nhs,Friends,doc\n");

        assertThat(problem())
                .isEqualTo("relationships.csv:2: stage_now: 'Friends' is not a stage; expected Compete,"
                        + " Co-exist, Cooperate or Collaborate");
    }

    @Test
    void aStrayCsvFileIsRefused() throws IOException {
        write("partnrs.csv", "id,name,source\n");

        assertThat(problem()).startsWith("partnrs.csv: is not a dataset file; expected one of [partners.csv,");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Files.write(
                dir.resolve("groups.csv"), "id,name,source\nhwb,Caf\u00e9,doc\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(problem()).isEqualTo("groups.csv:2: name: is not UTF-8 text; save it as CSV UTF-8");
    }

    @Test
    void aMissingManifestIsRefused() throws IOException {
        Files.delete(dir.resolve("manifest.json"));

        assertThat(problem())
                .isEqualTo("manifest.json: missing; every bundle needs a manifest.json (docs/data-format.md)");
    }

    @Test
    void manyProblemsAreReportedTogether() throws IOException {
        write("groups.csv", "id,name,source\nhwb,,doc\nx y,Z,doc\n");

        assertThatThrownBy(() -> BundleReader.read(dir))
                .isInstanceOf(DatasetException.class)
                .hasMessage("groups.csv:2: name: is empty\ngroups.csv:3: id: 'x y' is not an id (a letter or digit,"
                        + " then letters, digits, '.', '_' or '-')");
    }

    @Test
    void writingThenReadingGivesTheSameGraph() throws Exception {
        Dataset first = BundleReader.read(dir);
        Path out = dir.resolve("out");

        BundleWriter.write(first, out);

        Dataset back = BundleReader.read(out);
        assertThat(back.graph()).isEqualTo(first.graph());
        assertThat(back.manifest()).isEqualTo(first.manifest());
        assertThat(back.notices()).as("format 2 now: no notice").isEmpty();
    }
}
