package io.claimscore.scoring;

/**
 * The one sentence an editor reads first: the article's main sourcing issue, or that there is none.
 * Issues are checked from the largest sourcing risk down: unsourced check-worthy claims, then dependence on
 * anonymous or vague sources, then second-hand reporting, then a single source.
 */
final class Verdict {

    private Verdict() {
    }

    static String of(ArticleProfile p, int score, double unsourcedPenalty, double weakPenalty) {
        if (p.statements() == 0) {
            return "Nothing to score: the article has no statements.";
        }
        boolean mostlyWeak = p.attributed() > 0 && p.weakShare() >= 0.5;
        if (p.unsourcedCheckWorthy() > 0 && (!mostlyWeak || unsourcedPenalty >= weakPenalty)) {
            return p.unsourcedCheckWorthy() == 1 ? "One check-worthy claim has no source."
                    : "Several check-worthy claims have no source.";
        }
        if (mostlyWeak) {
            return 2 * p.anonymousOfficials() >= p.weakAttributed() ? "Most claims rest on anonymous officials."
                    : "Most claims rest on anonymous or vague sources.";
        }
        if (p.attributed() > 0 && 2 * p.secondHand() >= p.attributed()) {
            return "Most claims are second-hand, relayed from other reports.";
        }
        if (p.attributed() == 0) {
            return "No claims are attributed, but none needs a source: the article reads as background.";
        }
        if (p.distinctSources() == 1 && p.attributed() >= 3) {
            return "Every attributed claim rests on a single source.";
        }
        if (2 * p.namedAttributed() > p.attributed() && score >= 60) {
            return "Well sourced: most claims are attributed to named sources.";
        }
        return score >= 60 ? "Adequately sourced, without a single dominant issue."
                : "Thinly sourced: many attributions are unnamed, paraphrased or hedged.";
    }
}
