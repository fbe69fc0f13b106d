package org.partnergraph.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 parser that knows, for every record, the line it starts on and, for a broken one,
 * where it broke: a quote never closed is reported at the line it opened, text after a closing
 * quote at its line, and a byte that is not UTF-8 at the line it is on. A quote inside an unquoted
 * field is kept as a character, as spreadsheets do. Line ends are CRLF, LF or a lone CR.
 */
final class CsvParser {

    /** One record, or (when {@code error} is set) the place where the text stopped being CSV. */
    record Parsed(long line, List<String> fields, String error, long errorLine) {

        boolean broken() {
            return error != null;
        }

        /** The index of the field the error is in. */
        int errorField() {
            return fields.size();
        }
    }

    private static final int EOF = -1;
    /** What {@link #quoted} returns when the text ends inside the quotes. */
    private static final int UNTERMINATED = -2;

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private long line = 1;
    private boolean finished;

    CsvParser(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end; after an unterminated quote or bad UTF-8 the end follows. */
    Parsed next() throws IOException {
        if (finished) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        try {
            int c = read();
            if (c == EOF) {
                finished = true;
                return null;
            }
            while (true) {
                if (c == '"') {
                    long opened = line;
                    c = quoted(field);
                    if (c == UNTERMINATED) {
                        finished = true;
                        return new Parsed(
                                start,
                                fields,
                                "the quote opened on this line is never closed; a quote inside a quoted value is"
                                        + " written twice (\"\")",
                                opened);
                    }
                    if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                        long at = line;
                        skipLine(c);
                        return new Parsed(
                                start,
                                fields,
                                "text after the closing quote; a quote inside a quoted value is written twice"
                                        + " (\"\"), and a value with a quote is quoted whole",
                                at);
                    }
                } else {
                    c = unquoted(field, c);
                }
                fields.add(field.toString());
                field.setLength(0);
                if (c == ',') {
                    c = read();
                    continue;
                }
                endLine(c);
                return new Parsed(start, fields, null, 0);
            }
        } catch (CharacterCodingException e) {
            finished = true;
            return new Parsed(start, fields, "is not UTF-8 text; save it as CSV UTF-8", line);
        }
    }

    /** Reads a quoted value after its opening quote; returns the character after the closing quote. */
    private int quoted(StringBuilder field) throws IOException {
        while (true) {
            int c = read();
            if (c == EOF) {
                return UNTERMINATED;
            }
            if (c == '"') {
                int next = read();
                if (next != '"') {
                    return next;
                }
                field.append('"');
            } else if (c == '\r') {
                field.append('\r');
                int next = peek();
                if (next == '\n') {
                    field.append((char) read());
                }
                line++;
            } else {
                if (c == '\n') {
                    line++;
                }
                field.append((char) c);
            }
        }
    }

    private int unquoted(StringBuilder field, int first) throws IOException {
        int c = first;
        while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
            field.append((char) c);
            c = read();
        }
        return c;
    }

    private void skipLine(int c) throws IOException {
        while (c != '\n' && c != '\r' && c != EOF) {
            c = read();
        }
        endLine(c);
    }

    private void endLine(int c) throws IOException {
        if (c == EOF) {
            finished = true;
            return;
        }
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int read() throws IOException {
        if (pos == limit && !fill()) {
            return EOF;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == limit && !fill()) {
            return EOF;
        }
        return buf[pos];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
