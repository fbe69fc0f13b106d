package org.partnergraph.io;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Wave;

/**
 * The time columns of a bundle's rows (docs/data-format.md, "History"): the dating of every rating,
 * stage, membership and measurement, a membership's end, and the rows of waves.csv. A format-1
 * bundle has none of them: each of its assessments gets the dating of the one wave it loads as.
 */
final class HistoryRows {

    /** The local id of the wave a format-1 bundle loads as. */
    static final String VERSION_1_WAVE = "v1";

    private final int format;
    private final String partnership;
    private final LocalDate manifestDate;
    private final Function<Row, String> waveReference;

    /**
     * @param waveReference reads a row's {@code wave} column as a qualified id (empty where it is
     *     empty), registering the reference to be checked against waves.csv
     */
    HistoryRows(int format, String partnership, LocalDate manifestDate, Function<Row, String> waveReference) {
        this.format = format;
        this.partnership = partnership;
        this.manifestDate = manifestDate;
        this.waveReference = waveReference;
    }

    boolean isVersion1() {
        return format < 2;
    }

    /**
     * The dating a row's columns give, or null where a value is bad (each said as the row's problem):
     * such a row is not added, nor checked for a duplicate of another.
     */
    Dating dating(Row row) {
        if (isVersion1()) {
            return new Dating(manifestDate, null, "", Dataset.qualify(partnership, VERSION_1_WAVE), false);
        }
        LocalDate asOf = row.date("as_of");
        Instant recordedAt = row.instant("recorded_at");
        String wave = waveReference.apply(row);
        Boolean ended = ended(row);
        boolean bad = (asOf == null && !row.text("as_of").isEmpty())
                || (recordedAt == null && !row.text("recorded_at").isEmpty())
                || ended == null;
        return bad ? null : new Dating(asOf, recordedAt, row.text("recorded_by"), wave, ended);
    }

    /** True, false, or null where the value is neither true nor empty (the problem said). */
    private static Boolean ended(Row row) {
        String v = row.text("ended");
        if (v.isEmpty()) {
            return false;
        }
        if (v.toLowerCase(Locale.ROOT).equals("true")) {
            return true;
        }
        row.problem(
                "ended",
                "'" + v + "' is not true or empty; write true where the row ends the value, else leave it empty");
        return null;
    }

    /** What tells two assessments of one thing apart, for the duplicate check. */
    static String key(Dating d) {
        return d.asOf() + "|" + d.recordedAt();
    }

    /** Said after "duplicate ... row" where the rows are dated, so the reader knows what to change. */
    static String sameDating(Dating d) {
        return d.asOf() == null && d.recordedAt() == null ? "" : " with the same as_of and recorded_at";
    }

    /** True, with the problem said, where a membership's {@code until} is before the day it starts. */
    static boolean endsBeforeItStarts(Row row, LocalDate until, Dating d) {
        if (until != null && d != null && d.asOf() != null && until.isBefore(d.asOf())) {
            row.problem("until", until + " is before as_of " + d.asOf());
            return true;
        }
        return false;
    }

    /** A row of waves.csv, with its qualified id. */
    Wave wave(Row row, String id) {
        boolean published = published(row);
        String author = row.text("author");
        if (!published && author.isEmpty()) {
            row.problem(
                    "author",
                    "is empty, but the wave is a draft (published false), which only its author sees; name its"
                            + " author or publish it");
        }
        return new Wave(id, partnership, row.required("name"), row.date("date"), author, published, row.text("note"));
    }

    /** Empty reads as published: a wave in a bundle is for everyone unless it says it is a draft. */
    private static boolean published(Row row) {
        String v = row.text("published").toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "true" -> true;
            case "false" -> false;
            default -> {
                row.problem("published", "'" + row.text("published") + "' is not true or false");
                yield true;
            }
        };
    }

    /** The wave a format-1 bundle's assessments load as. */
    Wave versionOneWave(String name) {
        return new Wave(
                Dataset.qualify(partnership, VERSION_1_WAVE),
                partnership,
                name + " (version 1)",
                manifestDate,
                "",
                true,
                "Loaded from a version-1 bundle, which dates no assessment: every rating, stage, membership and"
                        + " measurement it held is in this one wave"
                        + (manifestDate == null
                                ? ", undated (holding from the beginning)."
                                : ", from " + manifestDate + "."));
    }

    /** The sentence a load of a format-1 bundle says. */
    String versionOneNotice(Wave wave, int assessments) {
        return BundleReader.MANIFEST + ": format 1: its " + assessments + " assessment"
                + (assessments == 1 ? " loads" : "s load") + " as one " + (manifestDate == null ? "undated " : "")
                + "wave '" + wave.name() + "'" + (manifestDate == null ? "" : " dated " + manifestDate)
                + "; writing the bundle again (export) gives format 2.";
    }
}
