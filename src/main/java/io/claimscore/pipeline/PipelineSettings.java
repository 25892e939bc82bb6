package io.claimscore.pipeline;

import io.claimscore.scoring.ScoringWeights;

/** Everything configurable about the pipeline, as plain values (the Quarkus binding fills it from config). */
public record PipelineSettings(Limits limits, ScoringWeights weights) {

    public static final PipelineSettings DEFAULTS = new PipelineSettings(Limits.DEFAULTS, ScoringWeights.DEFAULTS);
}
