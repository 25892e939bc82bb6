package io.claimscore.pipeline;

import io.claimscore.model.Attribution;
import io.claimscore.model.QuoteKind;
import io.claimscore.model.Source;
import io.claimscore.model.SourceType;
import io.claimscore.model.Span;
import io.claimscore.model.Statement;
import io.claimscore.report.AttributionView;
import io.claimscore.report.CueRef;
import io.claimscore.report.OffsetRange;
import io.claimscore.report.ScoreReport;
import io.claimscore.report.SourceRef;
import io.claimscore.report.SourceView;
import io.claimscore.report.StatementView;
import io.claimscore.report.SummaryView;
import io.claimscore.report.TextRef;
import io.claimscore.scoring.ArticleScore;
import io.claimscore.scoring.StatementScore;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the analysis into the response contract: spans become offsets with their text, enums become names. */
final class ReportBuilder {

    ScoreReport build(String text, boolean echoText, List<Statement> statements, List<StatementScore> scores,
                      ArticleScore article) {
        List<StatementView> views = new ArrayList<>(statements.size());
        Map<SourceType, Integer> byType = new EnumMap<>(SourceType.class);
        Map<String, SourceAccumulator> sources = new LinkedHashMap<>();
        int attributed = 0;
        int direct = 0;
        int anonymous = 0;
        int hedged = 0;
        for (int i = 0; i < statements.size(); i++) {
            Statement st = statements.get(i);
            StatementScore score = scores.get(i);
            Attribution a = st.attribution();
            AttributionView av = null;
            if (a != null) {
                attributed++;
                direct += a.quote() == QuoteKind.DIRECT ? 1 : 0;
                anonymous += a.source().type() == SourceType.ANONYMOUS ? 1 : 0;
                hedged += a.hedges().isEmpty() ? 0 : 1;
                byType.merge(a.source().type(), 1, Integer::sum);
                sources.computeIfAbsent(key(a.source()), k -> new SourceAccumulator(a.source()))
                        .add(a.source().mention(), st.id());
                for (Source via : a.via()) {
                    sources.computeIfAbsent(key(via), k -> new SourceAccumulator(via)).add(via.mention(), st.id());
                }
                av = attributionView(text, a);
            }
            views.add(new StatementView(st.id(), st.span().start(), st.span().end(), st.span().of(text),
                    a != null, score.checkWorthy(), score.score(), score.reasons(), av));
        }
        Map<String, Integer> bySourceType = new LinkedHashMap<>();
        byType.forEach((type, count) -> bySourceType.put(type.name(), count));
        SummaryView summary = new SummaryView(article.score(), statements.size(), attributed,
                statements.size() - attributed, direct, anonymous, hedged, bySourceType, article.verdict(),
                article.reasons());
        List<SourceView> sourceViews = sources.values().stream().map(SourceAccumulator::view).toList();
        return new ScoreReport(echoText ? text : null, summary, views, sourceViews);
    }

    private static AttributionView attributionView(String text, Attribution a) {
        List<OffsetRange> content = a.content().stream().map(s -> new OffsetRange(s.start(), s.end())).toList();
        List<TextRef> hedges = a.hedges().stream().map(s -> new TextRef(s.of(text), s.start(), s.end())).toList();
        List<SourceRef> via = a.via().stream().map(s -> sourceRef(text, s)).toList();
        Span cue = a.cue().span();
        return new AttributionView(sourceRef(text, a.source()),
                new CueRef(cue.of(text), cue.start(), cue.end(), a.cue().stance().name()),
                content, a.quote().name(), hedges, via);
    }

    private static SourceRef sourceRef(String text, Source s) {
        Span m = s.mention();
        return m == null ? new SourceRef(null, null, null, s.type().name(), s.name())
                : new SourceRef(m.of(text), m.start(), m.end(), s.type().name(), s.name());
    }

    private static String key(Source s) {
        return s.type() + "|" + s.name().toLowerCase(Locale.ROOT);
    }

    /** Collects one distinct source's mentions and statements. */
    private static final class SourceAccumulator {
        private final Source first;
        private String role;
        private final List<OffsetRange> mentions = new ArrayList<>();
        private final java.util.Set<Integer> mentionStarts = new java.util.HashSet<>();
        private final java.util.LinkedHashSet<String> statements = new java.util.LinkedHashSet<>();

        SourceAccumulator(Source first) {
            this.first = first;
            this.role = first.role();
        }

        void add(Span mention, String statementId) {
            if (mention != null && mentionStarts.add(mention.start())) {
                mentions.add(new OffsetRange(mention.start(), mention.end()));
            }
            statements.add(statementId);
        }

        SourceView view() {
            return new SourceView(first.name(), first.type().name(), role, List.copyOf(mentions), List.copyOf(statements));
        }
    }
}
