package io.claimscore.eval;

import io.claimscore.model.Attribution;
import io.claimscore.model.Span;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.pipeline.PipelineSettings;
import io.claimscore.segment.AnalyzedText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints the attributions found in plain-text articles: a developer's tool for error analysis.
 *
 * <p>{@code ExplainArticle <article.txt>} prints one readable line per attribution. {@code ExplainArticle --tsv
 * <article.txt>...} prints one tab-separated row per attribution of every article (file, source type, source
 * mention, linked name, role, cue, mention start, first 80 characters of the content), for comparing two builds
 * with {@code tools/link_review.py}.
 */
public final class ExplainArticle {

    private ExplainArticle() {
    }

    public static void main(String[] args) throws IOException {
        boolean tsv = args.length > 1 && args[0].equals("--tsv");
        if (args.length != 1 && !tsv) {
            System.err.println("usage: ExplainArticle <article.txt> | ExplainArticle --tsv <article.txt>...");
            System.exit(2);
        }
        ClaimscorePipeline pipeline = ClaimscorePipeline.create(PipelineSettings.DEFAULTS);
        List<String> files = tsv ? Arrays.asList(args).subList(1, args.length) : List.of(args[0]);
        for (String file : files) {
            String text = Files.readString(Path.of(file));
            AnalyzedText doc = pipeline.analyze(text, null);
            for (Attribution a : pipeline.attributionFinder().find(doc)) {
                System.out.println(tsv ? row(Path.of(file).getFileName().toString(), text, a) : line(text, a));
            }
        }
    }

    private static String line(String text, Attribution a) {
        String content = a.content().stream().map(s -> s.of(text)).collect(Collectors.joining(" … "));
        Span m = a.source().mention();
        return String.format("%s [%s] %s (name=%s, role=%s) | cue [%s] %s | %s | hedges %s | via %s%n    %s",
                a.source().type(), m == null ? "-" : m.of(text), m == null ? "" : m.start() + "-" + m.end(),
                a.source().name(), a.source().role(), a.cue().span().of(text), a.cue().stance(), a.quote(),
                a.hedges().stream().map(h -> h.of(text)).toList(),
                a.via().stream().map(v -> v.name()).toList(), content.replace('\n', ' '));
    }

    private static String row(String file, String text, Attribution a) {
        String content = a.content().stream().map(s -> s.of(text)).collect(Collectors.joining(" … "));
        Span m = a.source().mention();
        return String.join("\t", file, a.source().type().name(), m == null ? "-" : flat(m.of(text)),
                flat(a.source().name()), flat(String.valueOf(a.source().role())), flat(a.cue().span().of(text)),
                String.valueOf(m == null ? -1 : m.start()), flat(content.substring(0, Math.min(80, content.length()))));
    }

    /** One line, no tabs: a field of the TSV. */
    private static String flat(String s) {
        return s.replaceAll("[\\t\\r\\n\\u2028\\u2029\\u0085]", " ");
    }
}
