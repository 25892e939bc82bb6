package io.claimscore.bench;

import io.claimscore.pipeline.ArticleInput;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.pipeline.PipelineSettings;
import io.claimscore.report.ScoreReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/**
 * One operation = one article scored by the shared production pipeline, from {@link ArticleInput#ofText} to the
 * report records (no JSON). {@code dev} cycles through all PolNeAR dev articles (each thread on its own cursor), so
 * ops/s is articles/s and articles/s times the mean article size is MB/s; {@code seed} repeats the seed article.
 */
public class PipelineBenchmark {

    @State(Scope.Benchmark)
    public static class Corpus {
        ClaimscorePipeline pipeline;
        ArticleInput[] dev;
        ArticleInput seed;

        @Setup
        public void load() {
            pipeline = ClaimscorePipeline.create(PipelineSettings.DEFAULTS);
            List<String> texts = BenchData.devTexts();
            dev = texts.stream().map(ArticleInput::ofText).toArray(ArticleInput[]::new);
            seed = ArticleInput.ofText(BenchData.seed());
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public ScoreReport dev(Corpus c, Cursor cursor) {
        int i = cursor.next;
        cursor.next = i + 1 == c.dev.length ? 0 : i + 1;
        return c.pipeline.score(c.dev[i]);
    }

    @Benchmark
    public ScoreReport seed(Corpus c) {
        return c.pipeline.score(c.seed);
    }
}
