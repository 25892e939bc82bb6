package io.claimscore.attribution;

import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.attribution.tagger.TaggedAttribution;
import io.claimscore.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes signed with a dash, a web and print convention the tagger has too few examples of:
 * <pre>
 * “He represents our greatest shame.” ― Sonya Herridge          (the signature on the quote's line)
 * "I will certainly look into it."
 *
 * - Hillary Clinton.                                             (the signature as the next paragraph)
 * </pre>
 * The dash is the cue, the name up to a comma or the line's end the source, and the quoted line the content.
 * A signature is a short run of capitalised words: anything longer or in lower case is prose, not a signature.
 */
final class QuoteSignatures {

    /** Compiled once: {@code String.split} with a pattern of more than one character compiles it per call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final String DASHES = "―—–-";
    private static final String OPENING = "\"“”„«";
    private static final String CLOSING = "\"”“»";
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "del", "la", "le", "van", "von", "der",
            "den", "bin", "al", "el", "y", "and", "of");
    private static final int MAX_NAME_WORDS = 6;
    /** Longer than this, what follows a dash is prose, not a name: it also bounds the look for the line's end. */
    private static final int MAX_NAME_CHARS = 100;
    /** What may separate one signed quote from the previous signature on the same line. */
    private static final String SEPARATORS = ",;·|";

    private QuoteSignatures() {
    }

    /**
     * The signed quotes whose dash lies in {@code block}, as tagger output.
     *
     * @param previousBlock the body block before this one, or null
     */
    static List<TaggedAttribution> find(String text, BlockTokens block, Span previousBlock) {
        List<TaggedAttribution> out = new ArrayList<>();
        if (block.size() == 0) {
            return out;
        }
        int from = block.token(0).start();
        int to = block.token(block.size() - 1).end();
        // Where the current line starts, or where the last signature on it ended: a quote is looked for after
        // that, never across an earlier signature, so each character is read a bounded number of times however
        // many signatures a line holds.
        int quoteFloor = text.lastIndexOf('\n', from - 1) + 1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                quoteFloor = i + 1;
                continue;
            }
            if (DASHES.indexOf(c) < 0) {
                continue;
            }
            int dashEnd = i + 1;
            while (dashEnd < to && DASHES.indexOf(text.charAt(dashEnd)) >= 0) {
                dashEnd++;
            }
            Span content = inlineQuoteBefore(text, quoteFloor, i);
            if (content == null && isParagraphStart(text, from, i) && previousBlock != null) {
                content = wholeQuote(text, previousBlock);
            }
            Span name = content == null ? null : nameAfter(text, dashEnd, to);
            if (name != null) {
                int cueToken = block.tokenAt(i);
                out.add(new TaggedAttribution(new Span(i, dashEnd), name, List.of(content), cueToken,
                        block.tokenAt(dashEnd - 1) + 1));
                quoteFloor = name.end();
            }
            i = dashEnd - 1;
        }
        return out;
    }

    /**
     * The quoted text ending right before the dash and starting its line (or the text after the line's previous
     * signature, {@code floor}), or null.
     */
    private static Span inlineQuoteBefore(String text, int floor, int dash) {
        int end = dash;
        while (end > floor && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        if (end == floor || CLOSING.indexOf(text.charAt(end - 1)) < 0 || end == dash && text.charAt(dash) == '-') {
            return null; // a hyphen glued to the mark is a compound, not a signature
        }
        int start = floor;
        while (start < end && (Character.isWhitespace(text.charAt(start)) || SEPARATORS.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        return end - start >= 3 && OPENING.indexOf(text.charAt(start)) >= 0 ? new Span(start, end) : null;
    }

    private static boolean isParagraphStart(String text, int blockStart, int dash) {
        for (int k = blockStart; k < dash; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The previous paragraph when it is one quotation from mark to mark, or null. */
    private static Span wholeQuote(String text, Span paragraph) {
        int start = paragraph.start();
        int end = paragraph.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start >= 3 && OPENING.indexOf(text.charAt(start)) >= 0
                && CLOSING.indexOf(text.charAt(end - 1)) >= 0 ? new Span(start, end) : null;
    }

    /** A short capitalised name after the dash, up to a comma, "(" or the line's end (a final full stop dropped). */
    private static Span nameAfter(String text, int from, int limit) {
        int start = from;
        while (start < limit && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        int bound = Math.min(limit, start + MAX_NAME_CHARS);
        int end = -1;
        for (int k = start; k < bound && end < 0; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == ',' || c == '(') {
                end = k;
            }
        }
        if (end < 0) {
            if (bound < limit) {
                return null;
            }
            end = limit;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
            end--;
        }
        if (end <= start || !Character.isUpperCase(text.charAt(start))) {
            return null;
        }
        String[] words = WHITESPACE.split(text.substring(start, end));
        if (words.length > MAX_NAME_WORDS) {
            return null;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !NAME_PARTICLES.contains(w)) {
                return null;
            }
        }
        return new Span(start, end);
    }
}
