package org.partnergraph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The fold of a history into a snapshot ({@link PartnershipGraph#asOf(LocalDate, String)}). */
final class AsOf {

    private AsOf() {}

    static PartnershipGraph fold(PartnershipGraph g, LocalDate date, String viewer) {
        Predicate<Dating> seen = visibleTo(g, viewer).and(d -> d.holdsOn(date));
        return new PartnershipGraph(
                g.partners(),
                g.groups(),
                g.themes(),
                g.objectives(),
                g.indicators(),
                latest(g.measurements(), Measurement::id, Measurement::dating, seen, m -> true),
                g.areas(),
                g.initiatives(),
                latest(g.memberships(), Membership::key, Membership::dating, seen, m -> m.activeOn(date)),
                latest(g.influences(), Influence::key, Influence::dating, seen, i -> true),
                latest(g.relationships(), Relationship::key, Relationship::dating, seen, r -> true),
                g.indicatorLinks(),
                g.groupThemes(),
                g.deliveries(),
                g.waves());
    }

    /** Assessments of a draft wave are seen by its author only; those of an unknown wave by all. */
    static Predicate<Dating> visibleTo(PartnershipGraph g, String viewer) {
        Map<String, Wave> waves = new LinkedHashMap<>();
        g.waves().forEach(w -> waves.put(w.id(), w));
        return d -> {
            Wave w = waves.get(d.wave());
            return w == null || w.visibleTo(viewer);
        };
    }

    /**
     * For each key, the latest item whose dating is seen; kept where it is no end and {@code keep}
     * says so. Keys keep the order of their first item, so a graph without history folds to itself.
     */
    private static <T> List<T> latest(
            List<T> items,
            Function<T, String> key,
            Function<T, Dating> dating,
            Predicate<Dating> seen,
            Predicate<T> keep) {
        Map<String, T> latest = new LinkedHashMap<>();
        for (T t : items) {
            Dating d = dating.apply(t);
            if (!seen.test(d)) {
                continue;
            }
            latest.merge(key.apply(t), t, (old, now) -> Dating.ORDER.compare(dating.apply(old), d) > 0 ? old : now);
        }
        List<T> out = new ArrayList<>(latest.size());
        for (T t : latest.values()) {
            if (!dating.apply(t).ended() && keep.test(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static List<LocalDate> changeDates(PartnershipGraph g) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        Stream.of(
                        g.influences().stream().map(Influence::dating),
                        g.relationships().stream().map(Relationship::dating),
                        g.memberships().stream().map(Membership::dating),
                        g.measurements().stream().map(Measurement::dating))
                .flatMap(s -> s)
                .map(Dating::asOf)
                .forEach(d -> {
                    if (d != null) {
                        dates.add(d);
                    }
                });
        g.memberships().stream().map(Membership::until).forEach(d -> {
            if (d != null) {
                dates.add(d);
            }
        });
        g.waves().stream().map(Wave::date).forEach(d -> {
            if (d != null) {
                dates.add(d);
            }
        });
        return List.copyOf(dates);
    }
}
