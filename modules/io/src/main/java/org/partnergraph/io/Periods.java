package org.partnergraph.io;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnergraph.model.Period;

/**
 * {@link Period#parse} with dates checked first, so a date that does not exist (month 13, 30
 * February) is refused in our words rather than java.time's ("Text '2009-13' could not be parsed:
 * Unable to obtain YearMonth from TemporalAccessor ...").
 */
final class Periods {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String FORMS = "; expected 2008-04-01..2009-03-31, 2008/09 (financial year),"
            + " AY2008/09 (academic year), 2005, 2009-03 or 2009-03-31";

    private Periods() {}

    /** @throws IllegalArgumentException with a sentence naming the value and the accepted forms */
    static Period parse(String text) {
        String t = text.strip();
        int dots = t.indexOf("..");
        if (dots > 0) {
            day(t, t.substring(0, dots).strip());
            day(t, t.substring(dots + 2).strip());
        } else {
            Matcher m = DATE.matcher(t);
            if (m.matches()) {
                exists(t, m);
            }
        }
        return Period.parse(t);
    }

    private static void day(String whole, String part) {
        if (!DAY.matcher(part).matches()) {
            throw refused(whole, "'" + part + "' is not a day; write it as 2009-03-31");
        }
        Matcher m = DATE.matcher(part);
        if (m.matches()) {
            exists(whole, m);
        }
    }

    private static void exists(String whole, Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw refused(whole, "there is no month " + m.group(2) + "; months are 01 to 12");
        }
        if (m.group(3) != null) {
            int day = Integer.parseInt(m.group(3));
            int length = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > length) {
                throw refused(
                        whole, m.group(1) + "-" + m.group(2) + " has no day " + m.group(3) + "; it has " + length);
            }
        }
    }

    private static IllegalArgumentException refused(String text, String why) {
        return new IllegalArgumentException("'" + text + "' is not a period (" + why + ")" + FORMS);
    }
}
