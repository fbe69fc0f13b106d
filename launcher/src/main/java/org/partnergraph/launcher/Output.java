package org.partnergraph.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A table of results printed as an aligned text table, CSV, or JSON (an array of objects). */
final class Output {

    enum Format {
        TABLE,
        CSV,
        JSON
    }

    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    Output(String... columns) {
        this.columns = List.of(columns);
    }

    Output row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("a row needs " + columns.size() + " values, got " + values.length);
        }
        rows.add(java.util.Arrays.asList(values));
        return this;
    }

    int size() {
        return rows.size();
    }

    void print(Format format, PrintWriter out) {
        switch (format) {
            case TABLE -> out.print(table());
            case CSV -> out.print(csv());
            case JSON -> out.println(json());
            default -> throw new IllegalStateException();
        }
        out.flush();
    }

    private String table() {
        int[] width = new int[columns.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = columns.get(c).length();
            for (List<Object> r : rows) {
                width[c] = Math.max(width[c], text(r.get(c)).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, columns.stream().map(Object.class::cast).toList(), width);
        List<Object> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        line(sb, rule, width);
        rows.forEach(r -> line(sb, r, width));
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<Object> cells, int[] width) {
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            String t = text(v);
            boolean right = v instanceof Number;
            String pad = " ".repeat(width[c] - t.length());
            sb.append(right ? pad + t : t + (c == cells.size() - 1 ? "" : pad));
            if (c < cells.size() - 1) {
                sb.append("  ");
            }
        }
        sb.append('\n');
    }

    private String csv() {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(
                w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(columns);
            for (List<Object> r : rows) {
                p.printRecord(r.stream().map(Output::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private String json() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (List<Object> r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                m.put(columns.get(c), r.get(c));
            }
            list.add(m);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers with up to 3 decimals and no trailing zeros; null as empty. */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            if (d.isNaN()) {
                return "";
            }
            String s = String.format(Locale.ROOT, "%.3f", d);
            return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
        return v.toString();
    }
}
