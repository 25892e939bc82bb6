package io.claimscore.attribution;

import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.attribution.tagger.RoleFeatures;
import io.claimscore.attribution.tagger.TaggedAttribution;
import io.claimscore.model.Span;

import java.util.List;
import java.util.Locale;

/**
 * "According to a statement cited by X, ten soldiers died.": when the role tagger finds no content for an
 * "according to", the source runs from the cue to the next comma and the content is the clause after it, to the
 * sentence end; after a comma ("…, according to the police.") the content is the clause before it and the source
 * the rest of the sentence.
 */
final class AccordingToContent {

    private AccordingToContent() {
    }

    /** {@code t} with that source and content, or {@code t} itself when it has content or is no "according to". */
    static TaggedAttribution repair(BlockTokens block, TaggedAttribution t, String text) {
        if (!t.content().isEmpty() || !t.cue().of(text).toLowerCase(Locale.ROOT).startsWith("according to")) {
            return t;
        }
        int sentence = block.sentenceOf(t.cueStartToken());
        int cueStart = t.cueStartToken();
        // Look no further than the role tagger does: a sentence may be a megabyte of text without a full stop.
        int[] window = RoleFeatures.window(block, cueStart);
        if (cueStart > 1 && block.lower(cueStart - 1).equals(",") && block.sentenceOf(cueStart - 2) == sentence) {
            // "The shipment was stolen, according to the police.": the clause before, the source after.
            int first = cueStart - 1;
            while (first > window[0] && block.sentenceOf(first - 1) == sentence) {
                first--;
            }
            int last = t.cueEndToken();
            while (last < window[1] && block.sentenceOf(last) == sentence) {
                last++;
            }
            while (last > t.cueEndToken() && !block.token(last - 1).word()) {
                last--;
            }
            if (last > t.cueEndToken() && cueStart - 1 > first) {
                Span content = new Span(block.token(first).start(), block.token(cueStart - 2).end());
                Span source = new Span(block.token(t.cueEndToken()).start(), block.token(last - 1).end());
                return new TaggedAttribution(t.cue(), source, List.of(content), cueStart, t.cueEndToken());
            }
        }
        int comma = -1;
        int end = t.cueEndToken();
        for (int i = t.cueEndToken(); i < window[1] && block.sentenceOf(i) == sentence; i++) {
            if (comma < 0 && block.lower(i).equals(",")) {
                comma = i;
            }
            end = i + 1;
        }
        while (end > comma + 1 && !block.token(end - 1).word() && !"”\"’".contains(block.lower(end - 1))) {
            end--;
        }
        if (comma <= t.cueEndToken() || end <= comma + 1) {
            return t;
        }
        Span source = new Span(block.token(t.cueEndToken()).start(), block.token(comma - 1).end());
        Span content = new Span(block.token(comma + 1).start(), block.token(end - 1).end());
        return new TaggedAttribution(t.cue(), source, List.of(content), t.cueStartToken(), t.cueEndToken());
    }
}
