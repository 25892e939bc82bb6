package io.claimscore.pipeline;

import io.claimscore.model.Attribution;
import io.claimscore.model.Span;
import io.claimscore.model.Spans;
import io.claimscore.model.Statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups sentences into statements. An attribution claims every sentence its cue and content touch (a quote over
 * three sentences is one statement); a second attribution inside already-claimed sentences becomes a statement of
 * its own extent, so no attribution is dropped. Sentences nobody claims are the article's own, unattributed,
 * statements.
 */
final class StatementBuilder {

    List<Statement> build(String text, List<Span> sentences, List<Attribution> attributions) {
        record Draft(Span span, Attribution attribution) {
        }
        boolean[] claimed = new boolean[sentences.size()];
        List<Draft> drafts = new ArrayList<>();
        for (Attribution a : attributions) {
            Span content = a.contentHull();
            int first = Spans.firstEndingAfter(sentences, content.start());
            int last = first;
            while (last + 1 < sentences.size() && sentences.get(last + 1).start() < content.end()) {
                last++;
            }
            if (first >= sentences.size() || sentences.get(first).start() >= content.end()) {
                drafts.add(new Draft(extent(a, content, content), a));
                continue;
            }
            // The cue and the source join the statement when they sit in the content's sentences or right next
            // to them ("…," she said.); a continued quote keeps its speaker's cue paragraphs away, and stays apart.
            int[] range = {first, last};
            widen(text, sentences, a.cue().span(), content, range);
            if (a.source().mention() != null) {
                widen(text, sentences, a.source().mention(), content, range);
            }
            boolean free = true;
            for (int i = range[0]; i <= range[1]; i++) {
                free &= !claimed[i];
            }
            Span hull = sentences.get(range[0]).union(sentences.get(range[1]));
            if (free) {
                for (int i = range[0]; i <= range[1]; i++) {
                    claimed[i] = true;
                }
                drafts.add(new Draft(hull, a));
            } else {
                for (int i = range[0]; i <= range[1]; i++) {
                    claimed[i] = true;  // sentences of this content are not the article's own voice either
                }
                drafts.add(new Draft(extent(a, content, hull), a));
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (!claimed[i]) {
                drafts.add(new Draft(sentences.get(i), null));
            }
        }
        drafts.sort(Comparator.comparing(Draft::span));
        List<Statement> statements = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            statements.add(new Statement("s" + (statements.size() + 1), d.span(), d.attribution()));
        }
        return statements;
    }

    /**
     * Extends the sentence range by the sentence holding {@code span}, when that sentence is adjacent to it and no
     * line break separates the span from the content (a continued quote's cue is paragraphs away).
     */
    private static void widen(String text, List<Span> sentences, Span span, Span content, int[] range) {
        int gapStart = Math.min(span.end(), content.end());
        int gapEnd = Math.max(span.start(), content.start());
        if (gapStart < gapEnd && text.substring(gapStart, gapEnd).indexOf('\n') >= 0) {
            return;
        }
        int i = Spans.indexContaining(sentences, span.start());
        if (i >= range[0] - 1 && i <= range[1] + 1 && i >= 0) {
            range[0] = Math.min(range[0], i);
            range[1] = Math.max(range[1], i);
        }
    }

    /** The attribution's own words inside {@code within}: content, plus cue and source where they fall in it. */
    private static Span extent(Attribution a, Span content, Span within) {
        Span extent = content;
        if (within.contains(a.cue().span())) {
            extent = extent.union(a.cue().span());
        }
        Span mention = a.source().mention();
        if (mention != null && within.contains(mention)) {
            extent = extent.union(mention);
        }
        return extent;
    }
}
