package org.partnergraph.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is not a plain well-formed CSV file (a pipe, a folder, a link loop, broken quoting,
 * ragged rows, invisible characters, dates that do not exist) gives sentences, all in one pass.
 */
class IrregularInputTest {

    @TempDir
    Path dir;

    @BeforeEach
    void aSmallValidBundle() throws IOException {
        write("manifest.json", "{\"format\": 1, \"partnership\": \"t\", \"name\": \"T\", \"sources\": []}");
        write("partners.csv", "id,name,source\nph,Public Health,doc\nnhs,NHS,doc\n");
        write("groups.csv", "id,name,source\nhwb,Health Board,doc\n");
        write("indicators.csv", "id,name,source\nni-8,Adults,doc\n");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<String> problems() {
        DatasetException e = assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> assertThrows(DatasetException.class, () -> BundleReader.read(dir)));
        return e.problems().stream().map(DatasetProblem::toString).toList();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeNamedLikeACsvFileIsRefusedWithoutOpeningIt() throws Exception {
        Process mkfifo = new ProcessBuilder(
                        "mkfifo", dir.resolve("partners-x.csv").toString())
                .inheritIO()
                .start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThat(problems())
                .containsExactly(
                        "partners-x.csv: is not a regular file (a pipe, socket or device); only regular files are read");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeNamedManifestIsRefusedWithoutOpeningIt() throws Exception {
        Files.delete(dir.resolve("manifest.json"));
        Process mkfifo = new ProcessBuilder(
                        "mkfifo", dir.resolve("manifest.json").toString())
                .inheritIO()
                .start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThat(problems())
                .containsExactly(
                        "manifest.json: is not a regular file (a pipe, socket or device); only regular files are read");
    }

    @Test
    void aFolderNamedLikeACsvFileIsOneSentence() throws IOException {
        Files.createDirectory(dir.resolve("partners-x.csv"));

        assertThat(problems()).containsExactly("partners-x.csv: is a folder, not a file; only regular files are read");
    }

    @Test
    void aSymbolicLinkLoopIsOneSentenceAndALinkToAFileIsRead() throws Exception {
        Files.createSymbolicLink(dir.resolve("groups-a.csv"), dir.resolve("groups-b.csv"));
        Files.createSymbolicLink(dir.resolve("groups-b.csv"), dir.resolve("groups-a.csv"));
        Path elsewhere = Files.writeString(
                dir.resolveSibling(dir.getFileName() + "-themes.csv"), "id,name,source\nh,Health,doc\n");
        Files.createSymbolicLink(dir.resolve("themes.csv"), elsewhere);

        assertThat(problems())
                .containsExactly(
                        "groups-a.csv: is a symbolic link that leads nowhere (a loop, or its target is missing)",
                        "groups-b.csv: is a symbolic link that leads nowhere (a loop, or its target is missing)");
        Files.delete(dir.resolve("groups-a.csv"));
        Files.delete(dir.resolve("groups-b.csv"));
        assertThat(BundleReader.read(dir).graph().themes()).hasSize(1);
        Files.delete(elsewhere);
    }

    @Test
    void aColumnNamedTwiceIsRefusedRatherThanTheLastOneWinning() throws IOException {
        write("partners.csv", "id,name,name,source\nph,Public Health,PH,doc\n");

        assertThat(problems())
                .containsExactly("partners.csv:1: name: named twice in the header (columns 2 and 3); keep one, or it is"
                        + " unclear which value counts");
    }

    @Test
    void aShortRowNamesItsFirstMissingColumn() throws IOException {
        write("partners.csv", "id,name,type,source\nph,Public Health,public health,doc\nnhs,NHS\n");

        assertThat(problems())
                .containsExactly("partners.csv:3: type: missing; the row has 2 fields but the header names 4");
    }

    @Test
    void aLongRowSaysAValueWithACommaMustBeQuoted() throws IOException {
        write("partners.csv", "id,name,source\nph,Public Health,doc\nnhs,NHS, local,doc\n");

        assertThat(problems())
                .containsExactly(
                        "partners.csv:3: has 4 fields but the header names 3 (a value with a comma must be quoted)");
    }

    @Test
    void aRaggedRowStillDefinesItsIdSoReferencesToItAreNotReportedAsWell() throws IOException {
        write("partners.csv", "id,name,source\nph,Public Health\n");
        write("memberships.csv", "partner,group,source\nph,hwb,doc\n");

        assertThat(problems())
                .containsExactly("partners.csv:2: source: missing; the row has 2 fields but the header names 3");
    }

    @Test
    void aNulByteInANameIsAProblem() throws IOException {
        write("partners.csv", "id,name,source\nph,Public\u0000Health,doc\n");

        assertThat(problems())
                .containsExactly(
                        "partners.csv:2: name: holds the control character U+0000, which most programs do not show;"
                                + " remove it");
    }

    @Test
    void anEscapeInAQuotedFieldAndAByteOrderMarkInTheMiddleAreProblems() throws IOException {
        write("partners.csv", "id,name,source\nph,\"Public \u001b[1mHealth\",doc\nnhs,\uFEFFNHS,doc\n");

        assertThat(problems())
                .containsExactly(
                        "partners.csv:2: name: holds the control character U+001B, which most programs do not show;"
                                + " remove it",
                        "partners.csv:3: name: holds a byte-order mark (U+FEFF, the invisible mark that may start a"
                                + " file) inside the text; remove it (were two files pasted together?)");
    }

    @Test
    void anUnterminatedQuoteNamesTheLineWhereItOpened() throws IOException {
        write("partners.csv", "id,name,source\nph,Public Health,doc\nnhs,\"NHS, local,doc\nx,Other,doc\ny,More,doc\n");

        assertThat(problems())
                .containsExactly("partners.csv:3: name: the quote opened on this line is never closed; a quote inside a"
                        + " quoted value is written twice (\"\")");
    }

    @Test
    void textAfterAClosingQuoteIsAProblemAndTheNextRowsAreStillRead() throws IOException {
        write("partners.csv", "id,name,source\nph,\"Public\" Health,doc\nnhs,NHS,\n");

        assertThat(problems())
                .containsExactly(
                        "partners.csv:2: name: text after the closing quote; a quote inside a quoted value is written"
                                + " twice (\"\"), and a value with a quote is quoted whole",
                        "partners.csv:3: source: is empty");
    }

    @Test
    void badUtf8NamesTheLineItIsOn() throws IOException {
        StringBuilder rows = new StringBuilder("id,name,source\n");
        for (int i = 0; i < 5000; i++) {
            rows.append("p").append(i).append(",Partner ").append(i).append(",doc\n");
        }
        byte[] good = rows.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "q,Caf\u00e9,doc\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(dir.resolve("partners.csv"), all);

        assertThat(problems()).containsExactly("partners.csv:5002: name: is not UTF-8 text; save it as CSV UTF-8");
    }

    @Test
    void monthThirteenIsRefusedInOurWords() throws IOException {
        write(
                "measurements.csv",
                "indicator,kind,period,value,source\nni-8,actual,2009-13,1,doc\n"
                        + "ni-8,actual,2009-02-30,1,doc\nni-8,actual,2009-01-01..2009-1-31,1,doc\n");

        String forms = "; expected 2008-04-01..2009-03-31, 2008/09 (financial year), AY2008/09 (academic year), 2005,"
                + " 2009-03 or 2009-03-31";
        assertThat(problems())
                .containsExactly(
                        "measurements.csv:2: period: '2009-13' is not a period (there is no month 13; months are 01 to"
                                + " 12)" + forms,
                        "measurements.csv:3: period: '2009-02-30' is not a period (2009-02 has no day 30; it has 28)"
                                + forms,
                        "measurements.csv:4: period: '2009-01-01..2009-1-31' is not a period ('2009-1-31' is not a"
                                + " day; write it as 2009-03-31)" + forms);
    }

    @Test
    void everyProblemComesInOnePassUnknownReferencesIncluded() throws IOException {
        write("groups.csv", "id,name,source\nhwb,,doc\n");
        write("memberships.csv", "partner,group,source\nph,hlp,doc\nnhs,hwb,doc\n");
        write("manifest.json", "{\"format\": 3, \"partnership\": \"t\"}");

        assertThat(problems())
                .containsExactly(
                        "manifest.json: format: is 3; this version of Partnergraph reads formats 1 and 2 (a newer"
                                + " Partnergraph wrote this bundle: update Partnergraph to read it)",
                        "groups.csv:2: name: is empty",
                        "memberships.csv:2: group: unknown group 'hlp'");
    }

    @Test
    void aReferenceIntoAFileThatCouldNotBeReadIsNotReportedAsWell() throws IOException {
        write("groups.csv", "id,name,name,source\nhwb,Board,B,doc\n");
        write("memberships.csv", "partner,group,source\nph,hwb,doc\nnhs,nope,doc\nzz,hwb,doc\n");

        assertThat(problems())
                .containsExactly(
                        "groups.csv:1: name: named twice in the header (columns 2 and 3); keep one, or it is unclear"
                                + " which value counts",
                        "memberships.csv:4: partner: unknown partner 'zz'");
    }

    @Test
    void anEmptyFileAndAHeaderOnlyFileDiffer() throws IOException {
        write("themes.csv", "id,name,source\n");
        write("objectives.csv", "");

        assertThat(problems())
                .containsExactly(
                        "objectives.csv: is empty; a dataset file starts with a header row naming its columns");
    }
}
