package io.claimscore.bench;

import io.claimscore.pipeline.ArticleInput;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.pipeline.PipelineSettings;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every report (record {@code toString}) for the dev articles, the seed article and a 100,000-char article,
 * one per line: diff the output of two builds to check that a performance patch changes no result.
 *
 * <pre>java -cp target/benchmarks.jar io.claimscore.bench.ReportDump OUT_FILE</pre>
 */
public final class ReportDump {

    private ReportDump() {
    }

    public static void main(String[] args) throws IOException {
        ClaimscorePipeline pipeline = ClaimscorePipeline.create(PipelineSettings.DEFAULTS);
        List<String> dev = BenchData.devTexts();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (String text : dev) {
                out.println(pipeline.score(ArticleInput.ofText(text)));
            }
            out.println(pipeline.score(ArticleInput.ofText(BenchData.seed())));
            out.println(pipeline.score(ArticleInput.ofText(BenchData.ofSize(dev, 100_000))));
        }
    }
}
