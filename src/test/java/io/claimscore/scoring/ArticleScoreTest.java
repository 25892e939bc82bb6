package io.claimscore.scoring;

import io.claimscore.model.QuoteKind;
import io.claimscore.model.SourceType;
import io.claimscore.model.Statement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Article verdicts an editor would sign. */
class ArticleScoreTest {

    private static final SourcingScorer SCORER = new SourcingScorer(ScoringWeights.DEFAULTS);

    static ArticleScore score(List<Claim> claims) {
        Article a = Article.of(claims);
        List<StatementScore> scores = new ArrayList<>();
        for (Statement st : a.statements()) {
            scores.add(SCORER.scoreStatement(st, a.text()));
        }
        return SCORER.scoreArticle(a.statements(), scores);
    }

    @Test
    void namedSourcesMakeAWellSourcedArticle() {
        ArticleScore s = score(List.of(
                Claim.unattributed("NATO foreign ministers met in Brussels on Tuesday."),
                Claim.by(SourceType.NAMED_PERSON, "Julianne Smith", "\"Russia has lost 300,000 troops.\"")
                        .role("the US permanent representative to NATO").quote(QuoteKind.DIRECT),
                Claim.by(SourceType.DOCUMENT, "a Ukrainian military statement", "31 of 36 drones were shot down."),
                Claim.by(SourceType.NAMED_PERSON, "Dmytro Kuleba", "Ukraine needs more air defence.")
                        .role("Ukraine's foreign minister")));
        assertEquals("Well sourced: most claims are attributed to named sources.", s.verdict());
        assertTrue(s.score() >= 80, s.toString());
        assertEquals("3 of 4 statements are attributed", s.reasons().get(s.reasons().size() - 1));
    }

    @Test
    void anonymousOfficialsAreTheMainIssue() {
        ArticleScore s = score(List.of(
                Claim.by(SourceType.ANONYMOUS, "a senior US official", "the aid package will be delayed."),
                Claim.by(SourceType.ANONYMOUS, "two officials", "the decision was taken last week."),
                Claim.by(SourceType.NAMED_PERSON, "Smith", "the alliance is united.")));
        assertEquals("Most claims rest on anonymous officials.", s.verdict());
        assertTrue(s.reasons().contains("2 of 3 attributed claims rest on anonymous or vague sources (-)"),
                s.reasons().toString());
    }

    @Test
    void unsourcedCheckWorthyClaimsAreTheLargestRisk() {
        ArticleScore s = score(List.of(
                Claim.unattributed("Russia fired 43 missiles overnight."),
                Claim.unattributed("The strike killed 12 civilians."),
                Claim.by(SourceType.NAMED_PERSON, "Smith", "the alliance is united.")));
        assertEquals("Several check-worthy claims have no source.", s.verdict());
        assertEquals(0, s.score(), s.toString()); // (2*10 + 2*10 + 75) / 5 = 23, - 25 unsourced: the docs example
        assertTrue(s.reasons().contains("2 of 2 check-worthy claims have no identifiable source (-)"),
                s.reasons().toString());
    }

    @Test
    void vagueAttributionDoesNotSourceACheckWorthyClaim() {
        ArticleScore s = score(List.of(
                Claim.by(SourceType.VAGUE, "unnamed reports", "300 tanks were destroyed.").hedge("reportedly")));
        assertEquals("One check-worthy claim has no source.", s.verdict());
    }

    @Test
    void backgroundOnlyArticleIsNotBlamedForHavingNoSources() {
        ArticleScore s = score(List.of(
                Claim.unattributed("NATO foreign ministers meet in Brussels."),
                Claim.unattributed("Russia's invasion of Ukraine is now in its 22nd month.")));
        assertEquals(60, s.score());
        assertEquals("No claims are attributed, but none needs a source: the article reads as background.",
                s.verdict());
    }

    @Test
    void emptyArticle() {
        ArticleScore s = SCORER.scoreArticle(List.of(), List.of());
        assertEquals(0, s.score());
        assertEquals("Nothing to score: the article has no statements.", s.verdict());
    }

    @Test
    void reasonsComeLargestEffectFirst() {
        ArticleScore s = score(List.of(
                Claim.unattributed("Russia fired 43 missiles overnight."),
                Claim.by(SourceType.NAMED_PERSON, "Smith", "the alliance is united."),
                Claim.by(SourceType.ORGANIZATION, "NATO", "the alliance is united.")));
        // mean = (2*10 + 75 + 65) / 4 = 40 -> effect -10; unsourced 1/1 -> -25; diversity +2 +3 = +5
        assertEquals(List.of(
                "1 of 1 check-worthy claims has no identifiable source (-)",
                "Claims average 40/100 for sourcing, check-worthy claims weighted more (-)",
                "2 distinct sources of 2 kinds (+)",
                "2 of 3 statements are attributed"), s.reasons());
        assertEquals(20, s.score());
    }
}
