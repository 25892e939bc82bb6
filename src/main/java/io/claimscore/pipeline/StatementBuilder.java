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

    List<Statement> build(List<Span> sentences, List<Attribution> attributions) {
        record Draft(Span span, Attribution attribution) {
        }
        boolean[] claimed = new boolean[sentences.size()];
        List<Draft> drafts = new ArrayList<>();
        for (Attribution a : attributions) {
            Span extent = extent(a);
            int first = -1;
            int last = -1;
            boolean free = true;
            for (int i = Spans.firstEndingAfter(sentences, extent.start()); i < sentences.size(); i++) {
                Span s = sentences.get(i);
                if (s.start() >= extent.end()) {
                    break;
                }
                if (first < 0) {
                    first = i;
                }
                last = i;
                free &= !claimed[i];
            }
            if (first >= 0 && free) {
                for (int i = first; i <= last; i++) {
                    claimed[i] = true;
                }
                drafts.add(new Draft(sentences.get(first).union(sentences.get(last)), a));
            } else {
                drafts.add(new Draft(extent, a));
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

    /** The smallest span holding the attribution's cue, content and (when it has one) source mention. */
    static Span extent(Attribution a) {
        Span extent = a.cue().span().union(a.contentHull());
        if (a.source().mention() != null) {
            extent = extent.union(a.source().mention());
        }
        return extent;
    }
}
