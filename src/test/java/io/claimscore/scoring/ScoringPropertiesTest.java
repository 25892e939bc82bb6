package io.claimscore.scoring;

import io.claimscore.model.QuoteKind;
import io.claimscore.model.SourceType;
import io.claimscore.model.Stance;
import io.claimscore.model.Statement;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The promises the model makes to editors, checked over generated statements and, where the promise holds for any
 * valid tuning, over generated weights too.
 */
class ScoringPropertiesTest {

    private static final CheckWorthiness CW = new CheckWorthiness();
    private static final SourcingScorer DEFAULT = new SourcingScorer(ScoringWeights.DEFAULTS, CW);

    static final List<String> CHECK_WORTHY = List.of(
            "Russia fired 43 missiles at Kyiv overnight.",
            "The strike killed 12 civilians.",
            "Inflation reached 7.5% in October.",
            "The package is worth $61 billion.",
            "It was the largest drone attack of the war.",
            "The blackout was caused by a Russian strike.",
            "The front line will collapse by spring.");
    static final List<String> BACKGROUND = List.of(
            "NATO foreign ministers meet in Brussels.",
            "Russia's invasion of Ukraine is now in its 22nd month.",
            "The talks resumed on 5 December.",
            "Smith spoke to reporters after the meeting.");

    // ---- statement level -------------------------------------------------------------------------------------

    @Property
    void anonymisingANamedSourceNeverRaisesTheScore(@ForAll("weights") ScoringWeights w,
                                                    @ForAll("identifiedClaims") Claim claim) {
        SourcingScorer scorer = new SourcingScorer(w, CW);
        Claim anonymous = claim.source(SourceType.ANONYMOUS, "sources familiar with the matter");
        assertTrue(score(scorer, anonymous) <= score(scorer, claim), () -> claim + " vs " + anonymous);
    }

    @Property
    void addingAHedgeNeverRaisesTheScore(@ForAll("weights") ScoringWeights w, @ForAll("attributedClaims") Claim claim,
                                         @ForAll("hedgeWords") String hedge) {
        SourcingScorer scorer = new SourcingScorer(w, CW);
        assertTrue(score(scorer, claim.hedge(hedge)) <= score(scorer, claim));
    }

    @Property
    void distancingNeverScoresAboveNeutral(@ForAll("weights") ScoringWeights w, @ForAll("attributedClaims") Claim claim) {
        SourcingScorer scorer = new SourcingScorer(w, CW);
        assertTrue(score(scorer, claim.cue("claimed", Stance.DISTANCING)) <= score(scorer, claim.cue("said", Stance.NEUTRAL)));
    }

    @Property
    void directIsAtLeastMixedIsAtLeastIndirect(@ForAll("weights") ScoringWeights w,
                                               @ForAll("attributedClaims") Claim claim) {
        SourcingScorer scorer = new SourcingScorer(w, CW);
        int direct = score(scorer, claim.quote(QuoteKind.DIRECT));
        int mixed = score(scorer, claim.quote(QuoteKind.MIXED));
        int indirect = score(scorer, claim.quote(QuoteKind.INDIRECT));
        assertTrue(direct >= mixed && mixed >= indirect, direct + " " + mixed + " " + indirect);
    }

    /** With the defaults: any named attribution, however hedged or relayed, beats no source for a check-worthy claim. */
    @Property
    void namingASourceForAnUnattributedCheckWorthyClaimRaisesIt(@ForAll("namedCheckWorthyClaims") Claim named) {
        Claim bare = Claim.unattributed(named.claim());
        StatementScore before = score(DEFAULT, bare, 0);
        assertTrue(before.checkWorthy());
        assertTrue(score(DEFAULT, named) > before.score(), () -> named + " " + score(DEFAULT, named, 0));
    }

    @Property
    void scoresAreBoundedAndDeterministic(@ForAll("weights") ScoringWeights w, @ForAll("anyClaims") Claim claim) {
        StatementScore first = score(new SourcingScorer(w, CW), claim, 0);
        StatementScore again = score(new SourcingScorer(w, new CheckWorthiness()), claim, 0);
        assertTrue(first.score() >= 0 && first.score() <= 100, first::toString);
        assertEquals(first, again);
        assertTrue(!first.reasons().isEmpty());
    }

    // ---- article level ---------------------------------------------------------------------------------------

    @Property
    void namedSourcesMakeABetterArticleThanVagueOnes(@ForAll @Size(min = 1, max = 6) List<@From("namedClaims") Claim> named) {
        List<Claim> vague = named.stream().map(c -> c.source(SourceType.VAGUE, "unnamed reports").role(null)).toList();
        assertTrue(article(DEFAULT, named).score() > article(DEFAULT, vague).score());
    }

    /** Attributing more of the check-worthy claims (to named sources) never lowers the article score. */
    @Property
    void articleScoreIsMonotoneInTheShareOfSourcedCheckWorthyClaims(
            @ForAll @Size(min = 1, max = 6) List<@From("namedCheckWorthyClaims") Claim> claims,
            @ForAll @Size(max = 3) List<@From("anyClaims") Claim> context) {
        int previous = -1;
        for (int k = 0; k <= claims.size(); k++) {
            List<Claim> article = new ArrayList<>(context);
            for (int i = 0; i < claims.size(); i++) {
                article.add(i < k ? claims.get(i) : Claim.unattributed(claims.get(i).claim()));
            }
            int score = article(DEFAULT, article).score();
            assertTrue(score >= previous, "k=" + k + ": " + score + " < " + previous);
            previous = score;
        }
    }

    @Property
    void articleScoresAreBoundedAndDeterministic(@ForAll("weights") ScoringWeights w,
                                                @ForAll @Size(max = 8) List<@From("anyClaims") Claim> claims) {
        ArticleScore first = article(new SourcingScorer(w, CW), claims);
        assertTrue(first.score() >= 0 && first.score() <= 100);
        assertEquals(first, article(new SourcingScorer(w, CW), claims));
        assertTrue(!first.verdict().isBlank());
    }

    // ---- helpers and generators ------------------------------------------------------------------------------

    static int score(SourcingScorer scorer, Claim claim) {
        return score(scorer, claim, 0).score();
    }

    static StatementScore score(SourcingScorer scorer, Claim claim, int unused) {
        Article a = Article.of(claim);
        return scorer.scoreStatement(a.only(), a.text());
    }

    static ArticleScore article(SourcingScorer scorer, List<Claim> claims) {
        Article a = Article.of(claims);
        List<StatementScore> scores = new ArrayList<>();
        for (Statement st : a.statements()) {
            scores.add(scorer.scoreStatement(st, a.text()));
        }
        return scorer.scoreArticle(a.statements(), scores);
    }

    @Provide
    Arbitrary<String> hedgeWords() {
        return Arbitraries.of("reportedly", "allegedly", "apparently", "believed to");
    }

    @Provide
    Arbitrary<Claim> attributedClaims() {
        return claims(Arbitraries.of(SourceType.class), Arbitraries.of(concat(CHECK_WORTHY, BACKGROUND)));
    }

    @Provide
    Arbitrary<Claim> identifiedClaims() {
        return claims(Arbitraries.of(SourceType.NAMED_PERSON, SourceType.OFFICIAL, SourceType.ORGANIZATION,
                SourceType.MEDIA, SourceType.DOCUMENT), Arbitraries.of(concat(CHECK_WORTHY, BACKGROUND)));
    }

    /** Named: a person, an organisation, a document or an outlet. */
    @Provide
    Arbitrary<Claim> namedClaims() {
        return claims(named(), Arbitraries.of(concat(CHECK_WORTHY, BACKGROUND)));
    }

    @Provide
    Arbitrary<Claim> namedCheckWorthyClaims() {
        return claims(named(), Arbitraries.of(CHECK_WORTHY));
    }

    @Provide
    Arbitrary<Claim> anyClaims() {
        Arbitrary<Claim> unattributed = Arbitraries.of(concat(CHECK_WORTHY, BACKGROUND)).map(Claim::unattributed);
        return Arbitraries.frequencyOf(Tuple.of(1, unattributed), Tuple.of(3, attributedClaims()));
    }

    @Provide
    Arbitrary<ScoringWeights> weights() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(ScoringWeights.DEFAULTS)), Tuple.of(3, tunedWeights()));
    }

    /** Any tuning the validation accepts: the source ladder and quote order kept, the numbers free. */
    private static Arbitrary<ScoringWeights> tunedWeights() {
        Arbitrary<List<Integer>> bases = Arbitraries.integers().between(0, 100).list().ofSize(8);
        Arbitrary<List<Integer>> unattributed = Arbitraries.integers().between(0, 100).list().ofSize(2);
        Arbitrary<List<Integer>> quotes = Arbitraries.integers().between(-30, 30).list().ofSize(3);
        Arbitrary<List<Integer>> penalties = Arbitraries.integers().between(0, 40).list().ofSize(5);
        Arbitrary<Integer> belief = Arbitraries.integers().between(-30, 30);
        Arbitrary<List<Integer>> article = Arbitraries.integers().between(0, 50).list().ofSize(6);
        return Combinators.combine(bases, unattributed, quotes, penalties, belief, article)
                .as((b, u, q, p, bel, a) -> {
                    List<Integer> sb = b.stream().sorted((x, y) -> y - x).toList();
                    List<Integer> su = u.stream().sorted().toList();
                    List<Integer> sq = q.stream().sorted((x, y) -> y - x).toList();
                    // the author's own view between anonymous and vague (its only constraint: <= anonymous)
                    return new ScoringWeights(sb.get(0), p.get(0), sb.get(1), sb.get(2), sb.get(3), sb.get(4),
                            sb.get(5), sb.get(7), sb.get(6), sq.get(0), sq.get(1), sq.get(2), p.get(1), p.get(2), p.get(3),
                            p.get(4), bel, su.get(0), su.get(1), 1 + a.get(0) % 5, a.get(1), a.get(2), a.get(3) % 10,
                            a.get(4) % 10, a.get(5) % 20);
                });
    }

    private static Arbitrary<SourceType> named() {
        return Arbitraries.of(SourceType.NAMED_PERSON, SourceType.ORGANIZATION, SourceType.DOCUMENT, SourceType.MEDIA);
    }

    private static Arbitrary<Claim> claims(Arbitrary<SourceType> types, Arbitrary<String> texts) {
        Arbitrary<String> roles = Arbitraries.of("the US permanent representative to NATO", "a Kremlin spokesman")
                .injectNull(0.4);
        Arbitrary<Integer> names = Arbitraries.integers().between(1, 4);
        Arbitrary<Stance> stances = Arbitraries.of(Stance.class);
        Arbitrary<List<String>> hedges = Arbitraries.of("reportedly", "allegedly", "apparently").list().ofMaxSize(3);
        Arbitrary<List<String>> via = Arbitraries.of("The Kyiv Independent", "Reuters").list().ofMaxSize(2);
        return Combinators.combine(types, texts, roles, names, Arbitraries.of(QuoteKind.class), stances, hedges, via)
                .as((type, text, role, n, quote, stance, h, v) -> Claim.by(type, nameOf(type, n), text)
                        .role(role).quote(quote).cue(cueOf(stance), stance).hedges(h).via(v));
    }

    private static String nameOf(SourceType type, int n) {
        return switch (type) {
            case NAMED_PERSON -> List.of("Julianne Smith", "Dmytro Kuleba", "Sergey Lavrov", "Jens Stoltenberg").get(n - 1);
            case ORGANIZATION -> List.of("NATO", "the Kremlin", "Ukraine's air force", "the Pentagon").get(n - 1);
            case DOCUMENT -> "report no. " + n;
            case MEDIA -> List.of("Defense Express", "The Kyiv Independent", "Reuters", "TASS").get(n - 1);
            case OFFICIAL -> "a State Department spokesperson";
            case ANONYMOUS -> "a senior official";
            case VAGUE -> "unnamed reports";
            case AUTHOR -> "the author";
        };
    }

    private static String cueOf(Stance stance) {
        return switch (stance) {
            case NEUTRAL -> "said";
            case ASSERTIVE -> "confirmed";
            case DISTANCING -> "claimed";
            case BELIEF -> "believes";
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
