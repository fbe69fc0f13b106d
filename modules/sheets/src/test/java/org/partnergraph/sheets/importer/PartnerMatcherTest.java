package org.partnergraph.sheets.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.Partner;
import org.partnergraph.sheets.SamplesAccess;

class PartnerMatcherTest {

    private static List<Partner> partners;
    private static PartnerMatcher matcher;

    @BeforeAll
    static void hertfordshire() throws Exception {
        partners = BundleReader.read(SamplesAccess.hertfordshire()).graph().partners();
        matcher = new PartnerMatcher(partners);
    }

    @Test
    void normalisingSpellsOutAbbreviationsAndDropsPunctuation() {
        assertThat(NameNormaliser.normalise("Herts CC")).isEqualTo("hertfordshire county council");
        assertThat(NameNormaliser.normalise("  The Herts Association of Town & Parish Councils."))
                .isEqualTo("hertfordshire association of town and parish councils");
        assertThat(NameNormaliser.normalise("Children’s Services"))
                .isEqualTo(NameNormaliser.normalise("Childrens Services"));
    }

    @Test
    void jaroWinklerFromCommonsTextGivesThePublishedValues() {
        // Winkler (1990) and the commons-text documentation: MARTHA/MARHTA 0.961, DIXON/DICKSONX 0.813.
        JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
        assertThat(jw.apply("MARTHA", "MARHTA")).isCloseTo(0.9611, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(jw.apply("DIXON", "DICKSONX")).isCloseTo(0.8133, org.assertj.core.api.Assertions.within(1e-4));
    }

    @Test
    void otherSpellingsOfHertfordshirePartnersMatchTheExistingNodes() {
        assertThat(matcher.match("Herts CC").sureId()).isEqualTo("hertfordshire:hertfordshire-county-council");
        assertThat(matcher.match("Public Health Herts").sureId())
                .isEqualTo("hertfordshire:public-health-hertfordshire");
        assertThat(matcher.match("Sport England").sureId()).isEqualTo("hertfordshire:sport-england");
        assertThat(matcher.match("sport england ").sureId()).isEqualTo("hertfordshire:sport-england");
    }

    @Test
    void anAmbiguousNameIsAskedWithItsCandidatesSideBySide() {
        PartnerMatch m = matcher.match("NHS Trust");
        assertThat(m.outcome()).isEqualTo(PartnerMatch.Outcome.ASK);
        assertThat(m.candidates())
                .extracting(PartnerCandidate::partnerId)
                .hasSizeGreaterThan(1)
                .startsWith("hertfordshire:nhs-health-trust");
        assertThat(matcher.match("Riverton Rowing Club").outcome()).isEqualTo(PartnerMatch.Outcome.NONE);
    }

    @Test
    void decisionsTakeSureMatchesAskTheRestAndCreateNothingUnconfirmed() {
        List<PartnerMatch> matches = List.of(
                matcher.match("Herts CC"),
                matcher.match("Public Health Herts"),
                matcher.match("Sport England"),
                matcher.match("NHS Trust"));

        MatchDecisions.Resolution asked =
                MatchDecisions.resolve(matches, Map.of(), NewPartners.CREATE, partners, "hertfordshire", "sheet.xlsx");
        assertThat(asked.created()).isEmpty();
        assertThat(asked.complete()).isFalse();
        assertThat(asked.questions()).singleElement().satisfies(q -> assertThat(q)
                .startsWith("'NHS Trust' could be ")
                .contains("NHS Health Trust [hertfordshire:nhs-health-trust] (0.")
                .contains(" or National Health Service [hertfordshire:national-health-service]"));
        // The sheet's spellings become aliases where they are new: "Herts CC" (HCC has "Herts County Council").
        assertThat(asked.aliases().get("hertfordshire:hertfordshire-county-council"))
                .containsExactly("Herts CC");
        assertThat(asked.aliases()).doesNotContainKey("hertfordshire:sport-england");

        MatchDecisions.Resolution answered = MatchDecisions.resolve(
                matches,
                Map.of("NHS Trust", "hertfordshire:nhs-health-trust"),
                NewPartners.REFUSE,
                partners,
                "hertfordshire",
                "sheet.xlsx");
        assertThat(answered.complete()).isTrue();
        assertThat(answered.created()).isEmpty();
        assertThat(answered.partnerIds()).containsEntry("NHS Trust", "hertfordshire:nhs-health-trust");
    }

    @Test
    void newPartnersOnlyWhenConfirmedAndNeverTwiceForOneOrganisation() {
        List<PartnerMatch> matches =
                List.of(matcher.match("Riverton Rowing Club"), matcher.match("riverton rowing club."));
        assertThat(MatchDecisions.resolve(matches, Map.of(), NewPartners.ASK, partners, "hertfordshire", "s")
                        .questions())
                .hasSize(2);
        assertThat(MatchDecisions.resolve(matches, Map.of(), NewPartners.REFUSE, partners, "hertfordshire", "s")
                        .problems())
                .first()
                .isEqualTo("'Riverton Rowing Club' matches no partner, and new partners are refused");
        MatchDecisions.Resolution created =
                MatchDecisions.resolve(matches, Map.of(), NewPartners.CREATE, partners, "hertfordshire", "s");
        assertThat(created.created()).singleElement().satisfies(p -> assertThat(p.id())
                .isEqualTo("hertfordshire:riverton-rowing-club"));
        assertThat(created.partnerIds().values()).containsOnly("hertfordshire:riverton-rowing-club");
    }
}
