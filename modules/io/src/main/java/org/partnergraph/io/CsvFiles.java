package org.partnergraph.io;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one bundle CSV file row by row, checking its header against its {@link FileType}, the
 * number of fields of every row and the characters in every field. Only regular files are opened
 * (a pipe named like a CSV file would block the read forever).
 */
final class CsvFiles {

    /** What reading one file found: its data rows, and whether every row was read (so its ids are all known). */
    record Result(long rows, boolean complete) {
        static final Result UNREAD = new Result(0, false);
    }

    /** What a format-1 bundle is told when it uses a column or file of format 2. */
    static final String FORMAT_2 = "is a format-2 (history)";

    static final String FORMAT_2_FIX =
            "write \"format\": 2 in manifest.json to use it (docs/data-format.md, \"History\")";

    private CsvFiles() {}

    /**
     * Why {@code file} is not read, or null if it is a regular file (or a symbolic link to one). Never
     * opens the file.
     */
    static String refusal(Path file) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isSymbolicLink()) {
                try {
                    a = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (FileSystemException e) {
                    return "is a symbolic link that leads nowhere (a loop, or its target is missing)";
                }
            }
        } catch (IOException e) {
            return cannotRead(e);
        }
        if (a.isRegularFile()) {
            return null;
        }
        if (a.isDirectory()) {
            return "is a folder, not a file; only regular files are read";
        }
        return "is not a regular file (a pipe, socket or device); only regular files are read";
    }

    static String cannotRead(IOException e) {
        return e instanceof AccessDeniedException
                ? "cannot be read: permission denied"
                : "cannot be read (" + e.getClass().getSimpleName() + ")";
    }

    /** Calls {@code rowConsumer} for every non-blank row; every problem found goes to {@code problems}. */
    static Result read(Path file, FileType type, int format, Problems problems, Consumer<Row> rowConsumer) {
        String name = file.getFileName().toString();
        String refusal = refusal(file);
        if (refusal != null) {
            problems.add(name, 0, "", refusal);
            return Result.UNREAD;
        }
        try (Reader reader = withoutByteOrderMark(new Utf8Reader(Files.newInputStream(file)))) {
            CsvParser parser = new CsvParser(reader);
            CsvParser.Parsed first = parser.next();
            if (first == null) {
                problems.add(name, 0, "", "is empty; a dataset file starts with a header row naming its columns");
                return Result.UNREAD;
            }
            if (first.broken()) {
                problems.add(name, first.errorLine(), "", first.error());
                return Result.UNREAD;
            }
            List<String> header = first.fields();
            if (!checkHeader(name, header, type, format, problems)) {
                return Result.UNREAD;
            }
            return readRows(name, header, parser, problems, rowConsumer);
        } catch (CharacterCodingException e) {
            problems.add(name, 1, "", "is not UTF-8 text; save it as CSV UTF-8");
            return Result.UNREAD;
        } catch (IOException e) {
            problems.add(name, 0, "", cannotRead(e));
            return Result.UNREAD;
        }
    }

    private static Result readRows(
            String name, List<String> header, CsvParser parser, Problems problems, Consumer<Row> rowConsumer)
            throws IOException {
        long rows = 0;
        boolean complete = true;
        for (CsvParser.Parsed r = parser.next(); r != null; r = parser.next()) {
            if (r.broken()) {
                String column = r.errorField() < header.size() ? header.get(r.errorField()) : "";
                problems.add(name, r.errorLine(), column, r.error());
                complete = false;
                continue;
            }
            List<String> fields = r.fields();
            if (isBlank(fields)) {
                continue;
            }
            rows++;
            boolean ragged = fields.size() != header.size();
            if (fields.size() < header.size()) {
                problems.add(
                        name,
                        r.line(),
                        header.get(fields.size()),
                        "missing; the row has " + fields.size() + " fields but the header names " + header.size());
            } else if (fields.size() > header.size()) {
                problems.add(
                        name,
                        r.line(),
                        "",
                        "has " + fields.size() + " fields but the header names " + header.size()
                                + " (a value with a comma must be quoted)");
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < Math.min(fields.size(), header.size()); i++) {
                String v = fields.get(i);
                String bad = badCharacter(v);
                if (bad != null) {
                    problems.add(name, r.line(), header.get(i), bad);
                }
                values.put(header.get(i), v);
            }
            // A ragged row still defines its ids (so references to it are not reported as well), but its
            // values are not checked: they are in the wrong columns.
            rowConsumer.accept(new Row(name, r.line(), values, ragged ? Problems.IGNORED : problems, ragged));
            if (problems.isFull()) {
                return new Result(rows, false);
            }
        }
        return new Result(rows, complete);
    }

    private static boolean checkHeader(String name, List<String> header, FileType type, int format, Problems problems) {
        boolean ok = true;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String bad = badCharacter(column);
            Integer first = seen.putIfAbsent(column, i + 1);
            if (bad != null) {
                problems.add(name, 1, "column " + (i + 1), bad);
                ok = false;
            } else if (column.isBlank()) {
                problems.add(name, 1, "column " + (i + 1), "has no name; name it or remove the empty column");
                ok = false;
            } else if (first != null) {
                problems.add(
                        name,
                        1,
                        column,
                        "named twice in the header (columns " + first + " and " + (i + 1)
                                + "); keep one, or it is unclear which value counts");
                ok = false;
            } else if (!type.accepts(column)) {
                problems.add(name, 1, column, "unknown column; " + type.baseName() + " files take " + type.columns());
                ok = false;
            } else if (format < 2 && type.isHistory(column)) {
                problems.add(name, 1, column, FORMAT_2 + " column; " + FORMAT_2_FIX);
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

    /** A sentence about the first character that has no place in a value, or null. Tabs and line breaks are text. */
    static String badCharacter(String v) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '\t' || ch == '\n' || ch == '\r') {
                continue;
            }
            if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)) {
                return String.format(
                        "holds the control character U+%04X, which most programs do not show; remove it", (int) ch);
            }
            if (ch == '\uFEFF') {
                return "holds a byte-order mark (U+FEFF, the invisible mark that may start a file) inside the text;"
                        + " remove it (were two files pasted together?)";
            }
        }
        return null;
    }

    private static boolean isBlank(List<String> fields) {
        for (String v : fields) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Drops a byte-order mark at the very start of the file (spreadsheets write one). */
    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader, 1);
        int c = in.read();
        if (c >= 0 && c != '\uFEFF') {
            in.unread(c);
        }
        return in;
    }
}
