package org.partnergraph.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads one bundle CSV file row by row with commons-csv, checking its header against its {@link FileType}. */
final class CsvFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(true)
            .get();

    private CsvFiles() {}

    /** Calls {@code rowConsumer} for every non-blank row; header and encoding problems go to {@code problems}. */
    static void read(Path file, FileType type, Problems problems, Consumer<Row> rowConsumer) throws IOException {
        String name = file.getFileName().toString();
        try (Reader reader = utf8(file);
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> header = parser.getHeaderNames();
            if (!checkHeader(name, header, type, problems)) {
                return;
            }
            long nextLine = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (isBlank(record)) {
                    continue;
                }
                if (record.size() > header.size()) {
                    problems.add(
                            name, line, "", "has " + record.size() + " fields but the header names " + header.size());
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    values.put(header.get(i), record.get(i));
                }
                rowConsumer.accept(new Row(name, line, values, problems));
                if (problems.isFull()) {
                    return;
                }
            }
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                problems.add(name, 0, "", "is not UTF-8 text; save it as CSV UTF-8");
                return;
            }
            problems.add(name, 0, "", "cannot be read as CSV: " + e.getCause().getMessage());
        } catch (CharacterCodingException e) {
            problems.add(name, 0, "", "is not UTF-8 text; save it as CSV UTF-8");
        }
    }

    private static boolean checkHeader(String name, List<String> header, FileType type, Problems problems) {
        boolean ok = true;
        for (String column : header) {
            if (!type.accepts(column)) {
                problems.add(name, 1, column, "unknown column; " + type.baseName() + " files take " + type.columns());
                ok = false;
            }
        }
        for (String column : type.required()) {
            if (!header.contains(column)) {
                problems.add(name, 1, column, "missing column");
                ok = false;
            }
        }
        return ok;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String v : record) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A strict UTF-8 reader that drops a leading byte-order mark. */
    private static Reader utf8(Path file) throws IOException {
        BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
