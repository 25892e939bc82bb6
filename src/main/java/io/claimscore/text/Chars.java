package io.claimscore.text;

import io.claimscore.model.Span;

/** Character classes shared by the layout and segmentation stages. */
public final class Chars {

    private Chars() {
    }

    /**
     * Whitespace for layout and segmentation: Java whitespace plus the no-break and other Unicode space separators
     * ({@link Character#isWhitespace} leaves out U+00A0, which scraped pages use between sentences) and the byte
     * order mark / zero-width space that scraped files start with.
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** Whether {@code [start, end)} of {@code text} is a whole word: no letter touches it on either side. */
    public static boolean isWholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetter(text.charAt(start - 1)))
                && (end >= text.length() || !Character.isLetter(text.charAt(end)));
    }

    /** Whether {@code s} is one or more decimal digits and nothing else: "31", "2016". */
    public static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} with every run of {@link #isSpace} characters made one space, and none at either end. */
    public static String collapseSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The span {@code [start, end)} of {@code text} without {@link #isSpace} characters at either end. */
    public static Span trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
