package org.partnergraph.workbench.context;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Wave;

/**
 * The snapshot after an edit without folding the whole history again: an edit appends or removes
 * one record, so only that thing's value can change; it is folded alone (one scan of its list) and
 * put into the old snapshot. Measured on 200,000 memberships: the whole fold takes over a second,
 * this a few milliseconds. Empty where the change is not one record (a partner added or removed,
 * waves changed): then the caller folds everything.
 */
final class Refold {

    private Refold() {}

    static Optional<PartnershipGraph> after(
            PartnershipGraph before, PartnershipGraph after, PartnershipGraph snapshot, LocalDate day, String viewer) {
        if (!sameNodesAndWaves(before, after)) {
            return Optional.empty();
        }
        Map<String, Wave> waves = after.waves().stream().collect(Collectors.toMap(Wave::id, w -> w, (a, b) -> a));
        Predicate<Dating> seen = d -> {
            Wave w = waves.get(d.wave());
            return (w == null || w.visibleTo(viewer)) && d.holdsOn(day);
        };
        Optional<List<Influence>> influences = list(
                before.influences(),
                after.influences(),
                snapshot.influences(),
                Influence::key,
                Influence::dating,
                seen,
                i -> true);
        Optional<List<Relationship>> relationships = list(
                before.relationships(),
                after.relationships(),
                snapshot.relationships(),
                Relationship::key,
                Relationship::dating,
                seen,
                r -> true);
        Optional<List<Membership>> memberships = list(
                before.memberships(),
                after.memberships(),
                snapshot.memberships(),
                Membership::key,
                Membership::dating,
                seen,
                m -> m.activeOn(day));
        Optional<List<Measurement>> measurements = list(
                before.measurements(),
                after.measurements(),
                snapshot.measurements(),
                Measurement::id,
                Measurement::dating,
                seen,
                m -> true);
        if (influences.isEmpty() || relationships.isEmpty() || memberships.isEmpty() || measurements.isEmpty()) {
            return Optional.empty();
        }
        PartnershipGraph.Builder b = snapshot.toBuilder();
        replace(b.influences, influences.get());
        replace(b.relationships, relationships.get());
        replace(b.memberships, memberships.get());
        replace(b.measurements, measurements.get());
        return Optional.of(b.build());
    }

    private static <T> void replace(List<T> target, List<T> with) {
        target.clear();
        target.addAll(with);
    }

    private static boolean sameNodesAndWaves(PartnershipGraph a, PartnershipGraph b) {
        return (a.partners() == b.partners() || a.partners().equals(b.partners()))
                && a.waves().equals(b.waves());
    }

    /** The snapshot's list with the things whose records changed folded again; empty where more than one changed. */
    private static <T> Optional<List<T>> list(
            List<T> before,
            List<T> after,
            List<T> shown,
            Function<T, String> key,
            Function<T, Dating> dating,
            Predicate<Dating> seen,
            Predicate<T> keep) {
        Set<String> changed = new HashSet<>();
        if (after.size() == before.size() + 1 && after.subList(0, before.size()).equals(before)) {
            changed.add(key.apply(after.get(after.size() - 1)));
        } else if (after.size() == before.size() - 1) {
            T removed = removedOne(before, after);
            if (removed == null) {
                return Optional.empty();
            }
            changed.add(key.apply(removed));
        } else if (!(after.size() == before.size() && (after == before || after.equals(before)))) {
            return Optional.empty();
        }
        if (changed.isEmpty()) {
            return Optional.of(shown);
        }
        String k = changed.iterator().next();
        T latest = null;
        for (T t : after) {
            if (key.apply(t).equals(k)
                    && seen.test(dating.apply(t))
                    && (latest == null || Dating.ORDER.compare(dating.apply(latest), dating.apply(t)) <= 0)) {
                latest = t;
            }
        }
        T value = latest != null && !dating.apply(latest).ended() && keep.test(latest) ? latest : null;
        List<T> out = new ArrayList<>(shown.size() + 1);
        boolean placed = false;
        for (T t : shown) {
            if (key.apply(t).equals(k)) {
                if (value != null && !placed) {
                    out.add(value);
                    placed = true;
                }
            } else {
                out.add(t);
            }
        }
        if (value != null && !placed) {
            out.add(value);
        }
        return Optional.of(out);
    }

    private static <T> T removedOne(List<T> before, List<T> after) {
        int i = 0;
        while (i < after.size() && after.get(i).equals(before.get(i))) {
            i++;
        }
        return after.subList(i, after.size()).equals(before.subList(i + 1, before.size())) ? before.get(i) : null;
    }
}
