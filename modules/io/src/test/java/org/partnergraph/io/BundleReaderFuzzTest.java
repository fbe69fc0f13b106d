package org.partnergraph.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes {@link BundleReader}: whatever the files hold, reading them gives a {@link Dataset} or a
 * {@link DatasetException}; anything else thrown (or a hang) is a finding.
 *
 * <p>The input is split at the byte 0x1E (ASCII record separator) into the files of {@link #FILES},
 * in order; the seventh part, if there is one, replaces the valid manifest. {@code ./mvnw verify} runs the
 * seeds in {@code src/test/resources/org/partnergraph/io/BundleReaderFuzzTestInputs/readsAnyBundle}; with
 * {@code JAZZER_FUZZ=1} Jazzer fuzzes for {@code maxDuration} (docs/data-format.md, "Fuzzing").
 */
class BundleReaderFuzzTest {

    private static final String[] FILES = {
        "partners.csv",
        "groups.csv",
        "memberships.csv",
        "measurements.csv",
        "influences.csv",
        "relationships-x.csv",
        BundleReader.MANIFEST
    };
    private static final String MANIFEST = "{\"format\": 1, \"partnership\": \"f\", \"sources\": []}";

    private static Path dir;

    @BeforeAll
    static void folder() throws IOException {
        dir = Files.createTempDirectory("partnergraph-fuzz");
    }

    @AfterAll
    static void removeFolder() throws IOException {
        FolderSwap.deleteTree(dir);
    }

    @FuzzTest(maxDuration = "5m")
    void readsAnyBundle(byte[] input) throws IOException {
        clear();
        Files.writeString(dir.resolve(BundleReader.MANIFEST), MANIFEST, StandardCharsets.UTF_8);
        int file = 0;
        int start = 0;
        for (int i = 0; i <= input.length && file < FILES.length; i++) {
            if (i == input.length || input[i] == 0x1E) {
                byte[] part = java.util.Arrays.copyOfRange(input, start, i);
                Files.write(dir.resolve(FILES[file++]), part);
                start = i + 1;
            }
        }
        try {
            BundleReader.read(dir);
        } catch (DatasetException e) {
            if (e.problems().isEmpty() || e.problems().size() > BundleReader.MAX_PROBLEMS) {
                throw new AssertionError(
                        "a DatasetException with " + e.problems().size() + " problems");
            }
        }
    }

    private static void clear() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
    }
}
