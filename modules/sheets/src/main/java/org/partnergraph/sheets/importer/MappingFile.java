package org.partnergraph.sheets.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.partnergraph.io.DatasetException;
import org.partnergraph.io.DatasetProblem;

/** Reads and writes a {@link Mapping} as JSON (docs/data-format.md, "Mapping files"). */
public final class MappingFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MappingFile() {}

    /**
     * Reads a mapping file (docs/data-format.md, "Mapping files").
     *
     * @throws DatasetException in one sentence naming the file, where it is not a mapping
     */
    public static Mapping read(Path file) throws IOException, DatasetException {
        String name = file.getFileName().toString();
        Mapping m;
        try {
            m = JSON.readValue(Files.readString(file), Mapping.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new DatasetException(java.util.List.of(
                    new DatasetProblem(name, line, "", "is not a mapping file: " + e.getOriginalMessage())));
        }
        if (m == null || m.kind() == null) {
            throw new DatasetException(java.util.List.of(new DatasetProblem(
                    name,
                    0,
                    "kind",
                    "missing; say which kind of sheet it maps (stakeholders, influence,"
                            + " engagement, memberships or actuals)")));
        }
        try {
            ImportKind kind = m.importKind();
            for (String field : m.columns().keySet()) {
                if (kind.field(field) == null) {
                    throw new IllegalArgumentException("'" + field + "' is not a field of " + kind.label());
                }
            }
        } catch (IllegalArgumentException e) {
            throw new DatasetException(java.util.List.of(new DatasetProblem(name, 0, "", e.getMessage())));
        }
        return m;
    }

    public static void write(Mapping mapping, Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(mapping) + "\n");
    }

    /** The mapping as JSON text. */
    public static String json(Mapping mapping) {
        try {
            return JSON.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
