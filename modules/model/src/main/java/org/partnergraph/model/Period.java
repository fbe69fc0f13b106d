package org.partnergraph.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The span of time a measurement refers to, inclusive at both ends, with the text it was written as.
 *
 * <p>Accepted forms (see docs/data-format.md):
 * <ul>
 *   <li>{@code 2008-04-01..2009-03-31}: an explicit range;</li>
 *   <li>{@code 2008/09} or {@code FY2008/09}: a UK financial year, 1 April to 31 March;</li>
 *   <li>{@code AY2008/09}: an academic year, 1 September to 31 August;</li>
 *   <li>{@code 2005}: a calendar year; {@code 2009-03}: a month; {@code 2009-03-31}: a day.</li>
 * </ul>
 *
 * @param start first day
 * @param end last day, not before {@code start}
 * @param text the form it was written in, kept for display and export
 */
public record Period(LocalDate start, LocalDate end, String text) implements Comparable<Period> {

    private static final Pattern SPLIT_YEAR = Pattern.compile("(FY|AY)?(\\d{4})/(\\d{2}|\\d{4})");

    public Period {
        if (start == null || end == null) {
            throw new IllegalArgumentException("a period needs a start and an end");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("ends (" + end + ") before it starts (" + start + ")");
        }
        text = text == null || text.isBlank() ? start + ".." + end : text;
    }

    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end, null);
    }

    /**
     * Reads a period in one of the forms listed above.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static Period parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return parseOrNull(t);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + t + "' is not a period (" + e.getMessage() + ")" + FORMS);
        }
    }

    private static final String FORMS = "; expected 2008-04-01..2009-03-31, 2008/09 (financial year),"
            + " AY2008/09 (academic year), 2005, 2009-03 or 2009-03-31";

    private static Period parseOrNull(String t) {
        if (t.isEmpty()) {
            throw new IllegalArgumentException("it is empty");
        }
        int dots = t.indexOf("..");
        if (dots > 0) {
            return new Period(
                    LocalDate.parse(t.substring(0, dots).strip()),
                    LocalDate.parse(t.substring(dots + 2).strip()),
                    t);
        }
        Matcher m = SPLIT_YEAR.matcher(t.toUpperCase(Locale.ROOT));
        if (m.matches()) {
            int first = Integer.parseInt(m.group(2));
            int second = Integer.parseInt(m.group(3));
            int expected = m.group(3).length() == 2 ? (first + 1) % 100 : first + 1;
            if (second != expected) {
                throw new IllegalArgumentException("the second year must follow the first");
            }
            boolean academic = "AY".equals(m.group(1));
            LocalDate start = academic ? LocalDate.of(first, 9, 1) : LocalDate.of(first, 4, 1);
            return new Period(start, start.plusYears(1).minusDays(1), t);
        }
        if (t.matches("\\d{4}")) {
            int y = Integer.parseInt(t);
            return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), t);
        }
        if (t.matches("\\d{4}-\\d{2}")) {
            YearMonth ym = YearMonth.parse(t);
            return new Period(ym.atDay(1), ym.atEndOfMonth(), t);
        }
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate d = LocalDate.parse(t);
            return new Period(d, d, t);
        }
        throw new IllegalArgumentException("unrecognised form");
    }

    /** The day a value for this period is plotted at and interpolated by: the last day. */
    public LocalDate pointInTime() {
        return end;
    }

    /** Days from the epoch to {@link #pointInTime()}, for charts and regressions. */
    public long epochDay() {
        return end.toEpochDay();
    }

    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Orders by end, then start. */
    @Override
    public int compareTo(Period o) {
        int c = end.compareTo(o.end);
        return c != 0 ? c : start.compareTo(o.start);
    }

    @Override
    public String toString() {
        return text;
    }
}
