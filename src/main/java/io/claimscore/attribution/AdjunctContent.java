package io.claimscore.attribution;

import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.attribution.tagger.TaggedAttribution;
import io.claimscore.model.Span;
import io.claimscore.model.Spans;
import io.claimscore.segment.Quote;
import io.claimscore.source.SourceAnalyzer;
import io.claimscore.text.Chars;

import java.util.List;
import java.util.Set;

/**
 * "Washington warned on Tuesday this week, reflecting the changing dynamics of the war": a participle after the
 * comma that closes a cue's clause describes the speaking ("Biden said, clutching the lectern"), it is not what
 * was said. When the role tagger makes such a clause the whole content (unquoted, opening with a lower-case "-ing"
 * word, after nothing but a time), the attribution has no content, and like any cue without content it is
 * dropped. Rare either way: in 5-fold cross-validation on PolNeAR train the tagger gave 6 contents that open
 * with a participle after a comma, most of them wrong, and 7 of the 19,832 gold attributions have one, where an
 * object or an adverb stands between ("wrote to Lynch, urging …", "responded first, ripping into …").
 */
final class AdjunctContent {

    /** "-ing" words that open a prepositional phrase or a pronoun, not a participle clause. */
    private static final Set<String> NOT_PARTICIPLES = Set.of("during", "according", "including", "regarding",
            "concerning", "following", "notwithstanding", "pending", "something", "nothing", "anything",
            "everything", "morning", "evening", "thing", "king", "spring", "string", "building", "meeting", "hearing",
            "ceiling", "ring", "wing", "sibling");
    /** Words of a time adjunct between the cue and the comma: "on Tuesday this week", "late Tuesday night". */
    private static final Set<String> TIME_WORDS = Set.of("on", "in", "at", "this", "last", "next", "early", "late",
            "earlier", "later", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night",
            "today", "yesterday", "tonight", "day", "the", "of", "again", "recently", "previously");
    /** At most this many words between the cue and the comma: "on Tuesday this week". */
    private static final int MAX_ADJUNCT_WORDS = 6;

    private AdjunctContent() {
    }

    /** {@code a} without its content when that content is only a participle clause of the cue's sentence. */
    static TaggedAttribution drop(BlockTokens block, TaggedAttribution a, String text, List<Quote> quotes) {
        List<Span> content = a.content();
        if (content.isEmpty() || content.get(0).start() < a.cue().end()
                || !Character.isLowerCase(text.charAt(content.get(0).start()))) {
            return a;
        }
        int first = block.tokenAt(content.get(0).start());
        String opening = block.lower(first);
        if (!opening.endsWith("ing") || opening.length() < 5 || NOT_PARTICIPLES.contains(opening)) {
            return a;
        }
        // Between the cue and the participle: a few words, then the comma just before it, nothing quoted.
        int comma = first - 1;
        if (comma < a.cueEndToken() || !block.lower(comma).equals(",")
                || block.sentenceOf(first) != block.sentenceOf(a.cueEndToken() - 1)
                || comma - a.cueEndToken() > MAX_ADJUNCT_WORDS) {
            return a;
        }
        for (int i = a.cueEndToken(); i < comma; i++) {
            String w = block.lower(i);
            if (!TIME_WORDS.contains(w) && !SourceAnalyzer.isCalendarWord(w) && !Chars.isDigits(w)) {
                // "wrote to Lynch, urging …", "responded first, ripping into …": the participle may be the
                // message; only a time ("on Tuesday this week") or nothing stands before one that is not
                return a;
            }
        }
        Span hull = a.contentHull();
        int q = Spans.firstEndingAfter(quotes, x -> x.outer().end(), hull.start());
        if (q < quotes.size() && quotes.get(q).outer().start() < hull.end()) {
            return a; // "responded, ripping into Obama: “…”": what the quote holds was said
        }
        return new TaggedAttribution(a.cue(), a.source(), List.of(), a.cueStartToken(), a.cueEndToken());
    }
}
