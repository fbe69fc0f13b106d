package org.partnergraph.sheets.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnergraph.model.Partner;
import org.partnergraph.model.Provenance;

/**
 * Turns matches and the user's answers into partner ids: sure matches are taken, asked ones need an
 * answer (an existing partner's id, or {@link #NEW}), and new partners are made only when the answer or
 * the {@link NewPartners} policy says so. Names of one new organisation spelled alike become one partner,
 * so an import never makes a silent duplicate. A sheet's spelling that differs from the partner's name
 * and aliases becomes an alias.
 */
public final class MatchDecisions {

    /** The answer that makes a new partner of an asked name. */
    public static final String NEW = "new";

    /**
     * What the decisions come to: the partner each name stands for, what to create and what is still open.
     *
     * @param partnerIds the partner id each sheet name stands for
     * @param created new partners to add
     * @param aliases existing partner id to the sheet spellings to add as its aliases
     * @param questions asked names still unanswered, one sentence each; nothing may be imported while any remain
     * @param problems names refused (policy refuse), one sentence each
     */
    public record Resolution(
            Map<String, String> partnerIds,
            List<Partner> created,
            Map<String, List<String>> aliases,
            List<String> questions,
            List<String> problems) {

        public boolean complete() {
            return questions.isEmpty() && problems.isEmpty();
        }
    }

    private MatchDecisions() {}

    public static Resolution resolve(
            List<PartnerMatch> matches,
            Map<String, String> answers,
            NewPartners policy,
            List<Partner> existing,
            String partnership,
            String source) {
        Map<String, Partner> byId = new LinkedHashMap<>();
        existing.forEach(p -> byId.put(p.id(), p));
        Set<String> ids = new HashSet<>(byId.keySet());
        Map<String, String> partnerIds = new LinkedHashMap<>();
        Map<String, Partner> createdByNormal = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        List<String> questions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PartnerMatch m : matches) {
            String answer = answers.get(m.name());
            String id = null;
            boolean makeNew = false;
            if (answer != null && answer.equalsIgnoreCase(NEW)) {
                makeNew = true;
            } else if (answer != null) {
                if (!byId.containsKey(answer)) {
                    problems.add("'" + m.name() + "': the answer '" + answer + "' is no existing partner's id");
                    continue;
                }
                id = answer;
            } else if (m.outcome() == PartnerMatch.Outcome.SURE) {
                id = m.sureId();
            } else if (m.outcome() == PartnerMatch.Outcome.ASK) {
                questions.add(question(m));
                continue;
            } else if (policy == NewPartners.CREATE) {
                makeNew = true;
            } else if (policy == NewPartners.REFUSE) {
                problems.add("'" + m.name() + "' matches no partner, and new partners are refused");
                continue;
            } else {
                questions.add("'" + m.name() + "' matches no partner: create it (answer " + NEW + ")?");
                continue;
            }
            if (makeNew) {
                String normal = NameNormaliser.normalise(m.name());
                Partner p = createdByNormal.get(normal);
                if (p == null) {
                    p = newPartner(m.name(), ids, partnership, source);
                    createdByNormal.put(normal, p);
                }
                partnerIds.put(m.name(), p.id());
                continue;
            }
            partnerIds.put(m.name(), id);
            addAlias(aliases, byId.get(id), m.name());
        }
        return new Resolution(partnerIds, List.copyOf(createdByNormal.values()), aliases, questions, problems);
    }

    private static String question(PartnerMatch m) {
        return "'" + m.name() + "' could be "
                + m.candidates().stream()
                        .map(c -> c.name() + " [" + c.partnerId() + "] ("
                                + String.format(Locale.ROOT, "%.2f", c.score()) + ")")
                        .collect(Collectors.joining(" or "))
                + ", or a new partner: answer with the id or " + NEW;
    }

    /** The sheet's spelling becomes an alias of {@code p}, once, unless it already is its name or one. */
    private static void addAlias(Map<String, List<String>> aliases, Partner p, String name) {
        if (!spelledAs(p, name)) {
            List<String> list = aliases.computeIfAbsent(p.id(), k -> new ArrayList<>());
            if (list.stream().noneMatch(a -> a.equalsIgnoreCase(name.strip()))) {
                list.add(name.strip());
            }
        }
    }

    private static boolean spelledAs(Partner p, String name) {
        String n = name.strip();
        return p.name().equalsIgnoreCase(n) || p.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(n));
    }

    private static Partner newPartner(String name, Set<String> ids, String partnership, String source) {
        String slug = NameNormaliser.normalise(name).replace(' ', '-');
        if (slug.isEmpty()) {
            slug = "partner";
        }
        String id = partnership + ":" + slug;
        for (int i = 2; ids.contains(id); i++) {
            id = partnership + ":" + slug + "-" + i;
        }
        ids.add(id);
        return new Partner(
                id,
                name.strip(),
                "",
                "",
                "",
                List.of(),
                partnership,
                new Provenance(source, false, "created by an import"));
    }
}
