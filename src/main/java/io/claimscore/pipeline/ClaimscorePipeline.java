package io.claimscore.pipeline;

import io.claimscore.attribution.AttributionFinder;
import io.claimscore.attribution.AttributionInterpreter;
import io.claimscore.attribution.CueLexicon;
import io.claimscore.attribution.HedgeFinder;
import io.claimscore.attribution.ModelAttributionFinder;
import io.claimscore.attribution.tagger.AttributionTagger;
import io.claimscore.model.Attribution;
import io.claimscore.model.Span;
import io.claimscore.model.Spans;
import io.claimscore.model.Statement;
import io.claimscore.report.ScoreReport;
import io.claimscore.scoring.ArticleScore;
import io.claimscore.scoring.SourcingScorer;
import io.claimscore.scoring.StatementScore;
import io.claimscore.segment.AnalyzedText;
import io.claimscore.source.SourceAnalyzer;
import io.claimscore.source.SourceLexicon;
import io.claimscore.segment.Quote;
import io.claimscore.segment.QuoteFinder;
import io.claimscore.segment.SentenceSplitter;
import io.claimscore.text.Block;
import io.claimscore.text.BlockKind;
import io.claimscore.text.ExtractedArticle;
import io.claimscore.text.HtmlExtractor;
import io.claimscore.text.Layout;
import io.claimscore.text.LayoutAnalyzer;
import io.claimscore.text.Token;
import io.claimscore.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The whole analysis, from an article payload to its credibility breakdown:
 * text → layout (headline, chrome, body) → sentences, tokens, quotes → attributions → statements → scores → report.
 * Immutable and thread-safe once built: build one per process and share it.
 */
public final class ClaimscorePipeline {

    private final InputValidator validator;
    private final HtmlExtractor htmlExtractor = new HtmlExtractor();
    private final LayoutAnalyzer layoutAnalyzer = new LayoutAnalyzer();
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final AttributionFinder attributionFinder;
    private final StatementBuilder statementBuilder = new StatementBuilder();
    private final SourcingScorer scorer;
    private final ReportBuilder reportBuilder = new ReportBuilder();

    public ClaimscorePipeline(PipelineSettings settings, AttributionFinder attributionFinder) {
        this(settings, () -> attributionFinder);
    }

    /** Builds the structural stages and scorer first, then asks for the finder (whose model may still be loading). */
    private ClaimscorePipeline(PipelineSettings settings, Supplier<AttributionFinder> attributionFinder) {
        this.validator = new InputValidator(settings.limits());
        this.scorer = new SourcingScorer(settings.weights());
        this.attributionFinder = attributionFinder.get();
    }

    /**
     * The production pipeline: the default stages and models with the given settings. The attribution model (about
     * half of the start-up work) is read on a thread of its own while the lexicons and stages are built, so on two
     * cores start-up waits for the longer of the two rather than their sum; a missing or corrupt model still fails
     * here, with its own exception.
     */
    public static ClaimscorePipeline create(PipelineSettings settings) {
        CompletableFuture<AttributionTagger> model = CompletableFuture.supplyAsync(AttributionTagger::loadDefault,
                task -> {
                    Thread loader = new Thread(task, "claimscore-model-loader");
                    loader.setDaemon(true);
                    loader.start();
                });
        CueLexicon cues = new CueLexicon();
        AttributionInterpreter interpreter = new AttributionInterpreter(new SourceAnalyzer(new SourceLexicon()), cues,
                new HedgeFinder());
        return new ClaimscorePipeline(settings, () -> new ModelAttributionFinder(loaded(model), cues, interpreter));
    }

    private static AttributionTagger loaded(CompletableFuture<AttributionTagger> model) {
        try {
            return model.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The default stages around another attribution model (evaluation: a model trained on part of a corpus). */
    public static ClaimscorePipeline create(PipelineSettings settings, AttributionTagger tagger) {
        CueLexicon cues = new CueLexicon();
        return new ClaimscorePipeline(settings, new ModelAttributionFinder(tagger, cues,
                new AttributionInterpreter(new SourceAnalyzer(new SourceLexicon()), cues, new HedgeFinder())));
    }

    /**
     * Scores one article.
     *
     * @throws io.claimscore.error.ClaimscoreException when the input breaks the contract or a limit
     */
    public ScoreReport score(ArticleInput input) {
        validator.validate(input);
        boolean html = input.html() != null;
        String text = input.text();
        String title = input.title();
        if (html) {
            ExtractedArticle extracted = htmlExtractor.extract(input.html());
            text = extracted.text();
            validator.validateExtracted(text);
            if (title == null || title.isBlank()) {
                title = extracted.title();
            }
        }
        AnalyzedText doc = analyze(text, title);
        // Statements come from the body only: the headline is not a statement, chrome is not text.
        List<Span> body = doc.layout().body();
        List<Attribution> attributions = attributionFinder.find(doc).stream()
                .filter(a -> Spans.insideOne(body, a.cue().span())).toList();
        List<Span> sentences = doc.sentences().stream().filter(s -> Spans.insideOne(body, s)).toList();
        List<Statement> statements = statementBuilder.build(text, sentences, attributions);
        validator.validateStatementCount(statements.size());
        List<StatementScore> scores = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            scores.add(scorer.scoreStatement(statements.get(i), text, i == 0));
        }
        ArticleScore article = scorer.scoreArticle(statements, scores);
        return reportBuilder.build(text, html, statements, scores, article);
    }

    public AttributionFinder attributionFinder() {
        return attributionFinder;
    }

    /** The structural layers of a text, without attribution: public for evaluation and tools. */
    public AnalyzedText analyze(String text, String title) {
        Layout layout = layoutAnalyzer.analyze(text, title);
        // The headline is analysed too (it may carry an attribution the body repeats); chrome never is.
        List<Span> analysed = layout.blocks().stream().filter(b -> b.kind() != BlockKind.CHROME).map(Block::span)
                .toList();
        List<Span> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Span block : analysed) {
            sentences.addAll(sentenceSplitter.split(text, block));
            tokens.addAll(tokenizer.tokenize(text, block.start(), block.end()));
        }
        List<Quote> quotes = quoteFinder.find(text, analysed);
        return new AnalyzedText(text, layout, sentences, tokens, quotes);
    }
}
