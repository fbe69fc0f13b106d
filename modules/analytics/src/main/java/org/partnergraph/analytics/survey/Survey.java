package org.partnergraph.analytics.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One wave of a partnership survey: its name and date, the organisations in the network (respondents
 * and those named) and the ties the respondents reported.
 */
public record Survey(String wave, LocalDate date, List<String> organisations, List<SurveyTie> ties) {

    public Survey {
        organisations = List.copyOf(organisations);
        ties = List.copyOf(ties);
        Set<String> known = new HashSet<>(organisations);
        Set<String> pairs = new HashSet<>();
        for (SurveyTie t : ties) {
            if (!known.contains(t.from()) || !known.contains(t.to())) {
                throw new IllegalArgumentException(
                        "the tie " + t.from() + " -> " + t.to() + " names an organisation not in the survey");
            }
            if (!pairs.add(t.from() + "\u0000" + t.to())) {
                throw new IllegalArgumentException(t.from() + " names " + t.to() + " twice");
            }
        }
    }

    /** A survey whose organisations are everyone who answered or was named, in order of appearance. */
    public static Survey of(String wave, LocalDate date, List<SurveyTie> ties) {
        Set<String> orgs = new LinkedHashSet<>();
        for (SurveyTie t : ties) {
            orgs.add(t.from());
            orgs.add(t.to());
        }
        return new Survey(wave, date, new ArrayList<>(orgs), ties);
    }

    /** The tie kinds named anywhere, sorted. */
    public List<String> kinds() {
        return ties.stream()
                .flatMap(t -> t.kinds().stream())
                .distinct()
                .sorted()
                .toList();
    }

    /** This wave with only the ties of one kind (the organisations stay, so figures compare). */
    public Survey ofKind(String kind) {
        return new Survey(
                wave,
                date,
                organisations,
                ties.stream().filter(t -> t.kinds().contains(kind)).toList());
    }
}
