package io.claimscore.function;

import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.report.ScoreReport;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;

/**
 * The {@code score} function: Funqy HTTP serves it as {@code POST /score}. Deliberately thin: request checks that
 * are about HTTP/JSON live in {@link RequestGate}, article validation and the analysis in the pipeline, and error
 * rendering in {@link ErrorMapper}.
 */
public class ScoreFunction {

    private final ClaimscorePipeline pipeline;

    @Inject
    public ScoreFunction(ClaimscorePipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Funq("score")
    public ScoreReport score(ScoreRequest request) {
        // A null request (empty body or JSON null) is the pipeline's "missing_body" error, same as any binding.
        return pipeline.score(request == null ? null : request.toArticleInput());
    }
}
