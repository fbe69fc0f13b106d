package org.partnergraph.analytics.influence;

import java.util.List;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;
import org.partnergraph.model.Theme;

/**
 * The CSP strategic outcome table of 001_d8b1239257a95d12.txt (HSP Stakeholder Engagement Plan),
 * Objectives 1, 2 and 4 as written (Objective 4 with its continuation row), and four rows of the
 * stakeholder engagement tracker; ids as in graphs/hertfordshire.
 */
final class OutcomeTable {

    static final Provenance TABLE = Provenance.of("001_d8b1239257a95d12.txt: CSP strategic outcome table");
    static final Provenance TRACKER = Provenance.of("001_d8b1239257a95d12.txt: Stakeholder engagement tracker");
    static final String HERTS = "hertfordshire";

    private OutcomeTable() {}

    static PartnershipGraph graph() {
        return builder().build();
    }

    static PartnershipGraph.Builder builder() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        b.themes.add(new Theme("csp", "CSP strategic outcomes", "", HERTS, TABLE));
        b.themes.add(new Theme("health", "Health", "", HERTS, TABLE));
        b.objectives.add(new Objective("obj-1", "Objective 1 - sporting opportunities", "csp", HERTS, TABLE));
        b.objectives.add(
                new Objective("obj-2", "Objective 2 - active and healthier Hertfordshire", "health", HERTS, TABLE));
        b.objectives.add(new Objective("obj-4", "Objective 4 - low participation groups", "health", HERTS, TABLE));
        rate(b, "obj-1", "local-authorities", "Local Authorities", "5", "5");
        rate(b, "obj-1", "national-governing-bodies", "National Governing Bodies", "4", "4");
        rate(b, "obj-1", "sports-development-officers", "Sports Development Officers", "4", "5");
        rate(b, "obj-1", "community-sport-networks", "Community Sport Networks", "4", "3 / 4");
        rate(b, "obj-1", "coaching-agencies", "Coaching Agencies", "4", "3");
        rate(b, "obj-1", "schools", "Schools", "3", "3");
        rate(b, "obj-1", "parks-managers-group", "Parks Managers Group", "3", "3");
        rate(b, "obj-2", "public-health", "Public Health", "5", "5");
        rate(b, "obj-2", "national-health-service", "National Health Service", "5", "3");
        rate(b, "obj-2", "local-authorities", "Local Authorities", "5", "5");
        rate(b, "obj-2", "voluntary-and-community-sector", "Voluntary and Community Sector", "5", "3");
        rate(b, "obj-4", "public-health", "Public Health", "5", "5");
        rate(b, "obj-4", "national-health-service", "National Health Service", "5", "3");
        rate(b, "obj-4", "english-federation-disability-sport", "English Federation Disability Sport", "5", "5");
        rate(b, "obj-4", "voluntary-and-community-sector", "Voluntary and Community Sector", "5", "3");
        rate(b, "obj-4", "local-authorities", "Local Authorities", "5", "5");
        rate(b, "obj-4", "delivery-agencies", "Delivery Agencies", "5", "3/4");
        partner(b, "hsp", "Herts Sports Partnership");
        partner(b, "childrens-services", "Children's Services");
        partner(b, "hertfordshire-lifestyle-and-legacy-partnership", "Lifestyle and Legacy Partnership");
        partner(b, "hertfordshire-county-council", "Herts County Council");
        track(b, "hertfordshire-lifestyle-and-legacy-partnership", Stage.CO_EXIST, Stage.COLLABORATE);
        track(b, "childrens-services", Stage.COOPERATE, Stage.COLLABORATE);
        track(b, "community-sport-networks", Stage.CO_EXIST, Stage.COLLABORATE);
        track(b, "hertfordshire-county-council", null, null);
        return b;
    }

    static Partner partner(PartnershipGraph.Builder b, String id, String name) {
        return partner(b, id, name, HERTS);
    }

    static Partner partner(PartnershipGraph.Builder b, String id, String name, String partnership) {
        for (Partner p : b.partners) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        Partner p = new Partner(id, name, "", "", "", List.of(), partnership, TABLE);
        b.partners.add(p);
        return p;
    }

    static void rate(
            PartnershipGraph.Builder b, String objective, String id, String name, String influence, String quality) {
        partner(b, id, name);
        b.influences.add(new Influence(id, objective, Score.parse(influence), Score.parse(quality), TABLE));
    }

    static void track(PartnershipGraph.Builder b, String to, Stage now, Stage wanted) {
        b.relationships.add(new Relationship("hsp", to, now, wanted, "", "", List.of(), "", TRACKER));
    }
}
