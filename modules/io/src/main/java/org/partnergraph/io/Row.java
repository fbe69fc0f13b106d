package org.partnergraph.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.partnergraph.model.Provenance;

/** One CSV row with its location; every accessor reports a bad value to {@link Problems} rather than throwing. */
final class Row {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern LOCAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    final String file;
    final long line;
    private final Map<String, String> values;
    private final Problems problems;
    /** A row already reported whole (ragged): it defines its ids, but its values and references go unchecked. */
    final boolean muted;

    Row(String file, long line, Map<String, String> values, Problems problems, boolean muted) {
        this.file = file;
        this.line = line;
        this.values = values;
        this.problems = problems;
        this.muted = muted;
    }

    /** The trimmed value, or empty where the column is absent or blank. */
    String text(String column) {
        String v = values.get(column);
        return v == null ? "" : v.strip();
    }

    /** The value, reporting an empty one; returns empty then. */
    String required(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            problem(column, "is empty");
        }
        return v;
    }

    /** A local id (required), checked for its form; returns null when bad. */
    String id(String column) {
        String v = required(column);
        if (v.isEmpty()) {
            return null;
        }
        if (!LOCAL_ID.matcher(v).matches()) {
            problem(column, "'" + v + "' is not an id (a letter or digit, then letters, digits, '.', '_' or '-')");
            return null;
        }
        return v;
    }

    /** A {@code |}-separated list, each item trimmed, empty items dropped. */
    List<String> list(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : Arrays.asList(v.split("\\|"))) {
            if (!item.isBlank()) {
                out.add(item.strip());
            }
        }
        return out;
    }

    boolean flag(String column) {
        String v = text(column).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "false", "no", "0" -> false;
            case "true", "yes", "1" -> true;
            default -> {
                problem(column, "'" + text(column) + "' is not true or false");
                yield false;
            }
        };
    }

    /** A day written YYYY-MM-DD, or null where the value is empty or bad (then the problem is said). */
    LocalDate date(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v, DAY);
        } catch (DateTimeParseException e) {
            problem(
                    column,
                    "'" + v + "' is not a date"
                            + (v.matches("\\d{4}-\\d{2}-\\d{2}") ? " (there is no such day)" : "")
                            + "; write YYYY-MM-DD, e.g. 2022-04-01");
            return null;
        }
    }

    /** An ISO-8601 instant, or null where the value is empty or bad (then the problem is said). */
    Instant instant(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            problem(
                    column,
                    "'" + v + "' is not an instant; write an ISO-8601 date and time with its offset, e.g."
                            + " 2025-06-01T09:30:00Z");
            return null;
        }
    }

    Provenance provenance() {
        return new Provenance(required("source"), flag("uncertain"), text("note"));
    }

    void problem(String column, String reason) {
        problems.add(file, line, column, reason);
    }

    String where() {
        return file + ":" + line;
    }
}
