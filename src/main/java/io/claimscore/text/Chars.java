package io.claimscore.text;

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
}
