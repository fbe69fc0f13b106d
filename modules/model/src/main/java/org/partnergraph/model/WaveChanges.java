package org.partnergraph.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Two waves side by side: for every rating, stage, membership and measurement either wave
 * assessed, its value in wave A, in wave B, and whether it changed. A wave's value of a thing is
 * the latest assessment in that wave ({@link Dating#ORDER}); the empty wave id stands for the
 * assessments outside any wave (what a dataset was loaded with). Pure, over a history.
 */
public final class WaveChanges {

    /**
     * One thing in both waves.
     *
     * @param subjects the ids of the nodes the thing joins, as {@link ChangeLog.Entry#subjects()}
     * @param inA its assessment in wave A, or null where A has none (or ended it)
     * @param inB the same in wave B
     */
    public record Row(ChangeLog.Kind kind, List<String> subjects, Object inA, Object inB) {

        public Row {
            subjects = List.copyOf(subjects);
        }

        /** True where the two values read differently (who recorded them and when does not count). */
        public boolean changed() {
            return !Objects.equals(text(inA), text(inB));
        }

        /** "before -> after" as a person reads it; "(none)" for a side without a value. */
        public String changeText() {
            return (inA == null ? "(none)" : text(inA)) + " -> " + (inB == null ? "(none)" : text(inB));
        }

        private static String text(Object assessment) {
            return assessment == null ? null : ChangeLog.text(assessment);
        }
    }

    private WaveChanges() {}

    /** Every thing wave {@code a} or wave {@code b} assessed, in the history's order. */
    public static List<Row> between(PartnershipGraph history, String a, String b) {
        List<Row> out = new ArrayList<>();
        collect(
                out,
                ChangeLog.Kind.RATING,
                history.influences(),
                Influence::key,
                Influence::dating,
                a,
                b,
                i -> List.of(i.partnerId(), i.objectiveId()));
        collect(
                out,
                ChangeLog.Kind.STAGE,
                history.relationships(),
                Relationship::key,
                Relationship::dating,
                a,
                b,
                r -> List.of(r.fromId(), r.toId()));
        collect(
                out,
                ChangeLog.Kind.MEMBERSHIP,
                history.memberships(),
                Membership::key,
                Membership::dating,
                a,
                b,
                m -> List.of(m.partnerId(), m.groupId()));
        collect(
                out,
                ChangeLog.Kind.MEASUREMENT,
                history.measurements(),
                Measurement::id,
                Measurement::dating,
                a,
                b,
                m -> m.areaId().isEmpty() ? List.of(m.indicatorId()) : List.of(m.indicatorId(), m.areaId()));
        return out;
    }

    private static <T> void collect(
            List<Row> out,
            ChangeLog.Kind kind,
            List<T> items,
            Function<T, String> key,
            Function<T, Dating> dating,
            String a,
            String b,
            Function<T, List<String>> subjects) {
        Map<String, T> inA = latest(items, key, dating, a == null ? "" : a);
        Map<String, T> inB = latest(items, key, dating, b == null ? "" : b);
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (T t : items) {
            String k = key.apply(t);
            if (inA.containsKey(k) || inB.containsKey(k)) {
                keys.putIfAbsent(k, subjects.apply(t));
            }
        }
        keys.forEach((k, s) -> out.add(new Row(kind, s, alive(inA.get(k), dating), alive(inB.get(k), dating))));
    }

    private static <T> Map<String, T> latest(
            List<T> items, Function<T, String> key, Function<T, Dating> dating, String wave) {
        Map<String, T> latest = new LinkedHashMap<>();
        for (T t : items) {
            if (dating.apply(t).wave().equals(wave)) {
                latest.merge(
                        key.apply(t),
                        t,
                        (old, now) -> Dating.ORDER.compare(dating.apply(old), dating.apply(now)) > 0 ? old : now);
            }
        }
        return latest;
    }

    private static <T> T alive(T t, Function<T, Dating> dating) {
        return t == null || dating.apply(t).ended() ? null : t;
    }
}
