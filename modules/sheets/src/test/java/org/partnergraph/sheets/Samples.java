package org.partnergraph.sheets;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's sample graphs, found from the module's working directory. */
final class Samples {

    private Samples() {}

    static Path hertfordshire() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("graphs/hertfordshire"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException(
                    "graphs/hertfordshire not found above " + Path.of("").toAbsolutePath());
        }
        return p.resolve("graphs/hertfordshire");
    }
}
