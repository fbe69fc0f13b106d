package org.partnergraph.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.Dating;

/**
 * One rated, staged, membered or measured thing as an edit finds it, in the edit's transaction:
 * every record of it with the visibility of its wave, the names of its two ends (for sentences)
 * and its partnership. It answers what holds on a date for a user, and refuses a stale edit.
 *
 * @param <T> the model record of one assessment
 */
final class Thing<T> {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One record of the thing: its model value, dating and record id, and whether its wave is a draft of whom. */
    record Rec<T>(T value, Dating dating, String rid, boolean published, String author) {

        boolean visibleTo(String user) {
            return dating.wave().isEmpty() || published || author.equals(user);
        }
    }

    final ChangeLog.Kind kind;
    final String what;
    final String partnership;
    final List<Rec<T>> records = new ArrayList<>();

    private Thing(ChangeLog.Kind kind, String what, String partnership) {
        this.kind = kind;
        this.what = what;
        this.partnership = partnership;
    }

    /**
     * Reads the result of a query returning, per record, {@code x} (its properties, null where the
     * thing has none yet), {@code published} and {@code author} of its wave (null where none),
     * {@code a} and {@code b} (the two ends' names) and {@code partnership}. Empty where the query
     * matched nothing, i.e. an end does not exist.
     */
    static <T> Optional<Thing<T>> read(
            Result r, ChangeLog.Kind kind, Function<Record, String> what, Function<Value, T> value) {
        List<Record> rows = r.list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record first = rows.get(0);
        Thing<T> thing =
                new Thing<>(kind, what.apply(first), first.get("partnership").asString(""));
        for (Record row : rows) {
            Value x = row.get("x");
            if (!x.isNull()) {
                thing.records.add(new Rec<>(
                        value.apply(x),
                        Assessments.dating(x),
                        GraphReader.str(x, "rid"),
                        row.get("published").asBoolean(false),
                        row.get("author").asString("")));
            }
        }
        thing.records.sort(Comparator.comparing(Rec<T>::dating, Dating.ORDER));
        return Optional.of(thing);
    }

    /** The latest record {@code user} sees holding on {@code date}, ends included. */
    Optional<Rec<T>> latestOn(LocalDate date, String user) {
        Rec<T> latest = null;
        for (Rec<T> rec : records) {
            if (rec.visibleTo(user) && rec.dating().holdsOn(date)) {
                latest = rec;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The value {@code user} sees holding on {@code date}: empty where there is none or it ended. */
    Optional<T> valueOn(LocalDate date, String user) {
        return latestOn(date, user).filter(r -> !r.dating().ended()).map(Rec::value);
    }

    /**
     * When the edit's record is recorded: now, truncated to milliseconds, but always after every
     * record of the thing, so two edits in the same millisecond still have an order.
     */
    Instant nextRecordedAt(Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        for (Rec<T> rec : records) {
            Instant r = rec.dating().recordedAt();
            if (r != null && !at.isAfter(r)) {
                at = r.truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
            }
        }
        return at;
    }

    /**
     * Refuses the edit where someone other than {@code user} recorded an assessment of the thing
     * after the one the edit was based on.
     */
    void refuseIfStale(EditOptions o, String user) {
        if (!o.checked()) {
            return;
        }
        Instant read = o.basedOnRecordedAt();
        if (o.basedOnRid() != null) {
            Rec<T> based = records.stream()
                    .filter(r -> r.rid().equals(o.basedOnRid()))
                    .findFirst()
                    .orElseThrow(() -> new StoreException("The assessment of " + what
                            + " you read has been taken back since; read it again. Nothing was changed."));
            read = based.dating().recordedAt();
        }
        Rec<T> newest = null;
        for (Rec<T> rec : records) {
            Instant at = rec.dating().recordedAt();
            if (at != null
                    && (read == null || at.isAfter(read))
                    && !rec.dating().recordedBy().equals(user)
                    && rec.visibleTo(user)
                    && (newest == null || at.isAfter(newest.dating().recordedAt()))) {
                newest = rec;
            }
        }
        if (newest != null) {
            String by = newest.dating().recordedBy().isEmpty()
                    ? "someone"
                    : newest.dating().recordedBy();
            String now = new ChangeLog.Entry(kind, List.of(), newest.dating(), null, newest.value()).afterText();
            throw new StoreException(by + " changed " + what + " at "
                    + MINUTE.format(newest.dating().recordedAt()) + " since you read it; it is now " + now
                    + ". Nothing was changed.");
        }
    }
}
