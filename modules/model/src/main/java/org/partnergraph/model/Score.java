package org.partnergraph.model;

/**
 * A 1-5 rating as the source writes it: a single value ({@code 4}) or a range ({@code 3 / 4}).
 * Scores use the {@link #mid() midpoint} of a range; the range itself is kept for display and export.
 *
 * @param low the lower end, 1 to 5
 * @param high the upper end, {@code low} to 5; equal to {@code low} for a single value
 */
public record Score(int low, int high) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public Score {
        if (low < MIN || low > MAX || high < MIN || high > MAX) {
            throw new IllegalArgumentException("must be between 1 and 5, was " + text(low, high));
        }
        if (high < low) {
            throw new IllegalArgumentException("a range must go from low to high, was " + text(low, high));
        }
    }

    public static Score of(int value) {
        return new Score(value, value);
    }

    /**
     * Reads {@code "4"}, {@code "3/4"} or {@code "3 / 4"}.
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong
     */
    public static Score parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("is empty; expected a score from 1 to 5 or a range like 3/4");
        }
        String[] parts = t.split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("'" + t + "' is not a score from 1 to 5 or a range like 3/4");
        }
        try {
            int low = Integer.parseInt(parts[0].strip());
            int high = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : low;
            return new Score(low, high);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not a score from 1 to 5 or a range like 3/4");
        }
    }

    public boolean isRange() {
        return high != low;
    }

    /** The value scores use: the midpoint of a range, the value itself otherwise. */
    public double mid() {
        return (low + high) / 2.0;
    }

    @Override
    public String toString() {
        return text(low, high);
    }

    private static String text(int low, int high) {
        return low == high ? Integer.toString(low) : low + "/" + high;
    }
}
