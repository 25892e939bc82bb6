package io.claimscore.function;

import io.claimscore.pipeline.Limits;
import io.claimscore.pipeline.PipelineSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The {@code claimscore.*} configuration. Defaults live here (and are repeated with comments in
 * application.properties) so the function works with no configuration at all.
 */
@ConfigMapping(prefix = "claimscore")
public interface ClaimscoreConfig {

    LimitsConfig limits();

    /** Scoring weights; keys and defaults in docs/scoring.md. */
    ScoringConfig scoring();

    /** {@code claimscore.limits.*}: see {@link Limits} for what each bounds. */
    interface LimitsConfig {

        @WithDefault("1000000")
        int maxChars();

        @WithDefault("5000000")
        int maxHtmlChars();

        @WithDefault("20000")
        int maxStatements();

        default Limits toLimits() {
            return new Limits(maxChars(), maxHtmlChars(), maxStatements());
        }
    }

    /** The plain settings the framework-free pipeline takes. */
    default PipelineSettings toSettings() {
        return new PipelineSettings(limits().toLimits(), scoring().toWeights());
    }
}
