package io.claimscore.scoring;

import io.claimscore.model.QuoteKind;
import io.claimscore.model.SourceType;
import io.claimscore.model.Stance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an editor would expect of single statements, with the default weights. */
class SourcingScorerTest {

    private static final SourcingScorer SCORER = new SourcingScorer(ScoringWeights.DEFAULTS);

    private static final Claim SMITH = Claim.by(SourceType.NAMED_PERSON, "Julianne Smith",
                    "\"Russia has lost more than 300,000 troops.\"")
            .role("the US permanent representative to NATO").quote(QuoteKind.DIRECT);

    static StatementScore score(Claim claim) {
        Article a = Article.of(claim);
        return SCORER.scoreStatement(a.only(), a.text());
    }

    @Test
    void namedDirectQuoteWithRoleLeadsWithTheSourceReason() {
        StatementScore s = score(SMITH);
        assertEquals(95, s.score()); // 75 named + 10 role + 10 direct
        assertTrue(s.checkWorthy());
        assertEquals(List.of(
                "Named source with a role: Julianne Smith, the US permanent representative to NATO (+)",
                "Direct quote (+)"), s.reasons());
    }

    @Test
    void namedDirectQuoteBeatsReportsEmerged() {
        Claim reportsEmerged = Claim.by(SourceType.VAGUE, "unnamed reports", "Russia has lost 300,000 troops.")
                .cue("reports emerged that", Stance.NEUTRAL);
        StatementScore vague = score(reportsEmerged);
        assertTrue(score(SMITH).score() > vague.score());
        assertEquals(20, vague.score());
        assertEquals("Vague attribution, no identifiable source: unnamed reports (-)", vague.reasons().get(0));
    }

    @Test
    void namedDirectQuoteBeatsReportedly() {
        // Bare "reportedly": an implicit vague source, hedged by the same word.
        Claim reportedly = Claim.by(SourceType.VAGUE, "unnamed reports", "Russia has lost 300,000 troops.")
                .hedge("reportedly");
        StatementScore s = score(reportedly);
        assertTrue(score(SMITH).score() > s.score());
        assertEquals(12, s.score()); // 20 vague - 8 hedge
        assertTrue(s.reasons().contains("Hedged with \"reportedly\" (-)"), s.reasons().toString());
    }

    @Test
    void unattributedLedeWithANumberIsCheckWorthyAndScoresLow() {
        StatementScore s = score(Claim.unattributed(
                "Russian forces fired 43 missiles at Ukrainian cities overnight."));
        assertTrue(s.checkWorthy());
        assertEquals(10, s.score());
        assertEquals(List.of("No source given for a check-worthy claim: a number (-)"), s.reasons());
    }

    @Test
    void unattributedAccusationWithNumberNamesBothSignals() {
        StatementScore s = score(Claim.unattributed("The strike killed 12 civilians in Kharkiv."));
        assertEquals("No source given for a check-worthy claim: a number and an accusation of wrongdoing (-)",
                s.reasons().get(0));
    }

    /**
     * Decision (docs/scoring.md, "Time references"): the number here is a duration, not a measurement. The sentence
     * is background a reader can take on trust, so it is not check-worthy and needs no source.
     */
    @Test
    void invasionInItsTwentySecondMonthIsBackground() {
        StatementScore s = score(Claim.unattributed("Russia's invasion of Ukraine is now in its 22nd month."));
        assertFalse(s.checkWorthy());
        assertEquals(60, s.score());
        assertEquals(List.of("No source given; reads as background (its numbers are dates or durations) (+)"),
                s.reasons());
    }

    @Test
    void backgroundWithoutNumbersNeedsNoSource() {
        StatementScore s = score(Claim.unattributed("NATO foreign ministers meet in Brussels."));
        assertFalse(s.checkWorthy());
        assertEquals(60, s.score());
    }

    @Test
    void distancingVerbIsNamedAsAReason() {
        StatementScore s = score(Claim.by(SourceType.NAMED_PERSON, "Lavrov", "the West provoked the war.")
                .cue("claimed", Stance.DISTANCING));
        assertEquals(65, s.score()); // 75 - 10
        assertEquals(List.of("Named source, but no role given: Lavrov (+)",
                "Distancing or loaded verb \"claimed\" signals doubt (-)"), s.reasons());
        assertTrue(s.checkWorthy(), "a causal accusation");
    }

    @Test
    void beliefIsAnOpinionNotACheckWorthyFact() {
        StatementScore s = score(Claim.by(SourceType.NAMED_PERSON, "Smith", "the alliance will stay united.")
                .cue("hopes", Stance.BELIEF));
        assertFalse(s.checkWorthy(), "a hope is not a prediction stated as fact");
        assertEquals(70, s.score());
        assertTrue(s.reasons().contains("Reported belief or intention (\"hopes\"), not a factual claim (-)"));
    }

    @Test
    void secondHandAnonymousOfficialReadsAsAChainOfWeakLinks() {
        StatementScore s = score(Claim.by(SourceType.ANONYMOUS, "a senior official", "the depot was destroyed.")
                .via("The Kyiv Independent").hedge("reportedly").hedge("allegedly").hedge("apparently"));
        // 30 anonymous - 15 second-hand - 16 (three hedges, capped at two) = -1 -> 0
        assertEquals(0, s.score());
        assertEquals(List.of("Anonymous source: a senior official (-)",
                "Hedged with \"reportedly\", \"allegedly\", \"apparently\" (-)",
                "Second-hand: relayed via The Kyiv Independent (-)"), s.reasons());
    }

    @Test
    void mediaSitsBetweenDocumentsAndUnnamedOfficials() {
        int media = score(Claim.by(SourceType.MEDIA, "Defense Express", "the tanks were destroyed.")).score();
        int document = score(Claim.by(SourceType.DOCUMENT, "a military statement", "the tanks were destroyed."))
                .score();
        int official = score(Claim.by(SourceType.OFFICIAL, "a spokesperson", "the tanks were destroyed.")).score();
        assertTrue(document > media && media > official, document + " > " + media + " > " + official);
    }
}
