package org.partnergraph.analytics.overlap;

import java.util.List;
import java.util.Random;
import org.partnergraph.model.Group;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Role;

/** Graphs of groups and members built in code for the overlap tests. */
final class Memberships {

    private Memberships() {}

    /** Each row is a group id followed by its members' ids; partners are listed in first-seen order. */
    static PartnershipGraph.Builder builder(String[][] groupsAndMembers) {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        for (String[] row : groupsAndMembers) {
            b.groups.add(new Group(row[0], row[0], "", List.of(), "t", Provenance.NONE));
            for (int i = 1; i < row.length; i++) {
                String p = row[i];
                if (b.partners.stream().noneMatch(x -> x.id().equals(p))) {
                    b.partners.add(new Partner(p, p, "", "", "", List.of(), "t", Provenance.NONE));
                }
                b.memberships.add(new Membership(p, row[0], Role.MEMBER, Provenance.NONE));
            }
        }
        return b;
    }

    static PartnershipGraph graph(String[][] groupsAndMembers) {
        return builder(groupsAndMembers).build();
    }

    /**
     * Random memberships: {@code memberships} draws of a partner (uniform) and a group (skewed, so
     * some groups are large), repeats included, as a real tracker may list a partner twice.
     */
    static PartnershipGraph random(long seed, int groups, int partners, int memberships) {
        Random random = new Random(seed);
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        for (int g = 0; g < groups; g++) {
            b.groups.add(new Group("g" + g, "Group " + g, "", List.of(), "t", Provenance.NONE));
        }
        for (int p = 0; p < partners; p++) {
            b.partners.add(new Partner("p" + p, "Partner " + p, "", "", "", List.of(), "t", Provenance.NONE));
        }
        for (int i = 0; i < memberships; i++) {
            double u = random.nextDouble();
            int g = (int) (groups * u * u);
            b.memberships.add(new Membership("p" + random.nextInt(partners), "g" + g, Role.MEMBER, Provenance.NONE));
        }
        return b.build();
    }
}
