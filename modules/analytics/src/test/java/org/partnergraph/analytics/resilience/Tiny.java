package org.partnergraph.analytics.resilience;

import java.util.List;
import org.partnergraph.model.Delivery;
import org.partnergraph.model.Group;
import org.partnergraph.model.GroupTheme;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.IndicatorRole;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Initiative;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Polarity;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Role;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;
import org.partnergraph.model.Theme;

/**
 * A four-partner partnership small enough to work every measure out by hand:
 *
 * <pre>
 * partners  a (local authority), b (NHS), c (voluntary and community sector), d (business)
 * groups    g1: a chair, b, c          g2: c lead, d          g3: d
 * tie       a -> d, Co-exist -> Collaborate
 * themes    t1 (g1, g2, g3 work on it), t2 (no group)
 * objectives o1, o2 under t1; o3 under t2
 * influence a-o1 5/4, b-o1 3/2, c-o2 4/2, d-o3 2/5   (influence/quality)
 * indicators i1 -> o1 lead a, support b;  i2 -> o2 lead c;  i3 -> o3 support d;  i4 -> t2 lead a
 * initiatives n1 led by a;  n2 led by a and by the group g2; both for o1
 * </pre>
 *
 * The partner network: a-b, a-c, b-c (g1), c-d (g2), a-d (the tie); connected, no articulation point.
 */
public final class Tiny {

    private Tiny() {}

    public static PartnershipGraph graph() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.partners.add(partner("a", "local authority"));
        b.partners.add(partner("b", "NHS"));
        b.partners.add(partner("c", "voluntary and community sector"));
        b.partners.add(partner("d", "business"));
        b.groups.add(new Group("g1", "Group One", "board", List.of(), "tiny", null));
        b.groups.add(new Group("g2", "Group Two", "forum", List.of(), "tiny", null));
        b.memberships.add(new Membership("a", "g1", Role.CHAIR, null));
        b.memberships.add(new Membership("b", "g1", Role.MEMBER, null));
        b.memberships.add(new Membership("c", "g1", Role.MEMBER, null));
        b.memberships.add(new Membership("c", "g2", Role.LEAD, null));
        b.memberships.add(new Membership("d", "g2", Role.MEMBER, null));
        b.groups.add(new Group("g3", "Group Three", "network", List.of(), "tiny", null));
        b.memberships.add(new Membership("d", "g3", Role.MEMBER, null));
        b.relationships.add(new Relationship("a", "d", Stage.CO_EXIST, Stage.COLLABORATE, "", "", List.of(), "", null));
        b.themes.add(new Theme("t1", "Theme One", "", "tiny", null));
        b.themes.add(new Theme("t2", "Theme Two", "", "tiny", null));
        b.groupThemes.add(new GroupTheme("g1", "t1", null));
        b.groupThemes.add(new GroupTheme("g2", "t1", null));
        b.groupThemes.add(new GroupTheme("g3", "t1", null));
        b.objectives.add(new Objective("o1", "Objective One", "t1", "tiny", null));
        b.objectives.add(new Objective("o2", "Objective Two", "t1", "tiny", null));
        b.objectives.add(new Objective("o3", "Objective Three", "t2", "tiny", null));
        b.influences.add(influence("a", "o1", 5, 4));
        b.influences.add(influence("b", "o1", 3, 2));
        b.influences.add(influence("c", "o2", 4, 2));
        b.influences.add(influence("d", "o3", 2, 5));
        b.indicators.add(indicator("i1", "o1"));
        b.indicators.add(indicator("i2", "o2"));
        b.indicators.add(indicator("i3", "o3"));
        b.indicators.add(indicator("i4", "t2"));
        b.indicatorLinks.add(new IndicatorLink("a", "i1", IndicatorRole.LEAD, null));
        b.indicatorLinks.add(new IndicatorLink("b", "i1", IndicatorRole.SUPPORT, null));
        b.indicatorLinks.add(new IndicatorLink("c", "i2", IndicatorRole.LEAD, null));
        b.indicatorLinks.add(new IndicatorLink("d", "i3", IndicatorRole.SUPPORT, null));
        b.indicatorLinks.add(new IndicatorLink("a", "i4", IndicatorRole.LEAD, null));
        b.initiatives.add(
                new Initiative("n1", "Initiative One", "programme", "", "", "", "", List.of("o1"), "tiny", null));
        b.initiatives.add(
                new Initiative("n2", "Initiative Two", "programme", "", "", "", "", List.of("o1"), "tiny", null));
        b.deliveries.add(new Delivery("a", "n1", "lead", null));
        b.deliveries.add(new Delivery("a", "n2", "lead", null));
        b.deliveries.add(new Delivery("g2", "n2", "lead", null));
        return b.build();
    }

    private static Partner partner(String id, String type) {
        return new Partner(id, id.toUpperCase(java.util.Locale.ROOT), type, "", "", List.of(), "tiny", null);
    }

    private static Influence influence(String p, String o, int influence, int quality) {
        return new Influence(p, o, Score.of(influence), Score.of(quality), null);
    }

    private static Indicator indicator(String id, String measures) {
        return new Indicator(
                id,
                id.toUpperCase(java.util.Locale.ROOT),
                "Indicator " + id,
                "%",
                Polarity.HIGHER_IS_BETTER,
                List.of(measures),
                "",
                "",
                "",
                "tiny",
                null);
    }
}
