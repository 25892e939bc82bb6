package io.claimscore.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s: maximal runs of word characters, and every other non-whitespace character on
 * its own. This mirrors the regex {@code \w+|[^\w\s]} of PolNeAR's scorer (Python's Unicode-aware {@code \w}),
 * walking code points so that characters outside the BMP stay whole. Linear in the input, no regex.
 */
public final class Tokenizer {

    public List<Token> tokenize(CharSequence text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            int cp = Character.codePointAt(text, i);
            int n = Character.charCount(cp);
            if (isSpace(cp)) {
                i += n;
            } else if (isWord(cp)) {
                int start = i;
                i += n;
                while (i < to) {
                    int next = Character.codePointAt(text, i);
                    if (!isWord(next)) {
                        break;
                    }
                    i += Character.charCount(next);
                }
                tokens.add(new Token(start, i, true));
            } else {
                tokens.add(new Token(i, i + n, false));
                i += n;
            }
        }
        return tokens;
    }

    public List<Token> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    /** Python's {@code \w}: alphanumerics (letters and numbers, not combining marks) and underscore. */
    static boolean isWord(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        // Python's \w is str.isalnum() or "_": letters and numbers, but not combining marks (Mn, Mc, Me).
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Python's {@code \s} for str patterns: Unicode whitespace, including the separators Java leaves out. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || (cp >= 0x1C && cp <= 0x1F) || cp == 0x85;
    }
}
