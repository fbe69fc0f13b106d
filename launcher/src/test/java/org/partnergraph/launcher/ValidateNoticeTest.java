package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} says what a format-1 bundle becomes (issue 13): one wave, undated. No database. */
class ValidateNoticeTest {

    static final Path STAFFORDSHIRE = Path.of("..", "graphs", "staffordshire");

    @TempDir
    Path tmp;

    @Test
    void aFormat1BundleIsValidAndSaysItLoadsAsOneUndatedWave() throws IOException {
        Path v1 = tmp.resolve("staffordshire-v1");
        Files.createDirectory(v1);
        try (Stream<Path> files = Files.list(STAFFORDSHIRE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, v1.resolve(f.getFileName()));
            }
        }
        // Format 1 has no as_of column: the dated files go, and one membership comes back without it.
        for (String name : new String[] {"memberships.csv", "relationships.csv", "measurements.csv"}) {
            Files.delete(v1.resolve(name));
        }
        Files.writeString(
                v1.resolve("manifest.json"),
                Files.readString(STAFFORDSHIRE.resolve("manifest.json")).replace("\"format\": 2", "\"format\": 1"));
        Files.writeString(
                v1.resolve("memberships.csv"),
                "partner,group,role,source\ncannock-chase-district-council,sassot-partnership,member,"
                        + "\"004_166aa281ed843ce8.txt: Consultation, Funding Partners\"\n");

        Cli v = Cli.run("validate", v1.toString());

        assertThat(v.exitCode()).as(v.err()).isZero();
        assertThat(v.out())
                .contains("is valid: 23 partners")
                .contains("manifest.json: format 1: its 1 assessment loads as one undated wave"
                        + " 'Staffordshire and Stoke-on-Trent (version 1)'; writing the bundle again (export)"
                        + " gives format 2.");
    }

    @Test
    void aFormat2DatasetSaysNothingMore() {
        Cli v = Cli.run("validate", STAFFORDSHIRE.toString());

        assertThat(v.exitCode()).as(v.err()).isZero();
        assertThat(v.out().strip().lines()).singleElement().asString().contains("is valid:");
    }
}
