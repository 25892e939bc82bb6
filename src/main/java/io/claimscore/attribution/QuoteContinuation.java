package io.claimscore.attribution;

import io.claimscore.model.Attribution;
import io.claimscore.model.QuoteKind;
import io.claimscore.model.SourceType;
import io.claimscore.model.Span;
import io.claimscore.model.Spans;
import io.claimscore.segment.AnalyzedText;
import io.claimscore.segment.Quote;
import io.claimscore.segment.QuoteFinder;
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
        List<Attribution> out = withinParagraph(doc, found);
        found = List.copyOf(out);
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
            if (touched || lastQuoted == null || b - lastQuotedBlock > 2 || !QuoteFinder.opensWithDouble(text, block)) {
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

    /**
     * The same convention inside a paragraph: ''A,'' he said. ''B.'' — the quoted sentences right after a direct
     * quote's cue sentence, each opening with a quotation mark, mostly quoted and holding no cue of their own,
     * carry on that quote and join its content.
     */
    private static List<Attribution> withinParagraph(AnalyzedText doc, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found.size());
        String text = doc.text();
        List<Span> sentences = doc.sentences();
        int[] cueStarts = found.stream().mapToInt(f -> f.cue().span().start()).sorted().toArray();
        List<Span> paragraphs = doc.layout().blocks().stream().filter(b -> b.kind() == BlockKind.BODY).map(Block::span)
                .toList();
        for (int i = 0; i < found.size(); i++) {
            Attribution a = found.get(i);
            if (a.quote() == QuoteKind.INDIRECT || !speaksInPerson(a)) {
                out.add(a);
                continue;
            }
            Span cue = a.cue().span();
            Span paragraph = paragraphOf(paragraphs, cue.start());
            int s = Spans.firstEndingAfter(sentences, Math.max(cue.end() - 1, a.contentHull().end() - 1));
            List<Span> content = new ArrayList<>(a.content());
            for (int k = s + 1; k < sentences.size() && paragraph != null; k++) {
                Span sentence = sentences.get(k);
                if (!paragraph.contains(sentence) || holdsCue(cueStarts, sentence) || !opensWithDouble(text, sentence)) {
                    break;
                }
                List<Span> quoted = quotesIn(doc, sentence);
                if (quoted.isEmpty() || !coversMostOf(quoted, sentence)) {
                    break;
                }
                content.addAll(quoted);
            }
            out.add(content.size() == a.content().size() ? a
                    : new Attribution(a.source(), a.cue(), content, a.quote(), a.hedges(), a.via()));
        }
        return out;
    }

    private static boolean holdsCue(int[] sortedCueStarts, Span sentence) {
        int at = java.util.Arrays.binarySearch(sortedCueStarts, sentence.start());
        int first = at >= 0 ? at : -at - 1;
        return first < sortedCueStarts.length && sortedCueStarts[first] < sentence.end();
    }

    private static Span paragraphOf(List<Span> paragraphs, int offset) {
        int at = Spans.firstEndingAfter(paragraphs, offset);
        return at < paragraphs.size() && paragraphs.get(at).contains(offset) ? paragraphs.get(at) : null;
    }

    private static boolean opensWithDouble(String text, Span sentence) {
        int at = sentence.start();
        while (at < sentence.end() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at < sentence.end() && QuoteFinder.opensWithDouble(text, new Span(at, sentence.end()));
    }

    private static List<Span> quotesIn(AnalyzedText doc, Span sentence) {
        List<Span> inside = new ArrayList<>();
        List<Quote> quotes = doc.quotes();
        for (int k = Spans.firstEndingAfter(quotes, q -> q.outer().end(), sentence.start()); k < quotes.size()
                && quotes.get(k).outer().start() < sentence.end(); k++) {
            Quote q = quotes.get(k);
            if (!q.nested() && !q.single() && sentence.contains(q.outer())) {
                inside.add(q.outer());
            }
        }
        return inside;
    }

    /** A person, named or by role, quoted in person: whose quote a following quoted paragraph can continue. */
    private static boolean speaksInPerson(Attribution a) {
        SourceType type = a.source().type();
        return !a.source().isImplicit() && (type == SourceType.NAMED_PERSON || type == SourceType.OFFICIAL);
    }

    private static boolean coversMostOf(List<Span> content, Span block) {
        int covered = 0;
        for (Span c : content) {
            covered += c.length();
        }
        return covered >= block.length() * 0.8;
    }
}
