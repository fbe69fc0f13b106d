package org.partnergraph.sheets.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.partnergraph.model.Partner;

/**
 * Matches names in a sheet to existing partners by their names and aliases. Both are
 * {@link NameNormaliser normalised}; equal normal forms are a sure match (unless two partners share
 * one); otherwise names are ranked by the higher of Jaro-Winkler similarity (commons-text) and the
 * Dice overlap of their word sets. A best candidate at {@link #SURE} or above with a lead of
 * {@link #MARGIN} over the next is taken; anything from {@link #ASK} up is asked; below that the name is
 * new. Never creates anything itself: {@link MatchDecisions} does, and only when told to.
 */
public final class PartnerMatcher {

    public static final double SURE = 0.95;
    public static final double MARGIN = 0.05;
    public static final double ASK = 0.75;
    public static final int MAX_CANDIDATES = 3;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private record Known(String partnerId, String partnerName, String spelling, String normal, Set<String> words) {}

    private final List<Known> known = new ArrayList<>();

    public PartnerMatcher(List<Partner> partners) {
        for (Partner p : partners) {
            add(p, p.name());
            p.aliases().forEach(a -> add(p, a));
        }
    }

    private void add(Partner p, String spelling) {
        List<String> words = NameNormaliser.words(spelling);
        known.add(new Known(p.id(), p.name(), spelling, String.join(" ", words), new HashSet<>(words)));
    }

    public PartnerMatch match(String name) {
        List<String> words = NameNormaliser.words(name);
        String normal = String.join(" ", words);
        Set<String> wordSet = new HashSet<>(words);
        Map<String, PartnerCandidate> best = new LinkedHashMap<>();
        for (Known k : known) {
            double score = k.normal.equals(normal)
                    ? 1.0
                    : Math.max(JARO_WINKLER.apply(normal, k.normal), dice(wordSet, k.words));
            PartnerCandidate c = new PartnerCandidate(k.partnerId, k.partnerName, k.spelling, score);
            best.merge(k.partnerId, c, (a, b) -> b.score() > a.score() ? b : a);
        }
        List<PartnerCandidate> ranked = best.values().stream()
                .sorted(Comparator.comparingDouble(PartnerCandidate::score).reversed())
                .filter(c -> c.score() >= ASK)
                .limit(MAX_CANDIDATES)
                .toList();
        if (ranked.isEmpty()) {
            return new PartnerMatch(name, PartnerMatch.Outcome.NONE, List.of());
        }
        double first = ranked.get(0).score();
        double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        boolean sure = first == 1.0 ? second < 1.0 : first >= SURE && first - second >= MARGIN;
        return new PartnerMatch(name, sure ? PartnerMatch.Outcome.SURE : PartnerMatch.Outcome.ASK, ranked);
    }

    /** Twice the shared words over the words of both: 1 for the same set, 0 for none shared. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
