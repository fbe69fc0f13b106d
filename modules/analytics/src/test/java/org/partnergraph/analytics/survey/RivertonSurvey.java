package org.partnergraph.analytics.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A MADE-UP survey for the tests and docs/scoring-survey.md: four invented organisations of an invented
 * town, Riverton. It is not any real partnership's survey.
 *
 * <p>Ratings are in the order reliability, mission, openness, power, involvement, resources.
 */
final class RivertonSurvey {

    static final String CNL = "Riverton Council";
    static final String HLT = "Riverton Health";
    static final String VOL = "Riverton Volunteers";
    static final String SPT = "Riverton Sports Club";

    static final String INFO = "information sharing";
    static final String JOINT = "joint delivery";
    static final String RESOURCES = "shared resources";

    private RivertonSurvey() {}

    static Survey wave1() {
        return Survey.of("2025 (made up)", LocalDate.of(2025, 3, 1), wave1Ties());
    }

    /** Wave 1 plus two new ties: Health -> Sports Club and Sports Club -> Volunteers. */
    static Survey wave2() {
        List<SurveyTie> ties = new ArrayList<>(wave1Ties());
        ties.add(tie(HLT, SPT, Set.of(JOINT), 3, 3, 3, 2, 2, 2));
        ties.add(tie(SPT, VOL, Set.of(JOINT), 3, 3, 3, 2, 3, 2));
        return new Survey("2026 (made up)", LocalDate.of(2026, 3, 1), wave1().organisations(), ties);
    }

    private static List<SurveyTie> wave1Ties() {
        return List.of(
                tie(VOL, CNL, Set.of(INFO, JOINT), 4, 3, 4, 4, 3, 4),
                tie(HLT, CNL, Set.of(INFO), 3, 3, 2, 4, 2, 3),
                tie(SPT, CNL, Set.of(INFO, RESOURCES), 2, 4, 3, 3, 3, 1),
                tie(CNL, VOL, Set.of(INFO, JOINT), 3, 4, 4, 2, 3, 2),
                tie(CNL, HLT, Set.of(INFO), 4, 2, 3, 3, 2, 4),
                tie(VOL, SPT, Set.of(JOINT), 2, 2, 1, 1, 2, 1));
    }

    static SurveyTie tie(String from, String to, Set<String> kinds, int... r) {
        Map<Dimension, Integer> ratings = new EnumMap<>(Dimension.class);
        Dimension[] d = Dimension.values();
        for (int i = 0; i < r.length; i++) {
            ratings.put(d[i], r[i]);
        }
        return new SurveyTie(from, to, kinds, ratings);
    }
}
