package org.partnergraph.sheets.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnergraph.model.Period;
import org.partnergraph.model.Role;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;

/**
 * Reads a cell's text as a field's value, through the mapping's value map first. Each reader returns
 * the value in our form (the text a bundle would hold) or throws {@link IllegalArgumentException} with
 * the reason, which the caller puts at the cell.
 */
public final class Values {

    /** The words proposed for each type of field; the user corrects them in the mapping. */
    static final Map<Field.Type, Map<String, String>> PROPOSED = Map.of(
            Field.Type.SCORE, ordered("High", "5", "Medium", "3", "Low", "1"),
            Field.Type.STAGE,
                    ordered(
                            "Collaborating", "Collaborate",
                            "Cooperating", "Cooperate",
                            "Co-existing", "Co-exist",
                            "Competing", "Compete"),
            Field.Type.ROLE, ordered("Chairman", "chair", "Deputy chair", "vice-chair", "Vice chair", "vice-chair"));

    private static final Pattern QUARTER = Pattern.compile(
            "(?:(Q[1-4])\\s*(?:FY)?\\s*(\\d{4})(?:/(\\d{2}))?|(\\d{4})(?:/(\\d{2}))?\\s*-?\\s*(Q[1-4]))");

    private Values() {}

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** The value of {@code text} in a field of {@code type}, as our text. */
    public static String read(Field.Type type, String text, Map<String, String> words) {
        String mapped = lookUp(text, words);
        String t = mapped != null ? mapped : text.strip();
        try {
            return switch (type) {
                case TEXT -> t;
                case SCORE -> Score.parse(t).toString();
                case STAGE -> Stage.parse(t).label();
                case ROLE -> Role.parse(t).code();
                case NUMBER -> number(t);
                case PERIOD -> period(t).text();
            };
        } catch (IllegalArgumentException e) {
            if (words == null || words.isEmpty() || type == Field.Type.NUMBER || type == Field.Type.PERIOD) {
                throw e;
            }
            throw new IllegalArgumentException("'" + text.strip() + "' is not one of "
                    + String.join(", ", words.keySet()) + " (" + expected(type) + ")");
        }
    }

    private static String expected(Field.Type type) {
        return switch (type) {
            case SCORE -> "or a score from 1 to 5";
            case STAGE -> "or Compete, Co-exist, Cooperate, Collaborate";
            case ROLE -> "or chair, vice-chair, lead, member";
            default -> "";
        };
    }

    private static String lookUp(String text, Map<String, String> words) {
        if (words == null) {
            return null;
        }
        String t = text.strip();
        for (Map.Entry<String, String> e : words.entrySet()) {
            if (e.getKey().strip().equalsIgnoreCase(t)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** "1,234.5" and "12.5%" are numbers; the % is the unit's business ({@code unit} column). */
    static String number(String text) {
        String t = text.replace(",", "").strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            return new BigDecimal(t).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
    }

    /**
     * A period as a bundle writes it: every form of {@link Period#parse}, and quarters: {@code 2009/10 Q1}
     * or {@code Q1 2009/10} (UK financial year: Q1 is April to June), {@code 2009 Q1} or {@code Q1 2009}
     * (calendar: Q1 is January to March). A quarter becomes its explicit range.
     */
    public static Period period(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        Matcher m = QUARTER.matcher(t);
        if (!m.matches()) {
            try {
                return Period.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        e.getMessage() + ", or a quarter: 2009/10 Q1 (financial) or 2009 Q1");
            }
        }
        boolean first = m.group(1) != null;
        int q = Integer.parseInt((first ? m.group(1) : m.group(6)).substring(1));
        int year = Integer.parseInt(first ? m.group(2) : m.group(4));
        String second = first ? m.group(3) : m.group(5);
        LocalDate start;
        if (second != null) {
            if (Integer.parseInt(second) != (year + 1) % 100) {
                throw new IllegalArgumentException(
                        "'" + text.strip() + "' is not a quarter: the second year must" + " follow the first");
            }
            start = LocalDate.of(year, 4, 1).plusMonths(3L * (q - 1));
        } else {
            start = LocalDate.of(year, 1, 1).plusMonths(3L * (q - 1));
        }
        LocalDate end = start.plusMonths(3).minusDays(1);
        return new Period(start, end, start + ".." + end);
    }

    /** Field types whose proposed value map is worth showing. */
    static List<Field.Type> mapped() {
        return List.of(Field.Type.SCORE, Field.Type.STAGE, Field.Type.ROLE);
    }
}
