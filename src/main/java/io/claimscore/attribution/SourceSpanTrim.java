package io.claimscore.attribution;

import io.claimscore.model.Span;
import io.claimscore.model.Spans;
import io.claimscore.source.SourceAnalyzer;
import io.claimscore.text.Chars;

import java.util.List;

import java.util.Locale;
import java.util.Set;

/**
 * Cleans the edges of a source span as the role tagger marks it: a sentence connective or adverb that opened the
 * clause ("And Gallup found …", "Though Kaine said …", "However, Jill A. Martin said …", "ultimately Prager
 * thinks …") is not part of who speaks, and a span that is nothing but a
 * connective, a preposition or an adverb ("But", "On", "falsely suggesting …") is no source at all, so the
 * interpreter's fall-backs (the sentence subject, the attribution it hangs on) get their turn.
 */
final class SourceSpanTrim {

    private static final Set<String> CONNECTIVES = Set.of("and", "but", "or", "so", "though", "although", "if",
            "when", "as", "because", "while", "yet", "then", "also", "still", "whereas", "unless");
    /**
     * Sentence adverbs that open a clause before its subject: "Now Bloomberg …", "However, Jill A. Martin …", and
     * "Even China …" (PolNeAR's annotators leave "even" out of the source 29 times in 37 on train).
     */
    private static final Set<String> SENTENCE_ADVERBS = Set.of("now", "however", "meanwhile", "instead", "where",
            "indeed", "moreover", "furthermore", "nevertheless", "nonetheless", "likewise", "similarly", "thus",
            "hence", "ultimately", "finally", "even");
    /** Words ending in "-ly" that are no adverb, or that describe the group after them ("early voters"). */
    private static final Set<String> NOT_LY_ADVERBS = Set.of("early", "daily", "weekly", "monthly", "yearly",
            "family", "likely", "elderly", "friendly", "holy", "italy", "ally", "only", "supply", "assembly",
            "anomaly", "monopoly", "homily", "jelly", "belly", "bully", "folly", "lily", "holly", "butterfly");

    /**
     * A lower-case "-ly" adverb: "continually", "finally"; not a noun whose stem is shorter ("rally", "tally",
     * "reply") nor one of {@link #NOT_LY_ADVERBS}.
     */
    private static boolean isLyAdverb(String lowerWord) {
        return lowerWord.length() >= 6 && lowerWord.endsWith("ly") && !NOT_LY_ADVERBS.contains(lowerWord);
    }
    /** Lower-case prepositions that can go on a cue's phrase past its verb ("Alarmed by …", "quote from …"). */
    private static final Set<String> PREPOSITIONS = Set.of("by", "from", "of", "in", "at", "with", "for", "to", "on",
            "about");
    private static final Set<String> NOT_A_SOURCE = Set.of("on", "in", "at", "after", "before", "during", "the",
            "a", "an", "this", "last", "of", "for", "with", "to", "there", "however", "meanwhile", "now", "later",
            "where", "what", "why", "how", "here", "yes", "no", "since", "along", "according", "speaking", "nor",
            "outside", "just", "even", "despite", "although", "unlike", "like", "among", "amid", "asked", "once",
            "by", "s", "there's", "there’s");

    private SourceSpanTrim() {
    }

    static boolean isConnective(String lowerWord) {
        return CONNECTIVES.contains(lowerWord);
    }

    /** Whether [start, end) is a day or month after a preposition: "By Sunday", "in November". */
    private static boolean isDate(String text, int start, int end) {
        int firstEnd = wordEnd(text, start, end);
        String first = text.substring(start, firstEnd).toLowerCase(Locale.ROOT);
        if (!(PREPOSITIONS.contains(first) || NOT_A_SOURCE.contains(first))) {
            return false;
        }
        int second = skipSpaceAndCommas(text, firstEnd, end);
        int secondEnd = wordEnd(text, second, end);
        return second < end && secondEnd >= end
                && SourceAnalyzer.isCalendarWord(text.substring(second, secondEnd).toLowerCase(Locale.ROOT));
    }

    /** The span without its leading connectives; null when nothing that can speak is left. */
    static Span trim(String text, Span source) {
        int start = afterDateline(text, source.start(), source.end());
        int end = source.end();
        while (true) {
            int wordEnd = wordEnd(text, start, end);
            String word = text.substring(start, wordEnd).toLowerCase(Locale.ROOT);
            if (wordEnd >= end || !(CONNECTIVES.contains(word) || SENTENCE_ADVERBS.contains(word)
                    || isAdverbBeforeName(text, start, wordEnd, end, word))) {
                break;
            }
            start = skipSpaceAndCommas(text, wordEnd, end);
        }
        if (start >= end) {
            return null;
        }
        start = afterSubordinator(text, start, end);
        end = beforeTrailingAdverb(text, start, end);
        String rest = text.substring(start, end);
        boolean oneWord = wordEnd(text, start, end) >= end;
        if (oneWord) {
            String lower = rest.toLowerCase(Locale.ROOT);
            boolean adverb = lower.endsWith("ly") && Character.isLowerCase(rest.charAt(0));
            // "published": a verb the tagger took alone for a source names nobody
            boolean verb = lower.length() > 4 && lower.endsWith("ed") && Character.isLowerCase(rest.charAt(0));
            if (adverb || verb || NOT_A_SOURCE.contains(lower) || CONNECTIVES.contains(lower)
                    || SourceAnalyzer.isCalendarWord(lower)) {
                return null;
            }
        }
        if (isDate(text, start, end)) {
            return null; // "By Sunday", "on Monday": when, not who
        }
        return start == source.start() && end == source.end() ? source : new Span(start, end);
    }

    /** Conjunctions that open a clause of their own inside a span: its subject is who speaks. */
    private static final Set<String> SUBORDINATORS = Set.of("if", "because", "unless", "although", "though",
            "whereas", "while");

    /**
     * "… the NBC Nightly News ratings if Holt asks him …": the role tagger ran the source over the end of another
     * clause; the speaker is the capitalised subject after the last conjunction inside the span.
     */
    private static int afterSubordinator(String text, int start, int end) {
        int from = start;
        int i = wordEnd(text, start, end);
        while (i < end) {
            int word = skipSpaceAndCommas(text, i, end);
            int wordEnd = wordEnd(text, word, end);
            int next = skipSpaceAndCommas(text, wordEnd, end);
            if (word < end && SUBORDINATORS.contains(text.substring(word, wordEnd)) && next < end
                    && Character.isUpperCase(text.charAt(next))) {
                from = next;
            }
            i = wordEnd;
        }
        return from;
    }

    /**
     * "Donald Trump continually brags …", "the state incorrectly removed …": a lower-case "-ly" adverb after the
     * name or noun is no part of it.
     */
    private static int beforeTrailingAdverb(String text, int start, int end) {
        int last = end;
        while (last > start && !Chars.isSpace(text.charAt(last - 1)) && text.charAt(last - 1) != ',') {
            last--;
        }
        String word = text.substring(last, end);
        int before = last;
        while (before > start && (Chars.isSpace(text.charAt(before - 1)) || text.charAt(before - 1) == ',')) {
            before--;
        }
        boolean adverb = isLyAdverb(word) && Character.isLowerCase(word.charAt(0));
        if (!adverb || before <= start) {
            return end;
        }
        // The word it follows: a name or a noun, not a verb or adverb it modifies ("who wasn't authorized to speak
        // publicly", "responded anonymously", "most famously", "almost universally").
        int prevStart = before;
        while (prevStart > start && !Chars.isSpace(text.charAt(prevStart - 1))) {
            prevStart--;
        }
        String prev = text.substring(prevStart, before).toLowerCase(Locale.ROOT);
        String span = text.substring(start, before).toLowerCase(Locale.ROOT);
        boolean modifiesAVerb = prev.endsWith("ed") || DEGREE_WORDS.contains(prev) || span.contains(" to ")
                || span.contains(" who ") || span.contains(" that ") || span.contains(" which ")
                || span.endsWith(" to");
        return Character.isUpperCase(text.charAt(prevStart)) || !modifiesAVerb ? before : end;
    }

    /** Words an "-ly" adverb can follow inside a phrase it belongs to: "most famously", "almost universally". */
    private static final Set<String> DEGREE_WORDS = Set.of("most", "more", "less", "least", "almost", "so", "very",
            "too", "quite", "rather", "not");

    /**
     * Where a span starts after a dateline that opens it ("WASHINGTON -- President Obama", "DES MOINES — The
     * attacks"): capital letters, spaces and periods, then a dash and a capitalised word. {@code from} when there
     * is none.
     */
    private static int afterDateline(String text, int from, int end) {
        int i = from;
        int letters = 0;
        while (i < end && (Character.isUpperCase(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == ' '
                || text.charAt(i) == ',')) {
            letters += Character.isUpperCase(text.charAt(i)) ? 1 : 0;
            i++;
        }
        if (letters < 3 || i >= end || !Chars.isSpace(text.charAt(i - 1))) {
            return from;
        }
        int dashes = 0;
        while (i < end && (text.charAt(i) == '-' || text.charAt(i) == '—' || text.charAt(i) == '–')) {
            dashes++;
            i++;
        }
        if (dashes == 0 || dashes > 2 || i >= end || !Chars.isSpace(text.charAt(i))) {
            return from;
        }
        int next = skipSpaceAndCommas(text, i, end);
        return next < end && Character.isUpperCase(text.charAt(next)) ? next : from;
    }

    /** "ultimately Prager", "deeply Washington": a lower-case adverb right before a capitalised word. */
    private static boolean isAdverbBeforeName(String text, int start, int wordEnd, int end, String word) {
        if (!word.endsWith("ly") || NOT_LY_ADVERBS.contains(word) || !Character.isLowerCase(text.charAt(start))) {
            return false;
        }
        int next = skipSpaceAndCommas(text, wordEnd, end);
        return next < end && Character.isUpperCase(text.charAt(next));
    }

    /**
     * The span without another attribution's cue it starts with: the role tagger sometimes runs a source over the
     * verb before it ("…,” writes Prager, seeming to …" gave "seeming" the source "writes Prager"), and a cue is
     * never part of who speaks.
     *
     * @param cuesByEnd the cues of the article's tagged attributions, ordered by their ends
     * @param ownCue    this attribution's cue, which is left alone
     */
    static Span afterOtherCue(String text, Span source, List<Span> cuesByEnd, Span ownCue) {
        int i = Spans.firstEndingAfter(cuesByEnd, source.start());
        if (i >= cuesByEnd.size()) {
            return source;
        }
        Span cue = cuesByEnd.get(i);
        if (cue.equals(ownCue) || cue.start() > source.start() || cue.end() >= source.end()) {
            return source;
        }
        int end = source.end();
        int start = skipSpaceAndCommas(text, cue.end(), end);
        int wordEnd = wordEnd(text, start, end);
        if (wordEnd < end && PREPOSITIONS.contains(text.substring(start, wordEnd))) {
            // The cue's own phrase goes on: "Alarmed by the unrest in Nevada, Senator Harry Reid …" speaks after the
            // comma, "a quote from Alabama Securities Commissioner Thomas Krebs" after the preposition.
            int comma = text.indexOf(',', wordEnd);
            start = skipSpaceAndCommas(text, comma >= 0 && comma < end ? comma : wordEnd, end);
        }
        return start >= end ? source : new Span(start, end);
    }

    private static int wordEnd(String text, int from, int end) {
        int i = from;
        while (i < end && !Chars.isSpace(text.charAt(i)) && text.charAt(i) != ',') {
            i++;
        }
        return i;
    }

    private static int skipSpaceAndCommas(String text, int from, int end) {
        int i = from;
        while (i < end && (Chars.isSpace(text.charAt(i)) || text.charAt(i) == ',')) {
            i++;
        }
        return i;
    }
}
