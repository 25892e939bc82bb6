package io.claimscore.attribution;

import io.claimscore.model.Span;

import java.util.Locale;
import java.util.Set;

/**
 * Cleans the edges of a source span as the role tagger marks it: a sentence connective that opened the clause
 * ("And Gallup found …", "Though Kaine said …") is not part of who speaks, and a span that is nothing but a
 * connective, a preposition or an adverb ("But", "On", "falsely suggesting …") is no source at all, so the
 * interpreter's fall-backs (the sentence subject, the attribution it hangs on) get their turn.
 */
final class SourceSpanTrim {

    private static final Set<String> CONNECTIVES = Set.of("and", "but", "or", "so", "though", "although", "if",
            "when", "as", "because", "while", "yet", "then", "also", "still");
    private static final Set<String> NOT_A_SOURCE = Set.of("on", "in", "at", "after", "before", "during", "the",
            "a", "an", "this", "last", "of", "for", "with", "to", "there", "however", "meanwhile", "now", "later");

    private SourceSpanTrim() {
    }

    static boolean isConnective(String lowerWord) {
        return CONNECTIVES.contains(lowerWord);
    }

    /** The span without its leading connectives; null when nothing that can speak is left. */
    static Span trim(String text, Span source) {
        int start = source.start();
        int end = source.end();
        while (true) {
            int wordEnd = wordEnd(text, start, end);
            String word = text.substring(start, wordEnd).toLowerCase(Locale.ROOT);
            if (wordEnd >= end || !CONNECTIVES.contains(word)) {
                break;
            }
            start = skipSpaceAndCommas(text, wordEnd, end);
        }
        if (start >= end) {
            return null;
        }
        String rest = text.substring(start, end);
        boolean oneWord = wordEnd(text, start, end) >= end;
        if (oneWord) {
            String lower = rest.toLowerCase(Locale.ROOT);
            boolean adverb = lower.endsWith("ly") && Character.isLowerCase(rest.charAt(0));
            if (adverb || NOT_A_SOURCE.contains(lower) || CONNECTIVES.contains(lower)) {
                return null;
            }
        }
        return start == source.start() ? source : new Span(start, end);
    }

    private static int wordEnd(String text, int from, int end) {
        int i = from;
        while (i < end && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ',') {
            i++;
        }
        return i;
    }

    private static int skipSpaceAndCommas(String text, int from, int end) {
        int i = from;
        while (i < end && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
            i++;
        }
        return i;
    }
}
