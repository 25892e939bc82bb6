package io.claimscore.scoring;

import io.claimscore.model.Attribution;
import io.claimscore.model.Stance;
import io.claimscore.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Scores how well each statement, and the article, is sourced (0–100, deterministic). The model and the meaning
 * of every weight: docs/scoring.md. This class only orchestrates: each signal is a small class of its own.
 * Immutable and thread-safe.
 */
public final class SourcingScorer {

    private final ScoringWeights weights;
    private final SourceSpecificity specificity;
    private final Directness directness;
    private final Qualifiers qualifiers;
    private final CheckWorthiness checkWorthiness;

    public SourcingScorer(ScoringWeights weights) {
        this(weights, new CheckWorthiness());
    }

    /** With a shared CheckWorthiness, so tests and tools need not reload its lexicons. */
    public SourcingScorer(ScoringWeights weights, CheckWorthiness checkWorthiness) {
        this.weights = weights;
        this.specificity = new SourceSpecificity(weights);
        this.directness = new Directness(weights);
        this.qualifiers = new Qualifiers(weights);
        this.checkWorthiness = checkWorthiness;
    }

    /**
     * Statement score = source level (+ role) + directness + hedges + stance, bounded 0–100; an unattributed
     * statement scores {@code unattributedCheckWorthy} or {@code unattributedBackground} depending on its text.
     */
    public StatementScore scoreStatement(Statement statement, String text) {
        return scoreStatement(statement, text, false);
    }

    /**
     * As {@link #scoreStatement(Statement, String)}; {@code lede} marks the article's opening statement, which
     * carries the story's main claim and is check-worthy whatever its wording.
     */
    public StatementScore scoreStatement(Statement statement, String text, boolean lede) {
        Attribution a = statement.attribution();
        if (a == null) {
            CheckWorthiness.Assessment claim = checkWorthiness.assess(statement.span().of(text));
            if (lede) {
                claim = claim.with(CheckWorthiness.Signal.LEDE);
            }
            Factor f = claim.checkWorthy()
                    ? Factor.level(weights.unattributedCheckWorthy(),
                            "No source given for a check-worthy claim: " + claim.describe())
                    : Factor.level(weights.unattributedBackground(), claim.hasTimeReference()
                            ? "No source given; reads as background (its numbers are dates or durations)"
                            : "No source given; reads as background that needs none");
            return new StatementScore(Factor.total(List.of(f)), claim.checkWorthy(), List.of(f.marked()));
        }
        List<Factor> factors = new ArrayList<>(5);
        factors.add(specificity.factor(a.source()));
        factors.addAll(directness.factors(a));
        factors.addAll(qualifiers.factors(a, text));
        // A reported belief or intention is an opinion, not a factual claim: there is nothing to fact-check.
        boolean checkWorthy = a.cue().stance() != Stance.BELIEF && checkWorthiness.assess(content(a, text)).checkWorthy();
        return new StatementScore(Factor.total(factors), checkWorthy, Factor.reasons(factors));
    }

    /**
     * Article score = weighted mean of statement scores (check-worthy ones count {@code checkWorthyWeight} times)
     * − unsourced check-worthy share × its penalty − anonymous/vague share × its penalty + source diversity,
     * bounded 0–100.
     */
    public ArticleScore scoreArticle(List<Statement> statements, List<StatementScore> scores) {
        ArticleProfile p = ArticleProfile.of(statements, scores, weights.checkWorthyWeight());
        if (p.statements() == 0) {
            return new ArticleScore(0, Verdict.of(p, 0, 0, 0), List.of());
        }
        double unsourcedPenalty = weights.unsourcedCheckWorthyPenalty() * p.unsourcedCheckWorthyShare();
        double weakPenalty = weights.anonymousDependencePenalty() * p.weakShare();
        int diversity = Math.min(weights.diversityCap(),
                weights.distinctSourceBonus() * Math.max(0, p.distinctSources() - 1)
                        + weights.sourceTypeBonus() * Math.max(0, p.sourceTypes() - 1));
        int score = Factor.clamp(Math.round(p.weightedMean() - unsourcedPenalty - weakPenalty + diversity));

        List<Factor> factors = new ArrayList<>(4);
        factors.add(Factor.level((int) Math.round(p.weightedMean()), "Claims average "
                + Math.round(p.weightedMean()) + "/100 for sourcing"
                + (weights.checkWorthyWeight() > 1 && p.checkWorthy() > 0 ? ", check-worthy claims weighted more" : "")));
        if (p.unsourcedCheckWorthy() > 0) {
            factors.add(Factor.adjustment(-(int) Math.round(unsourcedPenalty), p.unsourcedCheckWorthy()
                    + " of " + p.checkWorthy() + " check-worthy claims " + (p.unsourcedCheckWorthy() == 1 ? "has" : "have")
                    + " no identifiable source"));
        }
        if (p.weakAttributed() > 0) {
            factors.add(Factor.adjustment(-(int) Math.round(weakPenalty), p.weakAttributed() + " of "
                    + p.attributed() + " attributed claims " + (p.weakAttributed() == 1 ? "rests" : "rest")
                    + " on anonymous or vague sources"));
        }
        if (diversity > 0) {
            factors.add(Factor.adjustment(diversity, p.distinctSources() + " distinct sources of "
                    + p.sourceTypes() + " kinds"));
        }
        List<String> reasons = new ArrayList<>(Factor.reasons(factors));
        // Context, not an effect: background sentences need no source, so the attributed share alone moves nothing.
        reasons.add(p.attributed() + " of " + p.statements() + " statements are attributed");
        return new ArticleScore(score, Verdict.of(p, score, unsourcedPenalty, weakPenalty), reasons);
    }

    /** The attributed words themselves (not the "she said" around them), which is what a fact-checker checks. */
    private static String content(Attribution a, String text) {
        return a.content().stream().map(s -> s.of(text)).collect(Collectors.joining(" "));
    }
}
