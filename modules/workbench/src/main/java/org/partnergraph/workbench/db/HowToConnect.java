package org.partnergraph.workbench.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text of Help &gt; How to connect: how other tools reach the graph (docs/workbench.md). */
public final class HowToConnect {

    private static final String RESOURCE = "how-to-connect.txt";

    private HowToConnect() {}

    /**
     * The text, naming the database this window works on.
     *
     * @param database what the status bar calls it (a data folder or a URI), or "starting"
     */
    public static String text(String database) {
        try (InputStream in = HowToConnect.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the workbench jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{database}", database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
