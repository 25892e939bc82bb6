package io.claimscore.robustness;

import io.claimscore.error.ClaimscoreException;
import io.claimscore.function.ReportInvariants;
import io.claimscore.pipeline.ArticleInput;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.pipeline.PipelineSettings;
import io.claimscore.report.ScoreReport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared pieces of the robustness tests: one production pipeline per JVM and the outcome rule for hostile input. */
final class Robust {

    private static volatile ClaimscorePipeline pipeline;

    private Robust() {
    }

    /** The production pipeline with default settings (the model loads once per JVM). */
    static ClaimscorePipeline pipeline() {
        ClaimscorePipeline p = pipeline;
        if (p == null) {
            synchronized (Robust.class) {
                p = pipeline;
                if (p == null) {
                    p = ClaimscorePipeline.create(PipelineSettings.DEFAULTS);
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** What a hostile input produced: a report (200) or one of our client errors (4xx). */
    record Outcome(ScoreReport report, ClaimscoreException error) {
    }

    /**
     * Scores {@code input} and checks the one acceptable rule: either a report whose every offset is consistent with
     * the text it refers to, or a {@link ClaimscoreException} that maps to a 4xx with a message that does not echo
     * the article. Anything else (another exception, an error, inconsistent offsets) fails the test.
     */
    static Outcome scoreChecked(ClaimscorePipeline pipeline, ArticleInput input) {
        ScoreReport report;
        try {
            report = pipeline.score(input);
        } catch (ClaimscoreException e) {
            assertTrue(e.httpStatus() >= 400 && e.httpStatus() < 500, e.code() + " -> " + e.httpStatus());
            assertNotNull(e.getMessage(), e.code());
            assertFalse(e.getMessage().isBlank(), e.code());
            assertTrue(e.getMessage().length() < 400, "long error message: " + e.getMessage().length());
            return new Outcome(null, e);
        }
        String reference = input.html() != null ? report.text() : input.text();
        assertNotNull(reference, "html input must return the extracted text");
        ReportInvariants.check(reference, report);
        return new Outcome(report, null);
    }

    static Outcome scoreChecked(ArticleInput input) {
        return scoreChecked(pipeline(), input);
    }

    static ArticleInput text(String text) {
        return ArticleInput.ofText(text);
    }

    static ArticleInput html(String html) {
        return ArticleInput.ofHtml(html);
    }
}
