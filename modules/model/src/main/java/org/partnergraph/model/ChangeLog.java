package org.partnergraph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every change a history holds: each assessment beside the one it followed for the same thing. The
 * {@code history} command and the change-log view list these; "revert" appends an entry's {@code
 * before} again as a new assessment.
 */
public final class ChangeLog {

    /** What kind of thing changed. */
    public enum Kind {
        RATING("rating"),
        STAGE("stage"),
        MEMBERSHIP("membership"),
        MEASUREMENT("measurement");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** Reads a code as the command line writes it. */
        public static Kind parse(String text) {
            for (Kind k : values()) {
                if (k.code.equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return k;
                }
            }
            throw new IllegalArgumentException(
                    "'" + text + "' is not a kind of change; expected rating, stage, membership or measurement");
        }
    }

    /**
     * One change.
     *
     * @param subjects the ids of the nodes the thing joins (partner and objective, group or
     *     stakeholder; indicator and area for a measurement)
     * @param dating the dating of the new assessment
     * @param before the assessment it followed (an {@link Influence}, {@link Relationship}, {@link
     *     Membership} or {@link Measurement}), or null where it is the first
     * @param after the new assessment, of the same type; its dating may mark an end
     */
    public record Entry(Kind kind, List<String> subjects, Dating dating, Object before, Object after) {

        public Entry {
            subjects = List.copyOf(subjects);
        }

        public boolean involves(String nodeId) {
            return subjects.contains(nodeId);
        }

        /** True where the new assessment holds from a date in {@code [from, to]}; null bounds are open. */
        public boolean validBetween(LocalDate from, LocalDate to) {
            LocalDate d = dating.asOf();
            return (from == null || (d != null && !d.isBefore(from))) && (to == null || d == null || !d.isAfter(to));
        }

        /** The value before, as a person reads it; empty where there was none. */
        public String beforeText() {
            return before == null ? "" : text(before);
        }

        /** The value after, as a person reads it: "ended" for an end. */
        public String afterText() {
            return dating.ended() ? "ended" : text(after);
        }
    }

    private ChangeLog() {}

    /**
     * The changes of {@code history} that {@code viewer} may see, ordered by valid date (undated
     * first), then by when they were recorded.
     */
    public static List<Entry> of(PartnershipGraph history, String viewer) {
        Predicate<Dating> seen = AsOf.visibleTo(history, viewer);
        List<Entry> out = new ArrayList<>();
        collect(
                out,
                Kind.RATING,
                history.influences(),
                Influence::key,
                Influence::dating,
                seen,
                i -> List.of(i.partnerId(), i.objectiveId()));
        collect(
                out,
                Kind.STAGE,
                history.relationships(),
                Relationship::key,
                Relationship::dating,
                seen,
                r -> List.of(r.fromId(), r.toId()));
        collect(
                out,
                Kind.MEMBERSHIP,
                history.memberships(),
                Membership::key,
                Membership::dating,
                seen,
                m -> List.of(m.partnerId(), m.groupId()));
        collect(
                out,
                Kind.MEASUREMENT,
                history.measurements(),
                Measurement::id,
                Measurement::dating,
                seen,
                m -> m.areaId() == null || m.areaId().isEmpty()
                        ? List.of(m.indicatorId())
                        : List.of(m.indicatorId(), m.areaId()));
        out.sort(Comparator.comparing(Entry::dating, Dating.ORDER));
        return out;
    }

    private static <T> void collect(
            List<Entry> out,
            Kind kind,
            List<T> items,
            Function<T, String> key,
            Function<T, Dating> dating,
            Predicate<Dating> seen,
            Function<T, List<String>> subjects) {
        Map<String, List<T>> byKey = new LinkedHashMap<>();
        for (T t : items) {
            if (seen.test(dating.apply(t))) {
                byKey.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
            }
        }
        for (List<T> assessments : byKey.values()) {
            assessments.sort(Comparator.comparing(dating, Dating.ORDER));
            T previous = null;
            for (T t : assessments) {
                boolean afterEnd = previous != null && dating.apply(previous).ended();
                out.add(new Entry(kind, subjects.apply(t), dating.apply(t), afterEnd ? null : previous, t));
                previous = t;
            }
        }
    }

    /** An assessment's value as the change log shows it ("influence 5, quality 4"). */
    public static String text(Object assessment) {
        if (assessment instanceof Influence i) {
            return "influence " + i.influence() + ", quality " + i.quality();
        }
        if (assessment instanceof Relationship r) {
            return stage(r.now()) + " -> " + stage(r.wanted()) + (r.lead().isEmpty() ? "" : ", lead " + r.lead());
        }
        if (assessment instanceof Membership m) {
            return m.role().code() + (m.until() == null ? "" : " until " + m.until());
        }
        if (assessment instanceof Measurement m) {
            return m.kind().code() + " " + m.period() + ": " + number(m.value());
        }
        throw new IllegalArgumentException("not an assessment: " + assessment);
    }

    private static String stage(Stage s) {
        return s == null ? "(none)" : s.label();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
