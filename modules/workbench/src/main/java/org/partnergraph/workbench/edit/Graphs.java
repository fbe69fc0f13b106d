package org.partnergraph.workbench.edit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.partnergraph.model.Dating;
import org.partnergraph.model.PartnershipGraph;

/** Copies of an immutable graph with one list changed, and look-ups in a history. */
final class Graphs {

    private Graphs() {}

    static PartnershipGraph with(PartnershipGraph g, Consumer<PartnershipGraph.Builder> change) {
        PartnershipGraph.Builder b = g.toBuilder();
        change.accept(b);
        return b.build();
    }

    /** The history without the one record dated {@code d} (what an edit appended in memory). */
    static PartnershipGraph without(PartnershipGraph history, Dating d) {
        if (d == null) {
            return history;
        }
        return with(history, b -> {
            b.influences.removeIf(x -> sameStamp(x.dating(), d));
            b.relationships.removeIf(x -> sameStamp(x.dating(), d));
            b.memberships.removeIf(x -> sameStamp(x.dating(), d));
            b.measurements.removeIf(x -> sameStamp(x.dating(), d));
        });
    }

    /** The same record's dating, an end or not (an op that ends a thing appends its dating as an end). */
    static boolean sameStamp(Dating a, Dating b) {
        return Objects.equals(a.asOf(), b.asOf())
                && Objects.equals(a.recordedAt(), b.recordedAt())
                && a.recordedBy().equals(b.recordedBy())
                && a.wave().equals(b.wave());
    }

    /** As {@link #sameStamp}, but recorded at any time (the store's clock stamped it, not this window's). */
    static boolean sameButTime(Dating a, Dating b) {
        return Objects.equals(a.asOf(), b.asOf())
                && a.recordedBy().equals(b.recordedBy())
                && a.wave().equals(b.wave());
    }

    /** How many dated records a history holds. */
    static int records(PartnershipGraph g) {
        return g.influences().size()
                + g.relationships().size()
                + g.memberships().size()
                + g.measurements().size();
    }

    /** Of the records {@code same} picks, the latest holding on {@code day} ({@link Dating#ORDER}), ends included. */
    static <T> Optional<T> latestOn(List<T> records, Predicate<T> same, Function<T, Dating> dating, LocalDate day) {
        T latest = null;
        for (T t : records) {
            if (same.test(t)
                    && dating.apply(t).holdsOn(day)
                    && (latest == null || Dating.ORDER.compare(dating.apply(latest), dating.apply(t)) <= 0)) {
                latest = t;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * What an edit of a thing is based on: the dating of the last record of it the history holds
     * (by when it was recorded), or {@link Dating#UNDATED} where it holds none.
     */
    static <T> Dating newest(List<T> records, Predicate<T> same, Function<T, Dating> dating) {
        Dating newest = null;
        for (T t : records) {
            Dating d = dating.apply(t);
            if (same.test(t) && (newest == null || later(d, newest))) {
                newest = d;
            }
        }
        return newest == null ? Dating.UNDATED : newest;
    }

    private static boolean later(Dating a, Dating b) {
        return b.recordedAt() == null
                || (a.recordedAt() != null && !a.recordedAt().isBefore(b.recordedAt()));
    }
}
