package io.claimscore.segment;

import io.claimscore.lexicon.Lexicons;
import io.claimscore.model.Span;
import io.claimscore.text.Chars;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits a block into sentences with a single left-to-right scan (no regex, no backtracking).
 *
 * <p>A candidate boundary is a run of terminators ({@code . ! ? …}) followed by optional closing quotes and
 * brackets, which belong to the sentence ({@code tonight.” He} breaks after the {@code ”}). It is a boundary when
 * the block ends there, or when whitespace (a newline counts as whitespace, but a newline alone never makes a
 * boundary) is followed by an uppercase letter, a digit, an opening quote or bracket. A single period is not a
 * boundary after an abbreviation from {@code lexicons/abbreviations.txt}, a dotted acronym ({@code U.S.}) or an
 * initial ({@code John F. Kennedy}) unless the next word is a typical sentence opener from
 * {@code lexicons/sentence-starters.txt}. A period glued to the next capitalised word after a lowercase word
 * ({@code Russia.And}) is a scraping artefact and a boundary. Sentence spans are trimmed and never leave the block.
 */
public final class SentenceSplitter {

    /** Longest word examined behind a period: abbreviations are short, and the bound keeps the scan linear. */
    private static final int MAX_WORD = 24;

    private enum AbbrevClass { ORDINARY, TITLE, DIGIT }

    /**
     * Abbreviation (with its period) to class. Case-sensitive on purpose: lower-casing would turn ordinary words
     * that end a sentence ("critical mass.", "the sun.") into the state and day abbreviations.
     */
    private final Map<String, AbbrevClass> abbreviations;
    private final Set<String> sentenceStarters;

    public SentenceSplitter() {
        Map<String, AbbrevClass> entries = new HashMap<>();
        for (String line : Lexicons.lines("lexicons/abbreviations.txt")) {
            String[] parts = line.split("\\s+");
            AbbrevClass cls = parts.length > 1 ? AbbrevClass.valueOf(parts[1].toUpperCase(Locale.ROOT))
                    : AbbrevClass.ORDINARY;
            entries.put(parts[0], cls);
        }
        this.abbreviations = Map.copyOf(entries);
        this.sentenceStarters = Set.copyOf(Lexicons.lines("lexicons/sentence-starters.txt"));
    }

    public List<Span> split(String text, Span block) {
        List<Span> out = new ArrayList<>();
        int end = block.end();
        int sentenceStart = block.start();
        int i = block.start();
        while (i < end) {
            char c = text.charAt(i);
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < end && isTerminator(text.charAt(i))) {
                i++;
            }
            boolean singlePeriod = i - runStart == 1 && c == '.';
            int afterClosers = i;
            while (afterClosers < end && isCloser(text.charAt(afterClosers))) {
                afterClosers++;
            }
            if (isBoundary(text, sentenceStart, runStart, i, afterClosers, end, singlePeriod)) {
                addTrimmed(text, sentenceStart, afterClosers, out);
                sentenceStart = afterClosers;
            }
            i = Math.max(i, afterClosers);
        }
        addTrimmed(text, sentenceStart, end, out);
        return out;
    }

    /**
     * Whether the terminator run {@code [runStart, runEnd)} followed by closers up to {@code next} ends a sentence.
     */
    private boolean isBoundary(String text, int sentenceStart, int runStart, int runEnd, int next, int end,
                               boolean singlePeriod) {
        if (next >= end) {
            return true;
        }
        char after = text.charAt(next);
        if (!Chars.isSpace(after)) {
            // Glued: "Russia.And" is a boundary only in prose (lowercase word before, capitalised word after),
            // never in "U.S.", "3.5", "example.com" or "Yahoo!News"-like names that end in a capital.
            return next == runEnd && gluedBoundary(text, runStart, runEnd, end);
        }
        int m = next;
        while (m < end && Chars.isSpace(text.charAt(m))) {
            m++;
        }
        if (m >= end) {
            return true;
        }
        char first = text.charAt(m);
        if (!(Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first)
                || isOpener(first))) {
            return false;
        }
        if (!singlePeriod || next != runEnd) {
            // "?", "!", "..." or a period followed by a closing quote: the writer ended something there.
            return true;
        }
        String word = wordBefore(text, runStart);
        if (word == null) {
            return true;
        }
        if (isListNumber(text, sentenceStart, runStart, word)) {
            return false; // "1. Donald Trump (Last week: 2.)": a numbered item, not a one-word sentence
        }
        String withPeriod = word + ".";
        AbbrevClass cls = abbreviations.get(withPeriod);
        if (cls == AbbrevClass.TITLE) {
            return false;
        }
        if (cls == AbbrevClass.DIGIT) {
            return !Character.isDigit(first);
        }
        boolean abbreviation = cls == AbbrevClass.ORDINARY || isInitial(word) || isDottedAcronym(word);
        if (!abbreviation) {
            return true;
        }
        if (Character.isDigit(first)) {
            return false; // "Sept. 11", "Jan. 5"
        }
        return sentenceStarters.contains(nextWord(text, m, end));
    }

    /** "Russia.And": lowercase letter, period, uppercase letter, lowercase letter; the word before has no dots. */
    private static boolean gluedBoundary(String text, int runStart, int runEnd, int end) {
        if (runStart == 0 || runEnd + 1 >= end) {
            return false;
        }
        char before = text.charAt(runStart - 1);
        char next = text.charAt(runEnd);
        char next2 = text.charAt(runEnd + 1);
        if (!Character.isLowerCase(before) || !Character.isUpperCase(next) || !Character.isLowerCase(next2)) {
            return false;
        }
        // Scan the words on both sides (bounded): a dot, slash, colon or @ in them means a URL, e-mail or file name.
        int ahead = Math.min(end - 1, runEnd + MAX_WORD);
        for (int k = runEnd; k < ahead && !Chars.isSpace(text.charAt(k)); k++) {
            char ch = text.charAt(k);
            if ((ch == '.' || ch == '/' || ch == '@' || ch == ':') && Character.isLetterOrDigit(text.charAt(k + 1))) {
                return false;
            }
        }
        int limit = Math.max(0, runStart - MAX_WORD);
        for (int k = runStart - 1; k >= limit; k--) {
            char ch = text.charAt(k);
            if (Chars.isSpace(ch)) {
                return k < runStart - 2; // at least two letters: not an initial
            }
            if (ch == '.' || ch == '/' || ch == '@' || ch == ':') {
                return false;
            }
        }
        return true;
    }

    /**
     * The word ending right before the period at {@code dot}, without leading quotes or brackets, and starting after
     * a markup tag glued to it ({@code <tweet …>Mr.}); null if none.
     */
    private static String wordBefore(String text, int dot) {
        int k = dot;
        int limit = Math.max(0, dot - MAX_WORD);
        while (k > limit && !Chars.isSpace(text.charAt(k - 1)) && text.charAt(k - 1) != '>') {
            k--;
        }
        if (k == limit && k > 0 && !Chars.isSpace(text.charAt(k - 1)) && text.charAt(k - 1) != '>') {
            return null; // a longer word than any abbreviation
        }
        while (k < dot && isOpener(text.charAt(k))) {
            k++;
        }
        return k < dot ? text.substring(k, dot) : null;
    }

    /** The run of letters starting at {@code from} (the word after a candidate boundary), bounded. */
    private static String nextWord(String text, int from, int end) {
        int k = from;
        int limit = Math.min(end, from + MAX_WORD);
        while (k < limit && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return text.substring(from, k);
    }

    /** One or two digits that are the first word of the sentence: the number of a list item. */
    private static boolean isListNumber(String text, int sentenceStart, int dot, String word) {
        if (word.isEmpty() || word.length() > 2 || dot - word.length() < sentenceStart) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isDigit(word.charAt(k))) {
                return false;
            }
        }
        for (int k = sentenceStart; k < dot - word.length(); k++) {
            if (!Chars.isSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A single capital letter: "F" in "John F. Kennedy". */
    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /** Letters separated by periods, as in "U.S" (the final period was cut off) or "J.K" or "a.m". */
    private static boolean isDottedAcronym(String word) {
        if (word.length() < 3) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char ch = word.charAt(k);
            boolean letterSlot = k % 2 == 0;
            if (letterSlot ? !Character.isLetter(ch) : ch != '.') {
                return false;
            }
        }
        return word.length() % 2 == 1;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        Span trimmed = Chars.trim(text, start, end);
        if (!trimmed.isEmpty()) {
            out.add(trimmed);
        }
    }

    static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** Closing quotes and brackets that stay with the sentence they close. */
    static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == '»' || c == ')' || c == ']' || c == '}';
    }

    /** Marks that may open a sentence. */
    static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '«' || c == '„' || c == '(' || c == '[';
    }
}
