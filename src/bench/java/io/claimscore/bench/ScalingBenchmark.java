package io.claimscore.bench;

import io.claimscore.pipeline.ArticleInput;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.pipeline.PipelineSettings;
import io.claimscore.report.ScoreReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One article of {@code chars} UTF-16 units (≈ bytes), built by concatenating dev texts: time per article by size.
 * Linear code shows time ×10 per size ×10; quadratic shows ×100. 1,000,000 is the default max-chars limit.
 */
@State(Scope.Benchmark)
public class ScalingBenchmark {

    @Param({"1000", "10000", "100000", "1000000"})
    public int chars;

    ClaimscorePipeline pipeline;
    ArticleInput article;

    @Setup
    public void load() {
        pipeline = ClaimscorePipeline.create(PipelineSettings.DEFAULTS);
        article = ArticleInput.ofText(BenchData.ofSize(BenchData.devTexts(), chars));
    }

    @Benchmark
    public ScoreReport score() {
        return pipeline.score(article);
    }
}
