package io.claimscore.eval;

import io.claimscore.attribution.AttributionFinder;
import io.claimscore.model.Attribution;
import io.claimscore.model.Span;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.pipeline.PipelineSettings;
import io.claimscore.segment.AnalyzedText;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the product's attribution finder over a PolNeAR split and writes predictions in the format of the corpus'
 * scorer ({@code eval.py score --pred}): one JSON line per article, offsets converted to code points.
 * <pre>
 * java -cp ... io.claimscore.eval.PredictPolnear ../shared/polnear dev target/polnear/dev.jsonl
 * python3 ../shared/polnear/eval.py score --repo ../shared/polnear --split dev --pred target/polnear/dev.jsonl
 * </pre>
 */
public final class PredictPolnear {

    private PredictPolnear() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PredictPolnear <polnear-dir> <split> <predictions-out.jsonl>");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        List<CorpusArticle> articles = new PolnearCorpus(Path.of(args[0])).read(args[1]);
        int n = write(articles, Path.of(args[2]));
        System.err.printf("[predict] %d articles, %d attributions -> %s in %.2f s%n", articles.size(), n, args[2],
                (System.nanoTime() - t0) / 1e9);
    }

    /** Writes the predictions; returns the number of attributions. */
    public static int write(List<CorpusArticle> articles, Path out) throws IOException {
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return write(ClaimscorePipeline.create(PipelineSettings.DEFAULTS), articles, w);
        }
    }

    /** Writes one prediction line per article with the given pipeline; returns the number of attributions. */
    static int write(ClaimscorePipeline pipeline, List<CorpusArticle> articles, Writer w) throws IOException {
        AttributionFinder finder = pipeline.attributionFinder();
        int count = 0;
        for (CorpusArticle article : articles) {
            AnalyzedText doc = pipeline.analyze(article.text(), null);
            List<Attribution> found = finder.find(doc);
            count += found.size();
            StringBuilder line = new StringBuilder(256).append("{\"file\": ").append(jsonString(article.name()))
                    .append(", \"attributions\": [");
            for (int i = 0; i < found.size(); i++) {
                Attribution a = found.get(i);
                line.append(i == 0 ? "" : ", ").append("{\"source\": ");
                spans(line, article.text(), a.source().mention() == null ? List.of() : List.of(a.source().mention()));
                line.append(", \"cue\": ");
                spans(line, article.text(), List.of(a.cue().span()));
                line.append(", \"content\": ");
                spans(line, article.text(), a.content());
                line.append('}');
            }
            w.write(line.append("]}\n").toString());
        }
        return count;
    }

    private static void spans(StringBuilder out, String text, List<Span> spans) {
        out.append('[');
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            out.append(i == 0 ? "" : ", ").append('[').append(text.codePointCount(0, s.start())).append(", ")
                    .append(text.codePointCount(0, s.end())).append(']');
        }
        out.append(']');
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
