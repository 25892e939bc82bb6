package io.claimscore.attribution;

import io.claimscore.model.Attribution;
import io.claimscore.model.QuoteKind;
import io.claimscore.model.SourceType;
import io.claimscore.model.Span;
import io.claimscore.segment.AnalyzedText;
import io.claimscore.segment.Quote;
import io.claimscore.text.Block;
import io.claimscore.text.BlockKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Newspaper convention: a paragraph that is a direct quote with no cue of its own continues the quote of the
 * speaker quoted just before ("…," she said. / “We are witnessing …”). Such a paragraph gets an attribution to
 * that speaker, with that speaker's cue, when the last person (named, or an official by role) quoted directly or
 * in part was quoted at most two paragraphs before.
 */
final class QuoteContinuation {

    List<Attribution> extend(AnalyzedText doc, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found);
        List<Block> blocks = doc.layout().blocks().stream().filter(b -> b.kind() == BlockKind.BODY).toList();
        String text = doc.text();
        int next = 0;  // first attribution not before the current block
        Attribution lastQuoted = null;
        int lastQuotedBlock = -10;
        int q = 0;
        for (int b = 0; b < blocks.size(); b++) {
            Span block = blocks.get(b).span();
            boolean touched = false;
            while (next < found.size() && found.get(next).cue().span().start() < block.end()) {
                Attribution a = found.get(next++);
                if (block.contains(a.cue().span().start())) {
                    touched = true;
                    if (a.quote() != QuoteKind.INDIRECT && speaksInPerson(a)) {
                        lastQuoted = a;
                        lastQuotedBlock = b;
                    }
                }
            }
            while (q < doc.quotes().size() && doc.quotes().get(q).outer().end() <= block.start()) {
                q++;
            }
            if (touched || lastQuoted == null || b - lastQuotedBlock > 2 || !opensWithQuote(text, block)) {
                continue;
            }
            List<Span> content = new ArrayList<>();
            for (int k = q; k < doc.quotes().size() && doc.quotes().get(k).outer().start() < block.end(); k++) {
                Quote quote = doc.quotes().get(k);
                if (block.contains(quote.outer()) && (content.isEmpty()
                        || !content.get(content.size() - 1).contains(quote.outer()))) {
                    content.add(quote.outer());
                }
            }
            if (!content.isEmpty() && coversMostOf(content, block)) {
                out.add(new Attribution(lastQuoted.source(), lastQuoted.cue(), content, QuoteKind.DIRECT,
                        List.of(), lastQuoted.via()));
                lastQuotedBlock = b;
            }
        }
        out.sort((x, y) -> x.contentHull().compareTo(y.contentHull()));
        return out;
    }

    /** A person, named or by role, quoted in person: whose quote a following quoted paragraph can continue. */
    private static boolean speaksInPerson(Attribution a) {
        SourceType type = a.source().type();
        return !a.source().isImplicit() && (type == SourceType.NAMED_PERSON || type == SourceType.OFFICIAL);
    }

    private static boolean opensWithQuote(String text, Span block) {
        char c = text.charAt(block.start());
        return c == '“' || c == '"' || c == '«';
    }

    private static boolean coversMostOf(List<Span> content, Span block) {
        int covered = 0;
        for (Span c : content) {
            covered += c.length();
        }
        return covered >= block.length() * 0.8;
    }
}
