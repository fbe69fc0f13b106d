package org.partnergraph.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export is all or nothing: written beside the target, manifest last with each file's rows, renamed into place. */
class BundleWriterTest {

    @TempDir
    Path tmp;

    Path source;
    Dataset dataset;

    @BeforeEach
    void aSmallBundle() throws Exception {
        source = Files.createDirectory(tmp.resolve("source"));
        write(source, "manifest.json", "{\"format\": 1, \"partnership\": \"t\", \"name\": \"T\", \"sources\": []}");
        write(source, "partners.csv", "id,name,source\nph,Public Health,doc\nnhs,\"NHS,\nlocal\",doc\n");
        write(source, "groups.csv", "id,name,source\nhwb,Health Board,doc\n");
        write(source, "memberships.csv", "partner,group,role,source\nph,hwb,chair,doc\n");
        dataset = BundleReader.read(source);
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> problems(Path dir) {
        return assertThrows(DatasetException.class, () -> BundleReader.read(dir)).problems().stream()
                .map(DatasetProblem::toString)
                .toList();
    }

    private List<String> folder() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theManifestListsEveryFileWithItsRowsAndTheBundleReadsBack() throws Exception {
        Path out = tmp.resolve("out");

        BundleWriter.write(dataset, out);

        assertThat(Files.readString(out.resolve("manifest.json")))
                .contains(
                        "\"files\" : {\n    \"partners.csv\" : 2,\n    \"groups.csv\" : 1,\n    \"memberships.csv\" : 1,\n"
                                + "    \"waves.csv\" : 1\n  }");
        assertThat(BundleReader.read(out).graph()).isEqualTo(dataset.graph());
        assertThat(folder()).as("nothing left beside it").containsExactly("out", "source");
    }

    @Test
    void anExistingBundleIsReplacedWholeAndItsReadmeKept() throws Exception {
        Path out = tmp.resolve("out");
        BundleWriter.write(dataset, out);
        write(out, "partners-old.csv", "id,name,source\nold,Old,doc\n");
        write(out, "README.md", "# Notes\n");

        BundleWriter.write(dataset, out);

        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(
                            "README.md", "groups.csv", "manifest.json", "memberships.csv", "partners.csv", "waves.csv");
        }
        assertThat(Files.readString(out.resolve("README.md"))).isEqualTo("# Notes\n");
        assertThat(BundleReader.read(out).graph()).isEqualTo(dataset.graph());
        assertThat(folder()).containsExactly("out", "source");
    }

    @Test
    void aFolderThatIsNotABundleIsNotReplaced() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("out"));
        write(out, "thesis.docx", "mine");

        assertThatThrownBy(() -> BundleWriter.write(dataset, out))
                .isInstanceOf(IOException.class)
                .hasMessage(out + " exists and is not a dataset folder (no manifest.json and no dataset files);"
                        + " choose another folder");
        assertThat(Files.readString(out.resolve("thesis.docx"))).isEqualTo("mine");
        assertThat(folder()).containsExactly("out", "source");
    }

    @Test
    void aBundleCutShortIsRefused() throws Exception {
        Path out = tmp.resolve("out");
        BundleWriter.write(dataset, out);
        String partners = Files.readString(out.resolve("partners.csv"));
        Files.writeString(out.resolve("partners.csv"), partners.substring(0, partners.indexOf("nhs")));
        Files.delete(out.resolve("memberships.csv"));

        assertThat(problems(out))
                .containsExactly(
                        "manifest.json: files: lists memberships.csv, which is not in the folder; the bundle is"
                                + " incomplete (an export or copy that did not finish?)",
                        "partners.csv: has 1 rows but manifest.json lists 2; the bundle is incomplete (an export or"
                                + " copy that did not finish?), or it was edited by hand: then correct its count in"
                                + " manifest.json or remove \"files\" from it");
    }

    @Test
    void aFileTheManifestDoesNotListIsRefused() throws Exception {
        Path out = tmp.resolve("out");
        BundleWriter.write(dataset, out);
        write(out, "themes.csv", "id,name,source\nh,Health,doc\n");

        assertThat(problems(out))
                .containsExactly("themes.csv: is not listed in manifest.json's \"files\"; add it with its number of"
                        + " rows, or remove \"files\" from the manifest");
    }

    @Test
    void aGarbledFilesEntryIsRefused() throws Exception {
        write(
                source,
                "manifest.json",
                "{\"format\": 1, \"partnership\": \"t\", \"files\": {\"partners.csv\": \"two\"}}");

        assertThat(problems(source))
                .containsExactly(
                        "groups.csv: is not listed in manifest.json's \"files\"; add it with its number of rows, or"
                                + " remove \"files\" from the manifest",
                        "memberships.csv: is not listed in manifest.json's \"files\"; add it with its number of rows,"
                                + " or remove \"files\" from the manifest",
                        "manifest.json: files: partners.csv has \"two\", which is not a number of rows");
    }

    @Test
    void theSampleBundlesWithoutFilesInTheirManifestStillRead() throws Exception {
        for (String name : List.of("hertfordshire", "staffordshire")) {
            Path dir = Path.of("../../graphs", name);

            assertThat(BundleReader.read(dir).graph().partners()).as(name).isNotEmpty();
        }
    }
}
