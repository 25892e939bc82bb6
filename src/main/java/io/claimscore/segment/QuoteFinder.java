package io.claimscore.segment;

import io.claimscore.model.Span;
import io.claimscore.text.Chars;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds quoted passages in body blocks with one left-to-right scan per block and a small bounded stack.
 *
 * <p>Double quotes: straight {@code "} (opening or closing decided by the characters around it, then by state),
 * curly {@code “ ”}, {@code „…“} / {@code „…”}, {@code « »} and doubled single marks ({@code ''Yes,''} in archive texts, {@code ‘‘ ’’}). Single quotes ({@code ‘ ’ '}) are quotes when
 * nested inside doubles or stand-alone ({@code ‘gradual improvement of bilateral relations’}), but apostrophes are
 * not: a mark between letters ({@code don’t}, {@code Smith’s}), a word-initial elision ({@code ’90s}, {@code ’em},
 * {@code rock ’n’ roll}) and a mark after a word when no single quote is open ({@code students’ union}) are skipped.
 * A single quote that never closes is dropped: it is far more often a misread apostrophe than a quotation.
 *
 * <p>An unclosed double quote ends at the block's end with {@code closed == false}; when the next body block opens
 * with a quote mark, its first quote is marked {@code continued} (one {@link Quote} per block, all but the last
 * unclosed). A new opening double mark while one is open ends the open one there, unclosed: news text does not
 * nest doubles, so the first one lost its closing mark. Each character is looked at once and the stack is bounded,
 * so any input, including one made only of quote marks, takes linear time.
 */
public final class QuoteFinder {

    /** Deeper nesting than quote-in-quote-in-quote does not occur in prose; the bound keeps the work per mark O(1). */
    private static final int MAX_DEPTH = 4;
    /** How far a possible plural possessive looks for a later closing mark (a short quoted phrase). */
    private static final int POSSESSIVE_LOOKAHEAD = 120;

    public List<Quote> find(String text, List<Span> blocks) {
        List<Quote> quotes = new ArrayList<>();
        boolean carry = false;
        for (Span block : blocks) {
            boolean continues = carry && opensWithDouble(text, block);
            int before = quotes.size();
            carry = scanBlock(text, block, continues, quotes);
            quotes.subList(before, quotes.size()).sort(Comparator.comparingInt(q -> q.outer().start()));
        }
        return List.copyOf(quotes);
    }

    /** Scans one block, appending its quotes; returns whether a double quote was still open at the block's end. */
    private static boolean scanBlock(String text, Span block, boolean continues, List<Quote> out) {
        Stack stack = new Stack();
        int start = block.start();
        int end = block.end();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!isQuoteChar(c)) {
                continue;
            }
            // Two single marks make a double one: archive texts write ''Yes,'' he said, and OCR or conversion
            // leaves ‘‘ and ’’ for “ and ”.
            int width = isSingleMark(c) && i + 1 < end && text.charAt(i + 1) == c ? 2 : 1;
            char written = c;
            if (width == 2) {
                c = c == '‘' ? '“' : c == '’' ? '”' : '"';
            }
            char prev = i > start ? text.charAt(i - 1) : ' ';
            char next = i + width < end ? text.charAt(i + width) : ' ';
            boolean leftFlank = isOpenContext(prev) && !Chars.isSpace(next);
            boolean rightFlank = !Chars.isSpace(prev) && isCloseContext(next);
            int dbl = stack.topDouble();
            switch (c) {
                case '«', '„' -> open(stack, text, i, written, width, continues && i == start, out);
                case '»' -> {
                    if (dbl >= 0) {
                        closeDouble(stack, dbl, i, width, out);
                    }
                }
                case '“' -> {
                    if (dbl >= 0 && (stack.mark[dbl] == '„' || (rightFlank && !leftFlank))) {
                        closeDouble(stack, dbl, i, width, out); // German „…“, or a mistyped closing mark
                    } else {
                        open(stack, text, i, written, width, continues && i == start, out);
                    }
                }
                case '”' -> {
                    if (dbl >= 0) {
                        closeDouble(stack, dbl, i, width, out);
                    } else if (leftFlank && !rightFlank) {
                        open(stack, text, i, written, width, continues && i == start, out); // ” typed for “
                    }
                }
                case '"' -> {
                    if (dbl >= 0 && !(leftFlank && !rightFlank)) {
                        closeDouble(stack, dbl, i, width, out);
                    } else if (dbl >= 0 || !(rightFlank && !leftFlank)) {
                        // Opening context, or no context at all with nothing open: an opening mark.
                        open(stack, text, i, written, width, continues && i == start, out);
                    }
                }
                default -> single(stack, text, i, c, prev, next, leftFlank, rightFlank, start, end, out);
            }
            i += width - 1;
        }
        boolean openDouble = false;
        for (int d = 0; d < stack.depth; d++) {
            if (!stack.single[d]) {
                emit(stack, d, end, end, false, out);
                openDouble = true;
            }
        }
        return openDouble;
    }

    private static void single(Stack stack, String text, int i, char c, char prev, char next, boolean leftFlank,
                               boolean rightFlank, int start, int end, List<Quote> out) {
        if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
            return; // don’t, Smith’s, O'Brien, rock ’n’ roll's inner marks
        }
        boolean topSingle = stack.depth > 0 && stack.single[stack.depth - 1];
        if (isElision(text, i, prev, next, start, end)) {
            return;
        }
        if (c != '‘' && topSingle && rightFlank && !pluralPossessive(text, i, c, prev, end)) {
            Quote q = quote(stack, stack.depth - 1, i + 1, i, true);
            stack.depth--;
            if (q != null) {
                out.add(q);
            }
            return;
        }
        if (c != '’' && leftFlank) {
            // ‘ and ' open; ’ never opens: typed at a word start it is an elision far more often than a quote.
            stack.push(i, 1, c, true, false);
        }
        // Otherwise an apostrophe after a word ("students’ union") or a stray mark.
    }

    /**
     * Inside an open single quote, whether the mark after a word in -s ("‘the students’ union is strong’") is a
     * plural possessive rather than the closing mark: it is followed by a space and a lowercase word, and a later
     * closing mark of the same kind comes before any new opening mark, double mark or the look-ahead bound. The
     * bound keeps the scan constant per mark, so the whole pass stays linear.
     */
    private static boolean pluralPossessive(String text, int i, char c, char prev, int end) {
        if (prev != 's' || i + 2 >= end || text.charAt(i + 1) != ' ' || !Character.isLowerCase(text.charAt(i + 2))) {
            return false;
        }
        int limit = Math.min(end, i + POSSESSIVE_LOOKAHEAD);
        for (int k = i + 2; k < limit; k++) {
            char ch = text.charAt(k);
            if (ch == '"' || ch == '“' || ch == '”' || ch == '«' || ch == '»' || ch == '„') {
                return false;
            }
            if (isSingleMark(ch)) {
                char before = text.charAt(k - 1);
                char after = k + 1 < end ? text.charAt(k + 1) : ' ';
                if (after == ch) {
                    return false; // a doubled mark is a double quote ('' in archive texts)
                }
                if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
                    continue; // an apostrophe inside a word
                }
                if (isOpenContext(before) && !Chars.isSpace(after)) {
                    return false; // a new quote opens first: ours closes here
                }
                if (ch == c && !Chars.isSpace(before) && isCloseContext(after)) {
                    return true; // a later closing mark of the same kind
                }
            }
        }
        return false;
    }

    /**
     * Word-initial elisions that are not quotes: ’90s, ’em, ’til, ’cause, ’tis, ’twas, and both marks of ’n’.
     */
    private static boolean isElision(String text, int i, char prev, char next, int start, int end) {
        if (Character.isLetterOrDigit(prev)) {
            // The closing mark of ’n’: n preceded by a mark preceded by a space.
            return prev == 'n' && i - 2 >= start && isSingleMark(text.charAt(i - 2))
                    && (i - 3 < start || Chars.isSpace(text.charAt(i - 3)))
                    && (i + 1 >= end || Chars.isSpace(next));
        }
        if (Character.isDigit(next) && i + 2 < end && Character.isDigit(text.charAt(i + 2))
                && (i + 3 >= end || !Character.isDigit(text.charAt(i + 3)))) {
            return true; // ’90s, '08 — but not ‘1,000 troops’ or ‘2023 plan’
        }
        if (next == 'n' && i + 2 < end && isSingleMark(text.charAt(i + 2))) {
            return true; // the opening mark of ’n’
        }
        return startsWordIgnoreCase(text, i + 1, end, "em") || startsWordIgnoreCase(text, i + 1, end, "til")
                || startsWordIgnoreCase(text, i + 1, end, "cause") || startsWordIgnoreCase(text, i + 1, end, "tis")
                || startsWordIgnoreCase(text, i + 1, end, "twas");
    }

    private static boolean startsWordIgnoreCase(String text, int from, int end, String word) {
        int to = from + word.length();
        return to <= end && text.regionMatches(true, from, word, 0, word.length())
                && (to == end || !Character.isLetter(text.charAt(to)));
    }

    /** Opens a double quote at {@code i}. */
    private static void open(Stack stack, String text, int i, char mark, int width, boolean continued,
                             List<Quote> out) {
        int dbl = stack.topDouble();
        if (dbl >= 0) {
            // A second opening double while one is open: the first lost its closing mark; end it before this one.
            int e = i;
            while (e > stack.pos[dbl] + stack.width[dbl] && Chars.isSpace(text.charAt(e - 1))) {
                e--;
            }
            emit(stack, dbl, e, e, false, out);
            stack.depth = dbl;
        }
        stack.push(i, width, mark, false, continued);
    }

    /** Closes the double at stack index {@code d}; unclosed singles above it are dropped (misread apostrophes). */
    private static void closeDouble(Stack stack, int d, int i, int width, List<Quote> out) {
        emit(stack, d, i + width, i, true, out);
        stack.depth = d;
    }

    private static void emit(Stack stack, int d, int outerEnd, int innerEnd, boolean closed, List<Quote> out) {
        Quote q = quote(stack, d, outerEnd, innerEnd, closed);
        if (q != null) {
            out.add(q);
        }
    }

    /** The quote for stack entry {@code d}, or null when nothing is inside the marks. */
    private static Quote quote(Stack stack, int d, int outerEnd, int innerEnd, boolean closed) {
        int open = stack.pos[d];
        int innerStart = open + stack.width[d];
        if (innerEnd <= innerStart) {
            return null;
        }
        return new Quote(new Span(open, outerEnd), new Span(innerStart, innerEnd), closed, stack.mark[d],
                stack.single[d], d > 0, stack.continued[d]);
    }

    /** Characters before an opening mark: space, block start, brackets, dashes, slashes or another mark. */
    private static boolean isOpenContext(char prev) {
        return Chars.isSpace(prev) || prev == '(' || prev == '[' || prev == '{' || prev == '—'
                || prev == '–' || prev == '-' || prev == '/' || isQuoteChar(prev);
    }

    /** Characters after a closing mark: space, block end, punctuation, brackets, dashes or another mark. */
    private static boolean isCloseContext(char next) {
        return Chars.isSpace(next) || ".,;:!?…)]}—–-/".indexOf(next) >= 0 || isQuoteChar(next);
    }

    /** Whether the block opens with a double quotation mark, doubled single marks ({@code ''}) included. */
    public static boolean opensWithDouble(String text, Span block) {
        if (block.isEmpty()) {
            return false;
        }
        char c = text.charAt(block.start());
        return c == '“' || c == '"' || c == '„' || c == '«'
                || ((c == '\'' || c == '‘') && block.length() > 1 && text.charAt(block.start() + 1) == c);
    }

    private static boolean isSingleMark(char c) {
        return c == '‘' || c == '’' || c == '\'';
    }

    private static boolean isQuoteChar(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || isSingleMark(c);
    }

    /** The open marks of one block: positions, marks and kinds, at most {@link #MAX_DEPTH} deep. */
    private static final class Stack {
        final int[] pos = new int[MAX_DEPTH];
        final int[] width = new int[MAX_DEPTH];
        final char[] mark = new char[MAX_DEPTH];
        final boolean[] single = new boolean[MAX_DEPTH];
        final boolean[] continued = new boolean[MAX_DEPTH];
        int depth;

        void push(int p, int w, char m, boolean s, boolean c) {
            if (depth == MAX_DEPTH) {
                return; // deeper than prose goes: ignore the mark rather than grow
            }
            pos[depth] = p;
            width[depth] = w;
            mark[depth] = m;
            single[depth] = s;
            continued[depth] = c;
            depth++;
        }

        /** Index of the innermost open double quote, or -1. */
        int topDouble() {
            for (int d = depth - 1; d >= 0; d--) {
                if (!single[d]) {
                    return d;
                }
            }
            return -1;
        }
    }
}
