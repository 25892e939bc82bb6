package io.claimscore.scoring;

/**
 * Every weight of the sourcing score. Defaults and rationale: docs/scoring.md.
 * (Initial shape; the scoring-model work owns and extends this record.)
 */
public record ScoringWeights(int unattributedCheckWorthy, int unattributedBackground) {

    public static final ScoringWeights DEFAULTS = new ScoringWeights(20, 60);
}
