package org.partnergraph.analytics.influence;

import java.util.Map;
import java.util.Set;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.Relationship;

/**
 * Which ratings and tracker rows an influence analysis reads. Each set narrows the selection; an
 * empty set does not narrow (so {@link #ALL} reads everything), and the sets combine with "and".
 *
 * @param themeIds ratings on objectives under these themes
 * @param objectiveIds ratings on these objectives
 * @param partnerships ratings and tracker rows of partners in these partnerships (dataset ids, e.g.
 *     {@code hertfordshire}); a partner the graph does not list is judged by the objective's
 *     partnership, a tracker row by its {@code from} partner's
 */
public record InfluenceFilter(Set<String> themeIds, Set<String> objectiveIds, Set<String> partnerships) {

    /** Everything in the graph. */
    public static final InfluenceFilter ALL = new InfluenceFilter(Set.of(), Set.of(), Set.of());

    /**
     * @throws IllegalArgumentException when a set is null (use an empty set for "all")
     */
    public InfluenceFilter {
        if (themeIds == null || objectiveIds == null || partnerships == null) {
            throw new IllegalArgumentException("a filter set may be empty (all) but not null");
        }
        themeIds = Set.copyOf(themeIds);
        objectiveIds = Set.copyOf(objectiveIds);
        partnerships = Set.copyOf(partnerships);
    }

    public static InfluenceFilter themes(String... themeIds) {
        return new InfluenceFilter(Set.of(themeIds), Set.of(), Set.of());
    }

    public static InfluenceFilter objectives(String... objectiveIds) {
        return new InfluenceFilter(Set.of(), Set.of(objectiveIds), Set.of());
    }

    public static InfluenceFilter partnerships(String... partnerships) {
        return new InfluenceFilter(Set.of(), Set.of(), Set.of(partnerships));
    }

    /** Whether the filter narrows by objective or theme (then partners without ratings in scope are left out). */
    public boolean narrowsObjectives() {
        return !themeIds.isEmpty() || !objectiveIds.isEmpty();
    }

    boolean accepts(Influence i, Map<String, Partner> partners, Map<String, Objective> objectives) {
        Objective o = objectives.get(i.objectiveId());
        if (!objectiveIds.isEmpty() && !objectiveIds.contains(i.objectiveId())) {
            return false;
        }
        if (!themeIds.isEmpty() && (o == null || !themeIds.contains(o.themeId()))) {
            return false;
        }
        if (partnerships.isEmpty()) {
            return true;
        }
        Partner p = partners.get(i.partnerId());
        String partnership = p != null ? p.partnership() : o != null ? o.partnership() : null;
        return partnerships.contains(partnership);
    }

    boolean accepts(Relationship r, Map<String, Partner> partners) {
        if (partnerships.isEmpty()) {
            return true;
        }
        Partner from = partners.get(r.fromId());
        return from != null && partnerships.contains(from.partnership());
    }
}
