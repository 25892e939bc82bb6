package io.claimscore.eval;

import io.claimscore.model.Attribution;
import io.claimscore.model.Span;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.pipeline.PipelineSettings;
import io.claimscore.segment.AnalyzedText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Prints the attributions found in a plain-text article, one per line: a developer's tool for error analysis. */
public final class ExplainArticle {

    private ExplainArticle() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ExplainArticle <article.txt>");
            System.exit(2);
        }
        String text = Files.readString(Path.of(args[0]));
        ClaimscorePipeline pipeline = ClaimscorePipeline.create(PipelineSettings.DEFAULTS);
        AnalyzedText doc = pipeline.analyze(text, null);
        for (Attribution a : pipeline.attributionFinder().find(doc)) {
            String content = a.content().stream().map(s -> s.of(text)).collect(Collectors.joining(" … "));
            Span m = a.source().mention();
            System.out.printf("%s [%s] %s (name=%s, role=%s) | cue [%s] %s | %s | hedges %s | via %s%n    %s%n",
                    a.source().type(), m == null ? "-" : m.of(text), m == null ? "" : m.start() + "-" + m.end(),
                    a.source().name(), a.source().role(), a.cue().span().of(text), a.cue().stance(), a.quote(),
                    a.hedges().stream().map(h -> h.of(text)).toList(),
                    a.via().stream().map(v -> v.name()).toList(), content.replace('\n', ' '));
        }
    }
}
