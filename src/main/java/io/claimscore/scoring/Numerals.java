package io.claimscore.scoring;

/**
 * Finds numerals in text as the regular expression
 * <pre>(?&lt;![\p{L}\p{N}/-])([$€£₴₽¥]\s?)?(\d[\d,.:]*\d|\d)(\s?%)?(st|nd|rd|th)?(?![\p{L}\p{N}])</pre>
 * does with {@code Matcher.find}, with the same choices where it backtracks: a numeral with an optional currency
 * symbol before, a percent sign or ordinal suffix after ("$5", "1,200", "3.5%", "22nd"), not inside a word or a
 * name ("F-16", "G7", "Covid-19"). Hand-written because the expression ran at every character of every statement
 * and cost several percent of the pipeline; {@code NumeralsTest} checks the two agree on random text.
 */
final class Numerals {

    /** One numeral: {@code [start, end)} of the whole match, the digits {@code [digitsStart, digitsEnd)}. */
    record Numeral(int start, int end, boolean currency, int digitsStart, int digitsEnd, boolean percent,
                   boolean ordinal) {
        String digits(String text) {
            return text.substring(digitsStart, digitsEnd);
        }
    }

    private Numerals() {
    }

    /** The first numeral starting at or after {@code from}, or null. */
    static Numeral next(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((isAsciiDigit(c) || isCurrency(c)) && !blockedBefore(text, i)) {
                Numeral n = at(text, i);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    /** A match starting exactly at {@code i}, trying the alternatives in the expression's order. */
    private static Numeral at(String text, int i) {
        if (isCurrency(text.charAt(i))) {
            int j = i + 1;
            if (j < text.length() && isSpace(text.charAt(j))) {
                Numeral n = digits(text, i, true, j + 1);
                if (n != null) {
                    return n;
                }
            }
            Numeral n = digits(text, i, true, j);
            if (n != null) {
                return n;
            }
        }
        return digits(text, i, false, i);
    }

    /** The digits from {@code d} on: the longest run first, then shorter ones ending in a digit, then one digit. */
    private static Numeral digits(String text, int start, boolean currency, int d) {
        if (d >= text.length() || !isAsciiDigit(text.charAt(d))) {
            return null;
        }
        int run = d + 1;
        while (run < text.length() && isDigitOrSeparator(text.charAt(run))) {
            run++;
        }
        for (int last = run - 1; last > d; last--) {
            if (isAsciiDigit(text.charAt(last))) {
                Numeral n = after(text, start, currency, d, last + 1);
                if (n != null) {
                    return n;
                }
            }
        }
        return after(text, start, currency, d, d + 1);
    }

    /** The optional percent sign and ordinal suffix after digits ending at {@code e}, then the end condition. */
    private static Numeral after(String text, int start, boolean currency, int d, int e) {
        int percentEnd = -1;
        if (e + 1 < text.length() && isSpace(text.charAt(e)) && text.charAt(e + 1) == '%') {
            percentEnd = e + 2;
        } else if (e < text.length() && text.charAt(e) == '%') {
            percentEnd = e + 1;
        }
        if (percentEnd >= 0) {
            Numeral n = suffix(text, start, currency, d, e, true, percentEnd);
            if (n != null) {
                return n;
            }
        }
        return suffix(text, start, currency, d, e, false, e);
    }

    private static Numeral suffix(String text, int start, boolean currency, int d, int e, boolean percent, int p) {
        if (p + 2 <= text.length() && isOrdinalSuffix(text, p) && !blockedAfter(text, p + 2)) {
            return new Numeral(start, p + 2, currency, d, e, percent, true);
        }
        return blockedAfter(text, p) ? null : new Numeral(start, p, currency, d, e, percent, false);
    }

    private static boolean isOrdinalSuffix(String text, int p) {
        char a = text.charAt(p);
        char b = text.charAt(p + 1);
        return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
    }

    /** The lookbehind: a letter, digit, slash or hyphen right before. */
    private static boolean blockedBefore(String text, int i) {
        if (i == 0) {
            return false;
        }
        // One char, as the expression's one-character lookbehind reads it: half of a surrogate pair is neither.
        char c = text.charAt(i - 1);
        return c == '/' || c == '-' || isLetterOrNumber(c);
    }

    /** The lookahead: a letter or digit right after. */
    private static boolean blockedAfter(String text, int i) {
        return i < text.length() && isLetterOrNumber(text.codePointAt(i));
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isCurrency(char c) {
        return c == '$' || c == '€' || c == '£' || c == '₴' || c == '₽' || c == '¥';
    }

    /** {@code \d} without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigitOrSeparator(char c) {
        return isAsciiDigit(c) || c == ',' || c == '.' || c == ':';
    }

    /** {@code \s} without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
