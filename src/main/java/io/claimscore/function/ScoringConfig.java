package io.claimscore.function;

/** Placeholder for the scoring weights configuration group; the scoring work replaces this file. */
public interface ScoringConfig {

    default io.claimscore.scoring.ScoringWeights toWeights() {
        return io.claimscore.scoring.ScoringWeights.DEFAULTS;
    }
}
