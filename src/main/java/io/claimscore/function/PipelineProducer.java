package io.claimscore.function;

import io.claimscore.pipeline.ClaimscorePipeline;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Builds the one pipeline of the process from configuration. The pipeline is immutable and thread-safe, so a
 * single instance serves every request; {@code @Startup} builds it at boot so a bad limit or a missing lexicon
 * fails the start rather than the first request.
 */
public class PipelineProducer {

    @Produces
    @Singleton
    @Startup
    ClaimscorePipeline pipeline(ClaimscoreConfig config) {
        return ClaimscorePipeline.create(config.toSettings());
    }
}
