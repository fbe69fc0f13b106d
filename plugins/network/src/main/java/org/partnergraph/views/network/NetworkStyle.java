package org.partnergraph.views.network;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnergraph.analytics.network.GroupPosition;
import org.partnergraph.analytics.network.NetworkPosition;
import org.partnergraph.analytics.network.PartnerPosition;
import org.partnergraph.analytics.trajectory.TrajectoryStatus;
import org.partnergraph.plugin.support.PartnerTypeColours;

/**
 * What a node looks like: its score (the size), its colour (by partner type from the shared
 * {@link PartnerTypeColours}, by community, or by the status of the indicators it leads), its
 * radius; and the legend that says so. Pure functions of the model and the scores.
 */
final class NetworkStyle {

    enum SizeBy {
        DEGREE("Degree"),
        PAGERANK("PageRank"),
        BETWEENNESS("Betweenness"),
        EIGENVECTOR("Eigenvector");

        final String label;

        SizeBy(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    enum ColourBy {
        TYPE("Partner type"),
        COMMUNITY("Community"),
        STATUS("Indicator status");

        final String label;

        ColourBy(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Okabe and Ito's colour-blind-safe qualitative colours (2008), black left out: the 7 largest communities. */
    static final Color[] COMMUNITY = {
        new Color(0xE69F00),
        new Color(0x56B4E9),
        new Color(0x009E73),
        new Color(0xF0E442),
        new Color(0x0072B2),
        new Color(0xD55E00),
        new Color(0xCC79A7)
    };

    static final Color OTHER = PartnerTypeColours.OTHER;
    static final Color GROUP = new Color(0x66, 0x76, 0x8C);
    static final Color THEME = new Color(0x7B, 0x3F, 0xA0);
    static final Color INITIATIVE = new Color(0x2E, 0x8B, 0x57);

    private NetworkStyle() {}

    /**
     * Each node's score: a partner's or a group's position score; for a body that is both a partner
     * and a group (one node), the larger of its two, so a partnership with members but no membership
     * of its own is sized by its members (issue 16, item 9); other nodes, their degree.
     */
    static double[] scores(NetworkModel model, NetworkPosition position, SizeBy by) {
        double[] scores = new double[model.size()];
        for (int i = 0; i < scores.length; i++) {
            String id = model.ids[i];
            double asGroup = position.group(id).map(g -> groupScore(g, by)).orElse(0.0);
            scores[i] = switch (model.kinds[i]) {
                case PARTNER -> {
                    double asPartner =
                            position.of(id).map(p -> partnerScore(p, by)).orElse(0.0);
                    yield model.alsoGroup.contains(id) ? Math.max(asPartner, asGroup) : asPartner;
                }
                case GROUP -> asGroup;
                default -> model.neighbours[i].length;
            };
        }
        return scores;
    }

    static Color[] colours(NetworkModel model, ColourBy by, int[] community) {
        Color[] colours = new Color[model.size()];
        for (int i = 0; i < colours.length; i++) {
            Color status = model.leadStatus[i] == null ? OTHER : statusColour(model.leadStatus[i]);
            colours[i] = switch (by) {
                case COMMUNITY ->
                    model.kinds[i] == NetworkModel.Kind.PARTNER || model.kinds[i] == NetworkModel.Kind.GROUP
                            ? communityColour(community[i])
                            : OTHER;
                case STATUS ->
                    model.kinds[i] == NetworkModel.Kind.PARTNER || model.kinds[i] == NetworkModel.Kind.INDICATOR
                            ? status
                            : kindColour(model.kinds[i], status);
                case TYPE ->
                    model.kinds[i] == NetworkModel.Kind.PARTNER
                            ? PartnerTypeColours.of(model.types[i])
                            : kindColour(model.kinds[i], status);
            };
        }
        return colours;
    }

    private static Color kindColour(NetworkModel.Kind kind, Color status) {
        return switch (kind) {
            case PARTNER -> OTHER;
            case GROUP -> GROUP;
            case THEME -> THEME;
            case INDICATOR -> status;
            case INITIATIVE -> INITIATIVE;
        };
    }

    static Color communityColour(int community) {
        return community >= 0 && community < COMMUNITY.length ? COMMUNITY[community] : OTHER;
    }

    static Color statusColour(TrajectoryStatus s) {
        return switch (s) {
            case OFF_TRACK -> new Color(0xD6, 0x45, 0x45);
            case AT_RISK -> new Color(0xE8, 0x9B, 0x1A);
            case ON_TRACK -> new Color(0x2E, 0x9E, 0x5B);
            case NO_DATA -> new Color(0x7A, 0x86, 0x99);
            case NO_TARGET -> new Color(0xC4, 0xCA, 0xD3);
        };
    }

    private static double partnerScore(PartnerPosition p, SizeBy by) {
        return switch (by) {
            case DEGREE -> p.degree();
            case PAGERANK -> p.pageRank();
            case BETWEENNESS -> p.betweenness();
            case EIGENVECTOR -> p.eigenvector();
        };
    }

    private static double groupScore(GroupPosition g, SizeBy by) {
        return switch (by) {
            case DEGREE -> g.degree();
            case PAGERANK -> g.pageRank();
            case BETWEENNESS -> g.betweenness();
            case EIGENVECTOR -> g.eigenvector();
        };
    }

    /** Node radius in pixels: 4 to 18 by the square root of the score's share of the largest. */
    static double[] radii(NetworkModel model, double[] scores) {
        double max = 0;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] r = new double[model.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = switch (model.kinds[i]) {
                case THEME, INDICATOR -> 7;
                case INITIATIVE -> 5;
                default -> 4 + 14 * Math.sqrt(max <= 0 ? 0 : scores[i] / max);
            };
        }
        return r;
    }

    /** The legend of the colours shown: the types, communities or statuses present, then the shapes. */
    static List<NetworkLegend.Entry> legend(NetworkModel model, ColourBy by, int[] community, boolean[] shown) {
        List<NetworkLegend.Entry> out = new ArrayList<>();
        out.add(NetworkLegend.Entry.heading("Colour: " + by));
        switch (by) {
            case TYPE -> typeEntries(model, shown, out);
            case COMMUNITY -> communityEntries(model, community, shown, out);
            case STATUS -> {
                for (TrajectoryStatus s : TrajectoryStatus.values()) {
                    out.add(NetworkLegend.Entry.of(s.label(), statusColour(s), NetworkModel.Kind.PARTNER));
                }
                out.add(NetworkLegend.Entry.of("leads no indicator", OTHER, NetworkModel.Kind.PARTNER));
            }
        }
        out.add(NetworkLegend.Entry.heading("Shapes"));
        Map<NetworkModel.Kind, Integer> kinds = new LinkedHashMap<>();
        for (int i = 0; i < model.size(); i++) {
            if (shown[i]) {
                kinds.merge(model.kinds[i], 1, Integer::sum);
            }
        }
        kinds.forEach((kind, n) -> out.add(NetworkLegend.Entry.of(
                kind.name().toLowerCase(java.util.Locale.ROOT) + " (" + n + ")",
                by == ColourBy.TYPE && kind == NetworkModel.Kind.PARTNER ? OTHER : kindColour(kind, OTHER),
                kind)));
        return out;
    }

    private static void typeEntries(NetworkModel model, boolean[] shown, List<NetworkLegend.Entry> out) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (String type : PartnerTypeColours.VOCABULARY) {
            count.put(type, 0);
        }
        int other = 0;
        for (int i = 0; i < model.size(); i++) {
            if (shown[i] && model.kinds[i] == NetworkModel.Kind.PARTNER) {
                if (PartnerTypeColours.known(model.types[i])) {
                    count.merge(canonical(model.types[i]), 1, Integer::sum);
                } else {
                    other++;
                }
            }
        }
        count.forEach((type, n) -> {
            if (n > 0) {
                out.add(NetworkLegend.Entry.of(
                        type + " (" + n + ")", PartnerTypeColours.of(type), NetworkModel.Kind.PARTNER));
            }
        });
        if (other > 0) {
            out.add(NetworkLegend.Entry.of("other types (" + other + ")", OTHER, NetworkModel.Kind.PARTNER));
        }
    }

    private static String canonical(String type) {
        for (String t : PartnerTypeColours.VOCABULARY) {
            if (t.equalsIgnoreCase(type.strip())) {
                return t;
            }
        }
        return type;
    }

    private static void communityEntries(
            NetworkModel model, int[] community, boolean[] shown, List<NetworkLegend.Entry> out) {
        int[] count = new int[COMMUNITY.length + 1];
        for (int i = 0; i < model.size(); i++) {
            if (shown[i] && model.kinds[i] == NetworkModel.Kind.PARTNER) {
                int c = community[i];
                count[c >= 0 && c < COMMUNITY.length ? c : COMMUNITY.length]++;
            }
        }
        for (int c = 0; c < COMMUNITY.length; c++) {
            if (count[c] > 0) {
                out.add(NetworkLegend.Entry.of(
                        "community " + (c + 1) + " (" + count[c] + " partners)",
                        COMMUNITY[c],
                        NetworkModel.Kind.PARTNER));
            }
        }
        if (count[COMMUNITY.length] > 0) {
            out.add(NetworkLegend.Entry.of(
                    "smaller or none (" + count[COMMUNITY.length] + ")", OTHER, NetworkModel.Kind.PARTNER));
        }
    }
}
